// The rules over "any measure" (`lexcheck conflicts`, and `lexcheck lint`'s proofs): every
// fact a condition reads is a free variable, known or not, except what the question fixes
// (the measure's State, and that it is in force on the date). Questions are asked as
// assumptions over formulas of DecisionEncoder, so one solver serves every question of a rule
// set and date.
#pragma once

#include "decision.hpp"
#include "fact_usage.hpp"
#include "solver.hpp"

#include "lexcheck/core/measure.hpp"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lexcheck::analysis::detail {

/// What every measure of the question is
struct Space {
    std::optional<std::string> state;  ///< Its jurisdiction, when fixed
    std::optional<core::Date> as_of;   ///< A date it is in force on, when fixed
};

class Prover {
public:
    /// `setting` gives who is bound, over the prover's fact variables (`affects`)
    Prover(z3::context& ctx, const core::RuleSet& rules,
           const std::function<Setting(FactVars&)>& setting, Space space,
           const SolverLimits& limits);

    DecisionEncoder& decisions() { return decisions_; }
    z3::context& ctx() { return ctx_; }

    /// Whether some measure of the space satisfies every formula of `query`
    Answer check(const std::vector<z3::expr>& query);

    /// A measure satisfying `query` (which must be satisfiable), chosen the same way every
    /// time: each fact the conditions read stated when it can be, with the first candidate
    /// value that works (docs/remedies.md); the built-in dates and `affects` left out when
    /// they can be. nullopt at the limit.
    std::optional<core::Measure> witness(std::vector<z3::expr> query, const FactUsage& usage);

private:
    /// Asserts what the space and the variables made since the last call require
    void settle();

    z3::context& ctx_;
    const core::RuleSet& rules_;
    FactVars facts_;
    ConditionEncoder conditions_;
    DecisionEncoder decisions_;
    Solver solver_;
    Space space_;
    std::set<std::uint32_t> settled_;
};

}  // namespace lexcheck::analysis::detail
