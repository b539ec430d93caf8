// The solver's side of remedies for one finding: the measure's facts as variables, each
// either kept or changed (a "change" flag per fact the decision reads), the finding's
// outcome as formulas, and the queries of docs/remedies.md over them.
#pragma once

#include "decision.hpp"
#include "fact_usage.hpp"
#include "solver.hpp"

#include "lexcheck/analysis/remedies.hpp"

#include <optional>
#include <vector>

namespace lexcheck::analysis::detail {

/// Sets of facts, each a sorted list of fact indices
using FactSet = std::vector<std::uint32_t>;

class RemedySearch {
public:
    /// Encodes the finding of `provision` for `measure`; with `keep_others`, also that no
    /// provision in `not_violated` is violated
    RemedySearch(z3::context& ctx, const core::RuleSet& rules, const core::Measure& measure,
                 std::uint32_t provision, const RemedyOptions& options,
                 const std::vector<std::uint32_t>& not_violated);

    /// The minimal sets of facts whose change can do it, fewest facts first: every set of
    /// the smallest sizes until at least `count` are found (or every one there is).
    /// `more`: other minimal sets exist beyond those returned.
    Answer minimal_sets(std::size_t count, std::vector<FactSet>& sets, bool& more);
    /// Whether changing exactly `set` can make the finding compliant (not merely not
    /// applicable)
    Answer can_comply(const FactSet& set);
    /// Values for exactly the facts of `set` that make the finding compliant (`comply`) or
    /// compliant or not applicable, chosen the same way every time: nearest to the measure's
    /// own (docs/remedies.md). unsat: no such values.
    Answer values(const FactSet& set, bool comply, std::vector<core::FactChange>& changes);

    /// Whether knowing exactly the facts of `set` (each unknown in the measure), whatever
    /// their values, decides the finding: sat means some values leave it undetermined
    Answer can_stay_undetermined(const FactSet& set);

    const FactUsage& usage() const { return usage_; }
    std::size_t queries() const { return solver_.queries(); }

private:
    /// Assumptions: exactly the facts of `set` change
    std::vector<z3::expr> exactly(const FactSet& set) const;
    core::FactChange change_in(const z3::model& model, std::uint32_t fact);

    const core::RuleSet& rules_;
    const core::Measure& measure_;
    const RemedyOptions& options_;
    FactVars facts_;
    ConditionEncoder conditions_;
    DecisionEncoder decisions_;
    Solver solver_;
    FactUsage usage_;
    std::vector<std::uint32_t> changeable_;  ///< Facts a remedy may change, in index order
    std::vector<z3::expr> change_;           ///< Parallel to changeable_
    std::optional<z3::expr> goal_, comply_, undetermined_;
};

}  // namespace lexcheck::analysis::detail
