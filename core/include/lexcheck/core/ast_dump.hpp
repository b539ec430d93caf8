// A stable, position-free text form of a rule set's AST: golden tests compare it, and
// `lexcheck fmt` uses it to prove that formatting keeps the AST unchanged.
#pragma once

#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/core/source.hpp"

#include <string>

namespace lexcheck::core {

/// Every declaration and condition tree of `rules`, grouped by kind and in source order,
/// one item a line, indented by nesting; spans, layout and resolver results are left out
std::string dump_rule_set(const RuleSet& rules, const SourceManager& sources);

}  // namespace lexcheck::core
