// The checks of `lexcheck lint` that the solver decides exactly (issue 17; they replace the
// heuristics that read only top-level `and` chains): an exception that can never hold where
// its provision is breached, and two exceptions with different reasons that can hold together.
#pragma once

#include "lexcheck/analysis/limits.hpp"
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"

namespace lexcheck::analysis {

/// Reports `lint_exception_never_holds` and `lint_ambiguous_exceptions` warnings, proven over
/// every measure whatever its State and date (every exception counted), under every reading;
/// a question the solver cannot decide within `limits` is a `lint_solver_limit` note
void lint_proofs(const core::RuleSet& rules, core::DiagnosticSink& sink,
                 const SolverLimits& limits = {});

}  // namespace lexcheck::analysis
