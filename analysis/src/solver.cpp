#include "solver.hpp"

namespace lexcheck::analysis::detail {

Solver::Solver(z3::context& ctx, const SolverLimits& limits) : solver_(ctx, z3::solver::simple()) {
    z3::params p(ctx);
    p.set("rlimit", limits.steps);
    if (limits.timeout_ms) p.set("timeout", limits.timeout_ms);
    solver_.set(p);
}

void Solver::add(const z3::expr_vector& v) {
    for (unsigned i = 0; i < v.size(); ++i) solver_.add(v[i]);
}

Answer Solver::answer(z3::check_result r) {
    ++queries_;
    switch (r) {
        case z3::sat:
            return Answer::sat;
        case z3::unsat:
            return Answer::unsat;
        default:
            return Answer::limit;
    }
}

Answer Solver::check() {
    return answer(solver_.check());
}

Answer Solver::check(const std::vector<z3::expr>& assumptions) {
    z3::expr_vector v(solver_.ctx());
    for (const z3::expr& e : assumptions) v.push_back(e);
    return answer(solver_.check(v));
}

}  // namespace lexcheck::analysis::detail
