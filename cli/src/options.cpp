#include "options.hpp"

#include "lexcheck/core/value.hpp"

#include <CLI/CLI.hpp>

#include <charconv>

namespace lexcheck::cli {

namespace {

std::string quoted(const std::string& s) {
    return "`" + s + "`";
}

CLI::Validator one_of(std::vector<std::string> values, std::string what) {
    return value_check([values, what](const std::string& v) -> std::string {
        for (const std::string& allowed : values) {
            if (v == allowed) return "";
        }
        return quoted(v) + " is not " + what + "; use " + spoken_list(values, "or");
    });
}

CLI::Validator date_value() {
    return value_check([](const std::string& v) -> std::string {
        if (core::parse_date(v)) return "";
        return quoted(v) + " is not a date; write YYYY-MM-DD, e.g. 2024-01-01";
    });
}

CLI::Validator positive_whole_number() {
    return value_check([](const std::string& v) -> std::string {
        unsigned n = 0;
        auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec == std::errc() && end == v.data() + v.size() && n > 0) return "";
        return quoted(v) + " is not a positive whole number";
    });
}

}  // namespace

CLI::Validator value_check(std::function<std::string(const std::string&)> problem) {
    return CLI::Validator([problem](std::string& value) { return problem(value); }, "");
}

std::string spoken_list(const std::vector<std::string>& items, const std::string& last) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " " + last + " " : ", ";
        out += items[i];
    }
    return out;
}

CLI::Option* add_repeatable_option(CLI::App& command, const std::string& name,
                                   std::vector<std::string>& into, const std::string& type,
                                   const std::string& description) {
    return command.add_option(name, into, description)
        ->type_name(type)
        ->allow_extra_args(false)  // One value per --rules, as LANGUAGE.md §6 writes it
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void add_input_options(CLI::App& c, Options& o) {
    add_repeatable_option(c, "--rules", o.rules, "PATH",
                          "a rule file (.lex) or a folder of them; repeat for more");
    add_repeatable_option(
        c, "--corpus", o.corpus, "PATH",
        "a measure file (.yaml, .yml, .json, .jsonl) or a folder of them; repeat for more");
    c.add_option("--threads", o.threads, "threads to work with (default: one per processor)")
        ->type_name("N")
        ->check(positive_whole_number());
    c.add_flag("--no-cache", o.no_cache,
               "read every measure file, not the cache of earlier runs (docs/performance.md)");
    c.add_flag("--progress", o.progress,
               "show what the run is doing on standard error even when it is not a terminal "
               "(on a terminal it is shown anyway)");
    c.add_option_function<std::string>(
         "--lock", [&o](const std::string& v) { o.lock = v; },
         "the source lock to compare quoted texts with (default: ./lexcheck.lock if present)")
        ->type_name("FILE");
}

void add_output_option(CLI::App& c, Options& o) {
    c.add_option_function<std::string>(
         "-o,--output", [&o](const std::string& v) { o.output = v; },
         "write the output into FILE, whole or not at all (default: standard output)")
        ->type_name("FILE");
}

void add_as_of_option(CLI::App& c, Options& o) {
    c.add_option_function<std::string>(
         "--as-of", [&o](const std::string& v) { o.as_of = core::parse_date(v); },
         "decide as of this day (default: today)")
        ->type_name("DATE")
        ->check(date_value());
}

void add_format_option(CLI::App& c, Options& o, std::vector<std::string> formats) {
    std::string description = formats.front() + " (the default)";
    if (formats.size() > 1) {
        description += (formats.size() > 2 ? ", " : " or ") +
                       spoken_list({formats.begin() + 1, formats.end()}, "or");
    }
    c.add_option("--format", o.format, description)
        ->type_name("FORMAT")
        ->check(one_of(std::move(formats), "a format"));
}

void add_jurisdiction_option(CLI::App& c, Options& o, const std::string& description) {
    add_repeatable_option(c, "--jurisdiction", o.jurisdictions, "STATE", description)
        ->check(value_check([](const std::string& v) -> std::string {
            if (core::is_state_code(v)) return "";
            return "`" + v + "` is not a state code; write two capital letters, e.g. RU";
        }));
}

void add_fail_on_option(CLI::App& c, Options& o) {
    c.add_option("--fail-on", o.fail_on,
                 "violation (the default), contested, undetermined or never: which binding "
                 "findings make lexcheck exit 1")
        ->type_name("LEVEL")
        ->check(one_of({"violation", "contested", "undetermined", "never"}, "a level"));
}

void add_remedies_options(CLI::App& c, Options& o) {
    constexpr unsigned kDefault = 3;
    c.add_option_function<std::vector<std::string>>(
         "--remedies",
         [&o](const std::vector<std::string>& v) {
             o.remedies = v.empty() || v.front().empty()
                              ? kDefault
                              : static_cast<unsigned>(std::stoul(v.front()));
         },
         "for each violation, undetermined or contested finding, up to N (default 3) smallest "
         "changes of the measure's facts that would make it comply (docs/remedies.md)")
        ->type_name("[N]")
        ->expected(0, 1)
        ->check(value_check([](const std::string& v) -> std::string {
            if (v.empty()) return "";
            unsigned n = 0;
            auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
            if (ec == std::errc() && end == v.data() + v.size() && n > 0 && n <= 100) return "";
            return quoted(v) + " is not a number of remedies; give a whole number from 1 to 100";
        }));
    c.add_flag("--keep-others", o.keep_others,
               "with --remedies: only changes that put the measure in no new binding violation "
               "of another provision");
}

}  // namespace lexcheck::cli
