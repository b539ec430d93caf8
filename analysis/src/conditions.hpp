// Conditions as solver formulas in Kleene's logic (LANGUAGE.md §5.6): each condition is a
// pair of formulas, "is true" and "is false" (unknown when neither holds). A define is
// encoded once, as two Boolean variables with their definitions (shared, not expanded), so
// a chain of defines stays linear.
#pragma once

#include "fact_vars.hpp"

#include "lexcheck/core/rule_set.hpp"

#include <unordered_map>
#include <vector>

#include <z3++.h>

namespace lexcheck::analysis::detail {

/// A condition's value: `t` holds when it is true, `f` when it is false
struct Kleene {
    z3::expr t, f;

    z3::expr unknown() const { return !t && !f; }
};

Kleene kleene_and(const Kleene& a, const Kleene& b);
Kleene kleene_or(const Kleene& a, const Kleene& b);
Kleene kleene_not(const Kleene& a);
Kleene kleene_const(z3::context& ctx, bool value);

class ConditionEncoder {
public:
    ConditionEncoder(const core::RuleSet& rules, FactVars& facts);

    /// The condition's value; kNone (no condition, e.g. no scope) is true
    Kleene encode(core::CondId id);
    /// The definitions of the defines encoded since the last call (to assert)
    z3::expr_vector take_definitions();

    FactVars& facts() { return facts_; }

private:
    Kleene atom(const core::Condition& c);
    Kleene compare(const core::Condition& c);
    Kleene define(std::uint32_t d);
    /// Encodes `root` after every condition it needs (explicit stack: nesting may be deep)
    void encode_tree(core::CondId root);

    const core::RuleSet& rules_;
    FactVars& facts_;
    z3::context& ctx_;
    std::unordered_map<core::CondId, Kleene> done_;
    std::unordered_map<std::uint32_t, Kleene> defines_;
    std::vector<std::uint32_t> pending_defines_;
    z3::expr_vector definitions_;
};

}  // namespace lexcheck::analysis::detail
