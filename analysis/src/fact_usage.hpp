// Which facts a provision's decision reads (through defines, readings and exceptions), the
// constants each is compared with and the members of each set it tests: the facts a remedy
// may change, the values worth trying, and whether two provisions can interact at all.
#pragma once

#include "lexcheck/core/rule_set.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <vector>

namespace lexcheck::analysis::detail {

struct FactUsage {
    std::set<std::uint32_t> facts;
    /// Per fact: the constants it is compared with (`==`, `<`, `in`, …), in value order
    std::map<std::uint32_t, std::vector<core::Value>> constants;
    /// Per set fact: the members tested (`has`, `has any`, `has all`)
    std::map<std::uint32_t, std::set<std::uint32_t>> members;
    /// Facts compared with another fact (their values are not only the constants)
    std::set<std::uint32_t> compared_with_fact;

    void merge(const FactUsage& other);
};

/// Every condition the decision of `provision` may read: its scope and norm, its readings',
/// its `unless` clauses, and the same of every exception below it
std::vector<core::CondId> decision_roots(const core::RuleSet& rules, std::uint32_t provision);

/// The facts read by conditions `roots`, defines followed (each once; explicit stack)
FactUsage fact_usage(const core::RuleSet& rules, const std::vector<core::CondId>& roots);

/// Exception provisions below `provision`, each after its own exceptions (post-order;
/// explicit stack: exception chains may be long)
std::vector<std::uint32_t> exceptions_below(const core::RuleSet& rules, std::uint32_t provision);

}  // namespace lexcheck::analysis::detail
