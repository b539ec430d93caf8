// Parsing a command line with CLI11: the commands of commands.cpp, help, --version,
// "did you mean" suggestions, and usage errors as one line (and a help line), exit 2.
#pragma once

#include "command.hpp"
#include "options.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace lexcheck::cli {

/// What the command line asks for
struct Invocation {
    /// The command to run; nullptr when nothing is left to run (see `status`)
    const Command* command = nullptr;
    /// Whether the command loads rules and measures (it has --rules and --corpus), and so
    /// reads lexcheck.toml
    bool loads_inputs = false;
    /// Whether it takes --as-of, and so the `as-of` of lexcheck.toml
    bool takes_as_of = false;
    /// When there is no command to run: 0 after help or the version (written to `out`),
    /// 2 after a usage error (written to `err`)
    int status = 0;
};

/// Parses `args` (without the program name) into `options`
Invocation parse_command_line(const std::vector<std::string>& args, Options& options,
                              std::ostream& out, std::ostream& err);

}  // namespace lexcheck::cli
