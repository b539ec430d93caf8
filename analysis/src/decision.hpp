// LANGUAGE.md §5 and §8 as solver formulas: the outcome of a provision for the measure the
// fact variables describe, under one assignment of readings or under all of them. The same
// steps as checker/src/decide.hpp (scope, tentative outcome, exceptions bottom-up, Kleene),
// written over formulas instead of values; the tests check the two against each other.
#pragma once

#include "conditions.hpp"

#include "lexcheck/core/finding.hpp"

#include <map>
#include <vector>

namespace lexcheck::analysis::detail {

/// What is fixed while deciding: which provisions are in force, and whether each
/// instrument binds the measure's state (a formula: under a reciprocal instrument it
/// depends on the measure's `affects`, LANGUAGE.md §9)
struct Setting {
    std::vector<bool> in_force;     ///< Per provision
    std::vector<z3::expr> binding;  ///< Per instrument
};

/// The provisions and instruments on `as_of` for a measure (its state and `affects` fixed)
Setting setting_for_measure(z3::context& ctx, const core::RuleSet& rules, const core::Measure& m,
                            core::Date as_of);
/// For any measure of `state` on `as_of`: `affects` is the fact variables'
Setting setting_for_state(FactVars& facts, const core::RuleSet& rules, const std::string& state,
                          core::Date as_of);
/// Whatever the date and the state: every provision in force, every instrument binding (the
/// conditions alone, as `lexcheck lint` reads them)
Setting setting_ignoring_dates(z3::context& ctx, const core::RuleSet& rules);

/// One reading per contested point (LANGUAGE.md §8); a point left out has its primary reading
using Assignment = std::vector<core::ChosenReading>;

/// One outcome each: exactly one holds
struct Outcomes {
    z3::expr violation, compliant, undetermined, not_applicable;
};

/// The finding's outcome over every assignment (LANGUAGE.md §8)
struct Combined {
    z3::expr ok;                ///< Compliant or not applicable under every reading
    z3::expr compliant;         ///< The finding is compliant
    z3::expr violation;         ///< Every reading finds a violation
    z3::expr not_applicable;    ///< No reading's scope holds
    z3::expr in_scope;          ///< Some reading's scope is true (not merely not false)
    z3::expr any_undetermined;  ///< Some reading leaves it undetermined
    z3::expr any_violation;     ///< Some reading finds a violation
};

class DecisionEncoder {
public:
    DecisionEncoder(const core::RuleSet& rules, ConditionEncoder& conditions, Setting setting);

    /// Every assignment of the provision's points: itself (if it has readings) and every
    /// exception below it with readings, whether or not it is active (a reading of an
    /// inactive exception changes nothing, so the outcomes are those of §8's assignments)
    std::vector<Assignment> assignments(std::uint32_t p) const;

    Outcomes decide(std::uint32_t p, const Assignment& a);
    /// Over every assignment; computed once per provision
    const Combined& combined(std::uint32_t p);

    /// The scope, under the assignment's reading of `p`
    Kleene scope(std::uint32_t p, const Assignment& a);
    /// The scope holds and the norm is breached (the tentative outcome is a violation)
    z3::expr breached(std::uint32_t p, const Assignment& a);
    /// `scope and when` of an exception provision, without its own exceptions
    Kleene exception_condition(std::uint32_t e, const Assignment& a);
    /// Whether an exception provision holds (§5.5: its condition, and none of its own
    /// exceptions holds)
    Kleene holds(std::uint32_t e, const Assignment& a);
    /// `unless` clause k (0-based) of provision q
    Kleene unless(std::uint32_t q, std::size_t k);
    /// Whether an exception provision counts (in force and binding)
    z3::expr active(std::uint32_t e);

    ConditionEncoder& conditions() { return conditions_; }
    const Setting& setting() const { return setting_; }

private:
    core::CondId scope_of(std::uint32_t q, const Assignment& a) const;
    core::CondId norm_of(std::uint32_t q, const Assignment& a) const;

    const core::RuleSet& rules_;
    ConditionEncoder& conditions_;
    z3::context& ctx_;
    Setting setting_;
    std::map<std::uint32_t, Combined> combined_;
};

}  // namespace lexcheck::analysis::detail
