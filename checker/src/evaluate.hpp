// Evaluating conditions on one measure with Kleene's three-valued logic (LANGUAGE.md §5.6).
#pragma once

#include "compiled.hpp"

#include "lexcheck/core/finding.hpp"

#include <span>
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
    /// Measure `i` of `list`, whose head is `head`, read where it lies (a cached record is not
    /// built unless it has `affects`, which few measures have)
    void load(const core::MeasureList& list, std::size_t i, const core::MeasureHead& head);
    /// Where the loaded measure's facts were written, for a trace: a record is loaded without
    /// them (deciding never reads them, and a run that lists nothing leaves them on disk)
    void add_spans();
    void clear();

    const core::FactValue* fact(std::uint32_t index) const { return slots_[index]; }
    const std::string& jurisdiction() const { return jurisdiction_.value.text; }

private:
    void load_head(const core::MeasureHead& m);
    void load_facts(std::span<const core::FactValue> facts);

    std::vector<const core::FactValue*> slots_;
    std::vector<std::uint32_t> loaded_;
    std::vector<core::FactValue> scratch_;  ///< A cached record's facts
    /// The list and index of a record loaded without spans (add_spans), else null
    const core::MeasureList* unspanned_list_ = nullptr;
    std::size_t unspanned_index_ = 0;
    core::FactValue jurisdiction_, in_force_, until_, affects_;
};

/// The value of one atom (any condition that is not and/or/not or a define reference)
Truth evaluate_atom(const core::Condition& c, const MeasureView& view);
/// The value of atom `in` made by atom_instr, whose decoded atoms are `simple`
Truth evaluate_atom(const Instr& in, const std::vector<SimpleAtom>& simple,
                    const core::RuleSet& rules, const MeasureView& view);

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
