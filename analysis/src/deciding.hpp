// For an undetermined finding: what each missing fact would decide, value by value (the
// checker decides each case), and the smallest sets of missing facts that decide it whatever
// their values (the solver proves it).
#pragma once

#include "search.hpp"

#include "lexcheck/core/remedy.hpp"

namespace lexcheck::analysis::detail {

/// The cases of one missing fact: its values grouped by the outcome the checker gives the
/// measure with that value (every other fact kept)
core::DecidingFact deciding_fact(const core::RuleSet& rules, const checker::PairChecker& checker,
                                 const core::Measure& measure, std::uint32_t provision,
                                 std::uint32_t fact, const FactUsage& usage, core::Date as_of);

/// Fills `out.deciding` and `out.decided_by` for an undetermined finding
void explain_undetermined(const core::RuleSet& rules, const checker::PairChecker& checker,
                          const core::Measure& measure, const core::Finding& finding,
                          RemedySearch& search, core::Date as_of, core::FindingRemedies& out);

}  // namespace lexcheck::analysis::detail
