// Name resolution and type checking of a parsed rule set (LANGUAGE.md §2–§3).
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"

namespace lexcheck::parser {

/// Builds the schema and the id indices, binds every name in every condition, checks
/// types, references (`of`, `exception to`, `see`), duplicates, required clauses and
/// cycles among defines and exceptions, and builds each test block's measure.
/// Every problem goes to `sink`; none stops the pass.
void resolve(const core::SourceManager& sources, core::RuleSet& rules, core::DiagnosticSink& sink);

}  // namespace lexcheck::parser
