#include "command_line.hpp"

#include "app.hpp"

#include "lexcheck/core/suggest.hpp"
#include "lexcheck/core/version.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>
#include <optional>
#include <ostream>

namespace lexcheck::cli {

namespace {

const char* const kInputsNote =
    "Without --rules and --corpus, lexcheck reads them from lexcheck.toml in this folder,\n"
    "or else uses the rules and corpus shipped with it. Give both or neither: with one\n"
    "of them alone, the other is empty (docs/cli.md).\n";

int usage_error(std::ostream& err, const std::string& message,
                const std::optional<std::string>& help) {
    err << "lexcheck: error: " << message << "\n";
    if (help) err << "  = help: " << *help << "\n";
    return kExitInputError;
}

std::vector<std::string> command_names() {
    std::vector<std::string> names;
    for (const Command& c : commands()) names.emplace_back(c.name);
    return names;
}

std::string list_of_commands() {
    return "the commands are " + spoken_list(command_names()) +
           "; `lexcheck --help` says what each does";
}

std::string footer(const Command& c, const CLI::App& sub) {
    std::string text = "Example:\n  " + std::string(c.example) + "\n";
    if (sub.get_option_no_throw("--rules") != nullptr) text += "\n" + std::string(kInputsNote);
    return text;
}

std::unique_ptr<CLI::App> make_app(Options& options) {
    auto app = std::make_unique<CLI::App>(
        "lexcheck decides whether national measures comply with the provisions of "
        "international instruments.",
        "lexcheck");
    app->set_help_flag("-h,--help", "show this help and exit");
    app->set_version_flag("--version", "lexcheck " + std::string(core::version()),
                          "show the version and exit");
    app->require_subcommand(1);
    // Unknown options are collected, not thrown, so that the error can suggest a name.
    app->allow_extras();
    // As before CLI11: a repeated single-valued option keeps its last value.
    app->option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    app->get_formatter()->label("SUBCOMMAND", "COMMAND");
    app->get_formatter()->column_width(28);
    for (const Command& c : commands()) {
        CLI::App* sub = app->add_subcommand(c.name, c.summary);
        sub->group("Commands");
        c.define(*sub, options);
        sub->footer(footer(c, *sub));
    }
    return app;
}

/// Every spelling of the options of `app`: `--rules`, `-o`, …
std::vector<std::string> option_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::Option* opt : app.get_options()) {
        for (const std::string& n : opt->get_lnames()) names.push_back("--" + n);
        for (const std::string& n : opt->get_snames()) names.push_back("-" + n);
    }
    return names;
}

/// Where option `name` belongs when `sub` does not have it, for a help line
std::optional<std::string> commands_with(const CLI::App& app, const CLI::App* sub,
                                         const std::string& name) {
    if (app.get_option_no_throw(name) != nullptr) return "write `lexcheck " + name + "`";
    std::vector<std::string> found;
    for (const CLI::App* other : app.get_subcommands({})) {
        if (other != sub && other->get_option_no_throw(name) != nullptr) {
            found.push_back(other->get_name());
        }
    }
    if (found.empty()) return std::nullopt;
    return "`" + name + "` is an option of " + spoken_list(found);
}

int unknown_argument(const CLI::App& app, const CLI::App* sub, const std::string& arg,
                     std::ostream& err) {
    std::string where = sub ? "lexcheck " + sub->get_name() : "lexcheck";
    std::string more = "`" + where + " --help` lists its options";
    if (arg.size() < 2 || arg[0] != '-') {
        return usage_error(err, "unexpected argument `" + arg + "`",
                           "every value follows its option, as in --rules PATH; " + more);
    }
    std::string name = arg.substr(0, arg.find('='));
    auto help = core::did_you_mean(name, option_names(sub ? *sub : app));
    if (!help && sub) help = commands_with(app, sub, name);
    if (!help && !sub) help = "options follow the command, as in `lexcheck check --rules PATH`";
    return usage_error(err, "`" + where + "` has no option `" + name + "`", help ? *help : more);
}

/// The first argument that neither `lexcheck` nor its command knows, if any
std::optional<int> unknown_arguments(const CLI::App& app, std::ostream& err) {
    auto subs = app.get_subcommands();
    const CLI::App* sub = subs.empty() ? nullptr : subs[0];
    auto top = app.remaining();
    if (!top.empty()) return unknown_argument(app, nullptr, top[0], err);
    auto own = sub ? sub->remaining() : std::vector<std::string>{};
    if (!own.empty()) return unknown_argument(app, sub, own[0], err);
    return std::nullopt;
}

/// The first required option of `sub` that is missing, as CLI11 only names it
int missing_option(const CLI::App& sub, std::ostream& err) {
    std::string what = "a value";
    for (const CLI::Option* opt : sub.get_options()) {
        if (!opt->get_required() || opt->count() > 0) continue;
        what = opt->get_positional() ? "at least one " + opt->get_name()
                                     : opt->get_name() + " " + opt->get_type_name();
        break;
    }
    const Command& c = *std::find_if(commands().begin(), commands().end(),
                                     [&](const Command& x) { return sub.get_name() == x.name; });
    return usage_error(err, "lexcheck " + sub.get_name() + " needs " + what,
                       "for example: " + std::string(c.example));
}

/// CLI11's message, which starts with the option's name or a capital letter
std::string message_of(const CLI::ParseError& e) {
    std::string m = e.what();
    if (!m.empty() && m[0] >= 'A' && m[0] <= 'Z') m[0] = static_cast<char>(m[0] - 'A' + 'a');
    return m;
}

/// An option without its value: CLI11 says "--as-of: 1 required DATE missing"
int missing_value(const CLI::App& app, const CLI::ArgumentMismatch& e, std::ostream& err) {
    std::string m = e.what();
    auto subs = app.get_subcommands();
    const CLI::Option* opt =
        subs.empty() ? nullptr : subs[0]->get_option_no_throw(m.substr(0, m.find(':')));
    if (!opt || m.find(" missing") == std::string::npos) {
        return usage_error(err, message_of(e), std::nullopt);
    }
    std::string name = opt->get_name();
    return usage_error(err, name + " needs a value, as in " + name + " " + opt->get_type_name(),
                       std::nullopt);
}

/// Names the command before CLI11 sees the line: an unknown one gets a suggestion
std::optional<int> check_command_name(const std::vector<std::string>& args, std::ostream& err) {
    if (args.empty()) return usage_error(err, "no command given", list_of_commands());
    const std::string& first = args[0];
    if (first.empty() || first[0] == '-') return std::nullopt;
    std::vector<std::string> names = command_names();
    if (std::find(names.begin(), names.end(), first) != names.end()) return std::nullopt;
    auto help = core::did_you_mean(first, names);
    return usage_error(err, "unknown command `" + first + "`", help ? *help : list_of_commands());
}

}  // namespace

Invocation parse_command_line(const std::vector<std::string>& given, Options& options,
                              std::ostream& out, std::ostream& err) {
    Invocation result;
    std::vector<std::string> args = given;
    // `lexcheck help [COMMAND]` is `lexcheck [COMMAND] --help`.
    if (!args.empty() && args[0] == "help") {
        args.erase(args.begin());
        args.push_back("--help");
    }
    if (auto status = check_command_name(args, err)) {
        result.status = *status;
        return result;
    }
    auto app = make_app(options);
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // As CLI11 parses them
    try {
        app->parse(reversed);
    } catch (const CLI::CallForHelp&) {
        out << app->help();
        return result;
    } catch (const CLI::CallForVersion& e) {
        out << e.what() << "\n";
        return result;
    } catch (const CLI::RequiredError&) {
        // A misspelt option is the likelier mistake than the missing one it would have been.
        auto subs = app->get_subcommands();
        if (auto status = unknown_arguments(*app, err)) {
            result.status = *status;
        } else {
            result.status = subs.empty() ? usage_error(err, "no command given", list_of_commands())
                                         : missing_option(*subs[0], err);
        }
        return result;
    } catch (const CLI::ArgumentMismatch& e) {
        result.status = missing_value(*app, e, err);
        return result;
    } catch (const CLI::ParseError& e) {
        result.status = usage_error(err, message_of(e), std::nullopt);
        return result;
    }
    if (auto status = unknown_arguments(*app, err)) {
        result.status = *status;
        return result;
    }
    if (options.keep_others && options.remedies == 0) {
        result.status = usage_error(err, "`--keep-others` works only with `--remedies`",
                                    "add `--remedies`, or leave out `--keep-others`");
        return result;
    }
    const CLI::App* sub = app->get_subcommands().front();
    options.command = sub->get_name();
    result.command = &*std::find_if(commands().begin(), commands().end(),
                                    [&](const Command& c) { return options.command == c.name; });
    result.loads_inputs = sub->get_option_no_throw("--rules") != nullptr;
    result.takes_as_of = sub->get_option_no_throw("--as-of") != nullptr;
    return result;
}

}  // namespace lexcheck::cli
