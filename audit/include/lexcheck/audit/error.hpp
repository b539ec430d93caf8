// The one error type of the audit trail: what is wrong with a database, and what to do.
#pragma once

#include <stdexcept>
#include <string>

namespace lexcheck::audit {

/// A database that cannot be opened, read or written; `what()` is a lowercase message with
/// `user input` in backticks (docs/diagnostics.md), `help` what the user can do about it
class Error : public std::runtime_error {
public:
    Error(const std::string& message, std::string help = {})
        : std::runtime_error(message), help(std::move(help)) {}
    std::string help;
};

}  // namespace lexcheck::audit
