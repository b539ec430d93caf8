// `lexcheck lint`: warnings about rules and measures that are valid but likely wrong.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/rule_set.hpp"

namespace lexcheck::checker {

/// Reports every lint finding as a warning (or, for paraphrased quotations, a note) in
/// `sink`, each with a stable `lint_*` code and help text (docs/diagnostics.md). The checks
/// that need a solver are analysis::lint_proofs; `lexcheck lint` runs both.
void lint(const core::RuleSet& rules, const core::Corpus& corpus, core::DiagnosticSink& sink);

}  // namespace lexcheck::checker
