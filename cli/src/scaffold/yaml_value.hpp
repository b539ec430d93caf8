// A fact's value as a measure file writes it, for the facts `scaffold` copies from the
// measure an amendment replaces (LANGUAGE.md §12).
#pragma once

#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/schema.hpp"

#include <string>
#include <string_view>

namespace lexcheck::cli::scaffold {

/// A YAML double-quoted scalar
std::string yaml_quoted(std::string_view s);

/// The value as YAML that the measure readers read back to the same value: sets as
/// `[a, b]`, text quoted, a duration in years when it is a whole number of them, else in
/// days (`3y`, `90d`)
std::string yaml_value(const core::Schema& schema, const core::FactValue& v);

}  // namespace lexcheck::cli::scaffold
