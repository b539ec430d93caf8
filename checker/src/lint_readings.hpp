// `lexcheck lint` for readings (LANGUAGE.md §8): a reading that changes nothing it replaces,
// and a reading that cites no authority.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"

namespace lexcheck::checker::detail {

/// Whether two condition trees are the same condition: the same connectives, operators and
/// resolved names and values (spelling and spacing aside)
bool same_condition(const core::RuleSet& rules, core::CondId a, core::CondId b);

/// lint_reading_unchanged (warning) and lint_reading_without_authority (note)
void lint_readings(const core::RuleSet& rules, core::DiagnosticSink& sink);

}  // namespace lexcheck::checker::detail
