// Evaluating conditions on one measure with Kleene's three-valued logic (LANGUAGE.md §5.6).
#pragma once

#include "compiled.hpp"

#include "lexcheck/core/finding.hpp"

#include <vector>

namespace lexcheck::checker::detail {

using core::Truth;

Truth kleene_not(Truth t);
Truth kleene_and(Truth a, Truth b);
Truth kleene_or(Truth a, Truth b);

/// One measure's facts addressed by fact index, with the built-in facts filled in.
/// Reused across measures by one thread, so loading a measure does not allocate.
class MeasureView {
public:
    explicit MeasureView(std::size_t fact_count);

    void load(const core::Measure& m);
    void clear();

    const core::FactValue* fact(std::uint32_t index) const { return slots_[index]; }
    const core::Measure& measure() const { return *measure_; }

private:
    std::vector<const core::FactValue*> slots_;
    std::vector<std::uint32_t> loaded_;
    const core::Measure* measure_ = nullptr;
    core::FactValue jurisdiction_, in_force_, until_, affects_;
};

/// The value of one atom (any condition that is not and/or/not or a define reference)
Truth evaluate_atom(const core::Condition& c, const MeasureView& view);

/// Evaluates compiled programs; define values are computed once per measure
class FastEvaluator {
public:
    FastEvaluator(const CompiledRules& compiled, const MeasureView& view);

    /// Computes every define for the loaded measure, dependencies first
    void load_defines();
    Truth run(const Program& p);

private:
    const CompiledRules& compiled_;
    const MeasureView& view_;
    std::vector<Truth> defines_;
    std::vector<Truth> stack_;
};

}  // namespace lexcheck::checker::detail
