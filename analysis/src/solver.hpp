// One solver with the per-query limits of docs/remedies.md: each check may spend at most
// `steps` of Z3's resource count (deterministic: the same query stops at the same point on
// any machine) and, as a safety net, `timeout_ms` of wall-clock time. A query that hits
// either is `limit`: lexcheck then says it could not decide, never guesses.
#pragma once

#include "lexcheck/analysis/limits.hpp"

#include <vector>

#include <z3++.h>

namespace lexcheck::analysis::detail {

enum class Answer { sat, unsat, limit };

class Solver {
public:
    Solver(z3::context& ctx, const SolverLimits& limits);

    void add(const z3::expr& e) { solver_.add(e); }
    void add(const z3::expr_vector& v);
    /// A scope whose additions pop_scope() takes back
    void push_scope() { solver_.push(); }
    void pop_scope() { solver_.pop(); }

    Answer check();
    Answer check(const std::vector<z3::expr>& assumptions);
    /// The model of the last check that answered sat
    z3::model model() { return solver_.get_model(); }

    /// Queries asked so far (for the benchmarks and docs/performance.md)
    std::size_t queries() const { return queries_; }

private:
    Answer answer(z3::check_result r);

    z3::solver solver_;
    std::size_t queries_ = 0;
};

}  // namespace lexcheck::analysis::detail
