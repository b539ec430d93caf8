// What a condition's top-level conjuncts require of enum and bool facts: enough to see
// that two conditions can never hold together, without a solver.
#pragma once

#include "lexcheck/core/rule_set.hpp"

#include <map>
#include <set>

namespace lexcheck::checker::detail {

struct Constraints {
    std::map<std::uint32_t, std::set<std::uint32_t>> enum_values;  ///< fact -> allowed values
    std::map<std::uint32_t, bool> bools;                           ///< fact -> required value
    bool contradictory = false;

    /// Adds what `cond` (true) requires; `negated` reads it as required false
    void add(const core::RuleSet& rules, core::CondId cond, bool negated = false);
    /// Whether both can hold at once (as far as these constraints tell)
    bool compatible(const Constraints& other) const;
    void merge(const Constraints& other);
};

}  // namespace lexcheck::checker::detail
