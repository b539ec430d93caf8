// Running the Node.js tools of tests/browser/ (installed by scripts/setup) from a test.
#pragma once

#include <optional>
#include <string>

namespace lexcheck::testing {

/// Why the Node.js tools cannot run (no `node`, or `npm ci` not run in tests/browser/),
/// or nullopt when they can
std::optional<std::string> node_tools_missing();

/// Runs a shell command; returns its exit status and puts stdout and stderr in `output`
int run_command(const std::string& command, std::string& output);

/// A shell-quoted argument
std::string shell_quote(const std::string& s);

}  // namespace lexcheck::testing
