// Everything `lexcheck conflicts` proves for the measures of one State on one date: each
// provision that binds it on its own (scope, compliance, violation, exceptions), then each
// pair of them that shares a fact.
#pragma once

#include "lexcheck/analysis/conflicts.hpp"
#include "lexcheck/checker/check.hpp"

#include <vector>

namespace lexcheck::analysis::detail {

struct StateResult {
    std::vector<core::Proof> proofs;  ///< Each with `states` = {the State}
    std::vector<core::Undecided> undecided;
    std::size_t pairs = 0;
    std::uint32_t unconfirmed = 0;
};

StateResult prove_for_state(const core::RuleSet& rules, const checker::PairChecker& checker,
                            const std::string& state, const ConflictOptions& options);

}  // namespace lexcheck::analysis::detail
