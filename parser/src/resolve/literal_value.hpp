// Turning a literal written in a rule file into a typed value (LANGUAGE.md §1, §3).
#pragma once

#include "lexcheck/core/ast.hpp"
#include "lexcheck/core/schema.hpp"

#include <optional>
#include <string>

namespace lexcheck::parser::detail {

/// The result of converting a literal: a value, or an error message and help
struct Conversion {
    std::optional<core::Value> value;
    std::string code;  ///< Diagnostic code when there is no value; empty: already reported
    std::string message;
    std::optional<std::string> help;
};

/// Converts `lit` to a value of scalar type `type` (for a set type: to one of its members,
/// as an enumeration value). `what` names the fact for messages.
Conversion convert_literal(const core::Literal& lit, const core::Type& type,
                           const core::Schema& schema, const std::string& what);

/// How a literal is spelt for messages: `"text"`, `3y`, `eaeu_worker`
std::string describe_literal(const core::Literal& lit);

/// A type as a lawyer reads it in a message: "a duration", "text", "a `measure_kind`",
/// "a set of `person`"
std::string describe_type(const core::Type& type, const core::Schema& schema);

}  // namespace lexcheck::parser::detail
