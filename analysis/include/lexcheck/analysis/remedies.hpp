// What would make a finding compliant (issue 17, docs/remedies.md): the smallest changes of a
// measure's facts that make the checker find it compliant or not applicable under every
// reading, found exactly by the Z3 solver and confirmed by the checker; and for an
// undetermined finding, the unknown facts that decide it and how.
#pragma once

#include "lexcheck/analysis/limits.hpp"
#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/remedy.hpp"

#include <vector>

namespace lexcheck::analysis {

struct RemedyOptions {
    core::Date as_of;
    unsigned count = 3;  ///< At most this many remedies per finding (`--remedies N`)
    /// Only remedies that put the measure in no binding violation it was not in before of
    /// another provision (`--keep-others`)
    bool keep_others = false;
    SolverLimits limits;
};

/// Whether a finding has remedies to look for: violation, undetermined or contested
bool wants_remedies(const core::Finding& f);

/// The remedies of one finding of `measure` (e.g. from checker::decide_one); `finding` of
/// the result is 0
core::FindingRemedies find_remedies(const core::RuleSet& rules, const core::SourceManager& sources,
                                    const core::Measure& measure, const core::Finding& finding,
                                    const RemedyOptions& options);

/// The remedies of every finding of `result` that wants them, in finding order. The answer
/// does not depend on `threads` (0: hardware concurrency).
std::vector<core::FindingRemedies> find_remedies(
    const core::RuleSet& rules, const core::SourceManager& sources, const core::Corpus& corpus,
    const checker::CheckResult& result, const RemedyOptions& options, unsigned threads = 0);

}  // namespace lexcheck::analysis
