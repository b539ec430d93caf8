// The ordinary checker as the judge of every answer the solver gives (issue 17: each remedy
// and each witness is re-checked): measures with changed facts, and their findings.
#pragma once

#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/finding.hpp"
#include "lexcheck/core/remedy.hpp"
#include "lexcheck/core/rule_set.hpp"

#include <vector>

namespace lexcheck::analysis::detail {

/// A copy of `m` with each change's fact set to its value (facts stay sorted, one each)
core::Measure changed_measure(const core::Measure& m, const std::vector<core::FactChange>& changes);

/// The checker's outcome for `provision` and a measure that need not be in a corpus
inline core::Outcome outcome_of(const checker::PairChecker& checker, const core::Measure& m,
                                std::uint32_t provision) {
    return checker.decide(m, 0, provision, false).outcome;
}

/// The provisions the checker finds the measure in binding violation of (id order)
std::vector<std::uint32_t> binding_violations(const core::RuleSet& rules,
                                              const core::SourceManager& sources,
                                              const core::Measure& m, core::Date as_of);

/// Compliant or not applicable under every reading (LANGUAGE.md §8 combines those two)
inline bool remedied(core::Outcome o) {
    return o == core::Outcome::compliant || o == core::Outcome::not_applicable;
}

}  // namespace lexcheck::analysis::detail
