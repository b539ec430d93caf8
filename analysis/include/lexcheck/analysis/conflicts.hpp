// `lexcheck conflicts` (issue 17, docs/remedies.md): what the solver proves about the rules on
// a date — pairs of provisions binding one State that no measure within both scopes can
// comply with at once, and provisions or exceptions that can never apply — each conflict with
// a witness measure that the checker decides.
#pragma once

#include "lexcheck/analysis/limits.hpp"
#include "lexcheck/core/conflict.hpp"
#include "lexcheck/core/rule_set.hpp"

#include <string>
#include <vector>

namespace lexcheck::analysis {

struct ConflictOptions {
    core::Date as_of;
    /// The States whose obligations are examined; empty: every State some instrument binds on
    /// `as_of`
    std::vector<std::string> jurisdictions;
    SolverLimits limits;
    unsigned threads = 0;  ///< 0: hardware concurrency; the answer does not depend on it
};

core::ConflictReport find_conflicts(const core::RuleSet& rules, const core::SourceManager& sources,
                                    const ConflictOptions& options);

}  // namespace lexcheck::analysis
