// Reading a whole input file into memory with one read() per file (no stream copies), and
// the diagnostics for files that cannot be read.
#pragma once

#include "lexcheck/core/diagnostic.hpp"

#include <optional>
#include <string>

namespace lexcheck::parser::detail {

/// The whole file at `path`, or the diagnostic explaining why it cannot be read
/// (`cli_unreadable_file`, `cli_file_too_large`). Safe to call on several threads at once.
std::optional<std::string> read_file(const std::string& path, core::Diagnostic& problem);

}  // namespace lexcheck::parser::detail
