// Writing a report so that it appears whole or not at all (LANGUAGE.md §6).
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

namespace lexcheck::cli {

/// Writes through `produce` to `path`: a regular file (or a new one) is written to a
/// temporary file in the same folder and renamed into place (SIGINT, SIGTERM or SIGHUP
/// meanwhile remove it: core::TemporaryFileGuard); `-`, pipes and devices are written
/// directly. `written`, when given, runs once every byte is written and before the file is
/// put in place (renamed); not when writing failed. Returns an error message, or "" on success.
std::string write_output(const std::string& path, const std::function<void(std::ostream&)>& produce,
                         const std::function<void()>& written = {});

class Progress;

/// A command's output: through write_output to `output` when given, else to `out`. Ends the
/// `progress` line (when given) once the output is written, before any error is printed; runs
/// `written` as write_output does (to `out`: once it is written). On failure, prints the error
/// to `err` and returns false.
bool emit_output(const std::optional<std::string>& output,
                 const std::function<void(std::ostream&)>& produce, std::ostream& out,
                 std::ostream& err, Progress* progress = nullptr,
                 const std::function<void()>& written = {});

}  // namespace lexcheck::cli
