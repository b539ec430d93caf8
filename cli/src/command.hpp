// A `lexcheck` command: its name, its help, its options and what it runs. Adding a command
// is one file that defines a `Command` and one line in commands.cpp.
#pragma once

#include "options.hpp"

#include <iosfwd>
#include <vector>

namespace CLI {
class App;
}

namespace lexcheck::cli {

struct Command {
    const char* name;
    const char* summary;  ///< One line in `lexcheck --help`, lowercase
    const char* example;  ///< A command line shown at the end of `lexcheck NAME --help`
    /// Adds the command's options (shared ones from options.hpp), writing into `options`
    void (*define)(CLI::App& command, Options& options);
    /// Runs the command; returns the exit status
    int (*run)(const Options& options, std::ostream& out, std::ostream& err);
};

/// Every command, in the order `lexcheck --help` lists them
const std::vector<Command>& commands();

Command check_command();
Command test_command();
Command lint_command();
Command fmt_command();
Command explain_command();
Command scaffold_command();
Command impact_command();
Command diff_command();
Command lock_command();
Command conflicts_command();
Command lsp_command();
Command history_command();
Command report_command();
Command replay_command();

}  // namespace lexcheck::cli
