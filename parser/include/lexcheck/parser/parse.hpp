// Reading one .lex rule file (LANGUAGE.md §1–§3) into the core AST.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"

namespace lexcheck::parser {

/// Parses one rule file and appends its declarations (and their conditions) to `into`.
/// Syntax errors and lowering errors (bad dates, durations, escapes, duplicate clauses)
/// go to `sink`; parsing recovers at the next top-level declaration.
void parse_rule_file(core::SourceManager& sources, core::SourceId file, core::RuleSet& into,
                     core::DiagnosticSink& sink);

/// Maximum nesting of parentheses and `not` in a condition; deeper input is an error
inline constexpr int kMaxConditionDepth = 512;

}  // namespace lexcheck::parser
