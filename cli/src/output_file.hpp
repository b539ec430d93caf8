// Writing a report so that it appears whole or not at all (LANGUAGE.md §6).
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

namespace lexcheck::cli {

/// Writes through `produce` to `path`: a regular file (or a new one) is written to a
/// temporary file in the same folder and renamed into place; `-`, pipes and devices are
/// written directly. Returns an error message, or "" on success.
std::string write_output(const std::string& path,
                         const std::function<void(std::ostream&)>& produce);

}  // namespace lexcheck::cli
