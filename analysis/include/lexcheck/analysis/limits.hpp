// How much the solver may spend on one question (docs/remedies.md, "Limits").
#pragma once

namespace lexcheck::analysis {

struct SolverLimits {
    /// Z3 resource units per query: deterministic, so a query that stops, stops on every
    /// machine and at every load. The default answers every query of the shipped rules with
    /// a wide margin (docs/performance.md).
    unsigned steps = 5'000'000;
    /// Wall-clock milliseconds per query, a safety net behind `steps`
    unsigned timeout_ms = 0;
};

}  // namespace lexcheck::analysis
