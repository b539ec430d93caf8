// Values chosen the same way every time, and the way a lawyer would look first: nearest to
// a measure's own value among the constants the rules compare a fact with, the fewest members
// of a set changed (docs/remedies.md). Whatever solver state came before, the choice is the
// first candidate in a fixed order that the solver accepts.
#pragma once

#include "fact_usage.hpp"
#include "fact_vars.hpp"
#include "solver.hpp"

#include <optional>
#include <vector>

namespace lexcheck::analysis::detail {

class ValueChooser {
public:
    ValueChooser(Solver& solver, FactVars& facts, const FactUsage& usage, core::Date as_of)
        : solver_(solver), facts_(facts), usage_(usage), as_of_(as_of) {}

    /// Adds to `assumptions` the value of `fact` (known, and satisfiable with them), best
    /// first from `current` (nullopt: unknown); false at the limit or when nothing works
    bool choose(std::uint32_t fact, const std::optional<core::Value>& current,
                std::vector<z3::expr>& assumptions, Answer& answer);

private:
    /// The first of `options` that works with `assumptions`
    std::optional<std::size_t> first_working(const std::vector<z3::expr>& options,
                                             std::vector<z3::expr>& assumptions, Answer& answer);
    bool choose_value(std::uint32_t fact, const std::optional<core::Value>& current,
                      std::vector<z3::expr>& assumptions, Answer& answer);
    bool choose_set(std::uint32_t fact, const std::optional<core::Value>& current,
                    std::vector<z3::expr>& assumptions, Answer& answer);

    Solver& solver_;
    FactVars& facts_;
    const FactUsage& usage_;
    core::Date as_of_;
};

}  // namespace lexcheck::analysis::detail
