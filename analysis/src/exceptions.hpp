// The exceptions of a provision's tree as lint and `lexcheck conflicts` name them, and where
// each one matters: where the provision is breached and every exception between them holds
// (LANGUAGE.md §5.5: only then can it change the outcome).
#pragma once

#include "decision.hpp"

#include "lexcheck/core/rule_set.hpp"

#include <string>
#include <vector>

namespace lexcheck::analysis::detail {

struct ExceptionItem {
    std::string label;        ///< `Q#unlessK` or the exception provision's id (as defeated_by)
    std::uint32_t owner = 0;  ///< The provision it is an exception to
    std::size_t unless = 0;   ///< 1-based `unless` clause of `owner`, or 0
    std::uint32_t exception = core::kNone;  ///< The exception provision, or kNone
    /// Exception provisions from the root down to `owner` (`owner` included unless it is
    /// the root)
    std::vector<std::uint32_t> chain;
    std::string reason;  ///< An `unless` clause's reason, or the exception's citation
    core::SourceSpan span;
};

/// Every exception in the tree of `root`: each owner's `unless` clauses in source order, then
/// its exception provisions in id order, then those of each exception provision below
std::vector<ExceptionItem> exception_items(const core::RuleSet& rules, std::uint32_t root);

/// Where `item` can decide the outcome of `root` under assignment `a`
z3::expr matters(DecisionEncoder& d, std::uint32_t root, const ExceptionItem& item,
                 const Assignment& a);

/// Whether `item` holds (an exception provision: counts and holds)
z3::expr item_holds(DecisionEncoder& d, const ExceptionItem& item, const Assignment& a);

}  // namespace lexcheck::analysis::detail
