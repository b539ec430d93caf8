// Which facts each provision reads (its scope, norm, `unless` clauses and exceptions, defines
// expanded), for the fact list of `lexcheck scaffold` (LANGUAGE.md §12).
#pragma once

#include "lexcheck/core/rule_set.hpp"

#include <string>
#include <vector>

namespace lexcheck::cli::scaffold {

struct FactUse {
    std::uint32_t fact = 0;
    std::vector<std::string> provisions;  ///< The non-exception provisions that read it, by id
};

/// Every declared fact that some provision reads, most-read first (then by path): annotating
/// the first facts decides the most findings
std::vector<FactUse> facts_by_use(const core::RuleSet& rules);

}  // namespace lexcheck::cli::scaffold
