// The options of the commands that read an audit database (docs/audit.md).
#pragma once

#include "options.hpp"

namespace lexcheck::cli {

/// --db FILE (required)
void add_db_option(CLI::App& command, Options& options);
/// --db FILE and --run ID, both required
void add_run_options(CLI::App& command, Options& options);

}  // namespace lexcheck::cli
