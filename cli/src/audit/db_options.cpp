#include "audit/db_options.hpp"

#include <CLI/CLI.hpp>

namespace lexcheck::cli {

void add_record_option(CLI::App& c, Options& o) {
    c.add_option_function<std::string>(
         "--record", [&o](const std::string& v) { o.record = v; },
         "also record the run in the audit database FILE.db (docs/audit.md)")
        ->type_name("FILE.db");
}

void add_db_option(CLI::App& c, Options& o, bool required) {
    auto* option = c.add_option("--db", o.db, "the audit database that `check --record` wrote")
                       ->type_name("FILE");
    if (required) option->required();
}

std::optional<std::int64_t> parse_run_number(const std::string& v) {
    bool digits =
        !v.empty() && v.size() < 19 && v.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoll(v) <= 0) return std::nullopt;
    return std::stoll(v);
}

void add_run_options(CLI::App& c, Options& o) {
    add_db_option(c, o);
    c.add_option("--run", o.run, "the run's number, as `lexcheck history` lists it")
        ->type_name("ID")
        ->required()
        ->check(value_check([](const std::string& v) -> std::string {
            if (parse_run_number(v)) return "";
            return "`" + v + "` is not a run number; `lexcheck history` lists them";
        }));
}

}  // namespace lexcheck::cli
