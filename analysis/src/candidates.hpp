// The values a remedy tries for one fact, best first, so that the value chosen is the same
// on every run and the one a lawyer would look at first: the measure's value's nearest
// neighbours among the constants the rules compare the fact with (docs/remedies.md).
#pragma once

#include "fact_usage.hpp"

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/schema.hpp"

#include <optional>
#include <vector>

namespace lexcheck::analysis::detail {

/// Candidates for a fact that is not a set, best first; never `current` itself. For an
/// ordered fact: every constant compared with it and the values next to each, by distance
/// from `current` (or, when unknown, from 0, or from `as_of` for a date); for a bool, enum,
/// text or state: its values in order. May miss the values that work when the fact is
/// compared with another fact: the caller then takes the solver's.
std::vector<core::Value> candidate_values(const core::Schema& schema, const FactUsage& usage,
                                          std::uint32_t fact,
                                          const std::optional<core::Value>& current,
                                          core::Date as_of);

/// The ordered value of a fact as a number, for distances and ranges
double ordered_number(const core::Value& v);

/// A value of an ordered fact's type from a number (int, date and duration: rounded)
core::Value ordered_value(core::TypeKind kind, double x);

}  // namespace lexcheck::analysis::detail
