// The options of the commands that record into or read an audit database (docs/audit.md).
#pragma once

#include "options.hpp"

namespace lexcheck::cli {

/// --record FILE.db (check, impact)
void add_record_option(CLI::App& command, Options& options);
/// --db FILE, required unless `required` is false (diff: --db is its second form)
void add_db_option(CLI::App& command, Options& options, bool required = true);
/// --db FILE and --run ID, both required
void add_run_options(CLI::App& command, Options& options);
/// A run number as the command line gives it, or nullopt when `text` is not one
std::optional<std::int64_t> parse_run_number(const std::string& text);

}  // namespace lexcheck::cli
