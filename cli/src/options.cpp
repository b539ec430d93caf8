#include "options.hpp"

#include "lexcheck/core/value.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>

namespace lexcheck::cli {

namespace {

const std::vector<std::string> kCommands = {"check", "test", "lint", "fmt", "explain"};

bool parse_unsigned(const std::string& s, unsigned& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

std::string usage() {
    return "usage: lexcheck check [--rules PATH]... [--corpus PATH]... [--as-of DATE]\n"
           "                      [--jurisdiction STATE]... [--format text|json|html|md|sarif]\n"
           "                      [--output FILE] [--fail-on "
           "violation|contested|undetermined|never] "
           "[--all]\n"
           "                      [--only OUTCOME[,OUTCOME...]] [--threads N] [--timestamp]\n"
           "                      [--no-cache]\n"
           "       lexcheck test  [--rules PATH]... [--corpus PATH]... [--as-of DATE] "
           "[--coverage]\n"
           "                      [--threshold P] [--format text|json]\n"
           "       lexcheck lint  [--rules PATH]... [--corpus PATH]...\n"
           "       lexcheck fmt   [--check] FILE...\n"
           "       lexcheck explain --measure ID --provision ID [--rules PATH]... [--corpus "
           "PATH]...\n"
           "                      [--as-of DATE]\n";
}

std::optional<Options> parse_options(const std::vector<std::string>& args, std::string& error) {
    Options o;
    if (args.empty() || std::find(kCommands.begin(), kCommands.end(), args[0]) == kCommands.end()) {
        error = args.empty() ? "no command given" : "unknown command `" + args[0] + "`";
        return std::nullopt;
    }
    o.command = args[0];
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size()) {
                error = "`" + a + "` needs a value";
                return std::nullopt;
            }
            return args[++i];
        };
        if (a == "--rules" || a == "--corpus") {
            auto v = value();
            if (!v) return std::nullopt;
            (a == "--rules" ? o.rules : o.corpus).push_back(*v);
            (a == "--rules" ? o.rules_given : o.corpus_given) = true;
        } else if (a == "--as-of") {
            auto v = value();
            if (!v) return std::nullopt;
            o.as_of = core::parse_date(*v);
            if (!o.as_of) {
                error = "`" + *v + "` is not a date; write --as-of YYYY-MM-DD";
                return std::nullopt;
            }
        } else if (a == "--jurisdiction") {
            auto v = value();
            if (!v) return std::nullopt;
            if (!core::is_state_code(*v)) {
                error = "`" + *v + "` is not a state code; write e.g. --jurisdiction RU";
                return std::nullopt;
            }
            o.jurisdictions.push_back(*v);
        } else if (a == "--format") {
            auto v = value();
            if (!v) return std::nullopt;
            o.format = *v;
        } else if (a == "--output" || a == "-o") {
            auto v = value();
            if (!v) return std::nullopt;
            o.output = *v;
        } else if (a == "--fail-on") {
            auto v = value();
            if (!v) return std::nullopt;
            if (*v != "violation" && *v != "contested" && *v != "undetermined" && *v != "never") {
                error =
                    "--fail-on takes violation, contested, undetermined or never, not `" + *v + "`";
                return std::nullopt;
            }
            o.fail_on = *v;
        } else if (a == "--only") {
            auto v = value();
            if (!v) return std::nullopt;
            std::size_t start = 0;
            while (start <= v->size()) {
                std::size_t comma = v->find(',', start);
                std::string part = v->substr(
                    start, comma == std::string::npos ? std::string::npos : comma - start);
                auto outcome = core::parse_outcome(part);
                if (!outcome) {
                    error =
                        "--only takes violation, compliant, undetermined or not_applicable, not `" +
                        part + "`";
                    return std::nullopt;
                }
                o.only.push_back(*outcome);
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
        } else if (a == "--threads") {
            auto v = value();
            if (!v) return std::nullopt;
            if (!parse_unsigned(*v, o.threads) || o.threads == 0) {
                error = "--threads takes a positive number, not `" + *v + "`";
                return std::nullopt;
            }
        } else if (a == "--threshold") {
            auto v = value();
            if (!v) return std::nullopt;
            char* end = nullptr;
            double p = std::strtod(v->c_str(), &end);
            if (end == v->c_str() || *end != '\0' || p < 0 || p > 100) {
                error = "--threshold takes a percentage from 0 to 100, not `" + *v + "`";
                return std::nullopt;
            }
            o.threshold = p;
        } else if (a == "--measure" || a == "--provision") {
            auto v = value();
            if (!v) return std::nullopt;
            (a == "--measure" ? o.measure : o.provision) = *v;
        } else if (a == "--all") {
            o.all = true;
        } else if (a == "--timestamp") {
            o.timestamp = true;
        } else if (a == "--no-cache") {
            o.no_cache = true;
        } else if (a == "--coverage") {
            o.coverage = true;
        } else if (a == "--check") {
            o.check_only = true;
        } else if (!a.empty() && a[0] == '-' && a != "-") {
            error = "unknown option `" + a + "`";
            return std::nullopt;
        } else if (o.command == "fmt") {
            o.files.push_back(a);
        } else {
            error = "unexpected argument `" + a + "`";
            return std::nullopt;
        }
    }
    if (o.command == "explain" && (o.measure.empty() || o.provision.empty())) {
        error = "explain needs --measure ID and --provision ID";
        return std::nullopt;
    }
    if (o.command == "fmt" && o.files.empty()) {
        error = "fmt needs at least one FILE";
        return std::nullopt;
    }
    return o;
}

void apply_default_paths(Options& o) {
    if (o.rules_given || o.corpus_given) return;
    // The shipped data, named relative to the working directory when that is shorter.
    namespace fs = std::filesystem;
    fs::path home = LEXCHECK_SOURCE_DIR;
    if (const char* env = std::getenv("LEXCHECK_HOME")) home = env;
    std::error_code ec;
    for (auto [dir, into] : {std::pair{"rules", &o.rules}, std::pair{"corpus", &o.corpus}}) {
        fs::path p = home / dir;
        fs::path rel = fs::relative(p, fs::current_path(ec), ec);
        into->push_back(!ec && !rel.empty() && rel.string().size() < p.string().size()
                            ? rel.generic_string()
                            : p.generic_string());
    }
}

}  // namespace lexcheck::cli
