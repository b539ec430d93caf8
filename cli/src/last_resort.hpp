// The command line's last resort: no input may end lexcheck with an uncaught exception.
// Readers report bad input as diagnostics; an exception that reaches here is a bug, and the
// user still gets a message and exit status 2, never an abort.
#pragma once

#include <functional>
#include <iosfwd>

namespace lexcheck::cli {

/// Runs `command` and returns its exit status; an exception it lets escape is reported on
/// `err` as an internal error, with exit status 2
int run_guarded(const std::function<int()>& command, std::ostream& err) noexcept;

}  // namespace lexcheck::cli
