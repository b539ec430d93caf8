// The `lexcheck` command line: dispatches to one command per verb (LANGUAGE.md §6).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace lexcheck::cli {

/// Exit statuses of every command (LANGUAGE.md §6)
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitInputError = 2;

/// Runs one command line; output goes to `out`, messages to `err`
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int run(int argc, char** argv);

}  // namespace lexcheck::cli
