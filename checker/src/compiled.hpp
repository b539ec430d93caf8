// Rules compiled once per check: conditions as flat postfix programs over fact slots,
// defines in dependency order, exception trees in post-order, and the scope index.
#pragma once

#include "lexcheck/checker/check.hpp"

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace lexcheck::checker::detail {

enum class Op : std::uint8_t { atom, fact_compare, fact_has, define, all_of, any_of, negation };

/// One postfix instruction: an atom (a Condition evaluated on the measure's facts), one of
/// the two commonest atoms decoded ahead, a define's value, or a Kleene connective over the
/// last `arg` results
struct Instr {
    Op op;
    std::uint32_t arg;  ///< CondId for atom, SimpleAtom index for fact_compare/fact_has,
                        ///< define index, or operand count
};

/// `fact OP constant` on an integer-backed fact (bool, int, date, duration, enum), or
/// `set_fact has member`, decoded once so that evaluating it reads 24 bytes, not a Condition
struct SimpleAtom {
    std::uint32_t fact;
    core::CompareOp op;  ///< With the fact on the left (`3 < x` is kept as `x > 3`)
    std::int64_t constant;
};

/// A condition compiled to postfix: `size` instructions from `begin` in CompiledRules::code
/// (one arena for every program, so 10^6 defines are not 10^6 allocations); empty means
/// "no condition"
struct Program {
    std::uint32_t begin = 0;
    std::uint32_t size = 0;
    core::CondId root = core::kNone;
};

struct CompiledProvision {
    Program scope;
    Program norm;  ///< prohibits/requires, or an exception's `when`
    std::vector<Program> unless;
    bool in_force = false;  ///< On the as-of date
    /// Exception provisions below this one, each after its own exceptions (post-order)
    std::vector<std::uint32_t> exception_order;
    /// LANGUAGE.md §8: this provision (if it has readings) and the exceptions below it that
    /// have readings, in point order (itself first, then by provision id); empty for most
    std::vector<std::uint32_t> points;
};

/// A reading's programs: what it replaces, else its provision's own
struct CompiledReading {
    Program scope;
    Program norm;
};

struct CompiledRules {
    const core::RuleSet* rules = nullptr;
    core::Date as_of;
    std::vector<Instr> code;                    ///< Every Program's instructions
    std::vector<SimpleAtom> simple_atoms;       ///< Operands of fact_compare / fact_has
    std::vector<CompiledProvision> provisions;  ///< Parallel to RuleSet::provisions
    std::vector<CompiledReading> readings;      ///< Parallel to RuleSet::readings
    std::vector<Program> defines;               ///< Parallel to RuleSet::defines
    std::vector<std::uint32_t> define_order;    ///< Dependencies first
    std::vector<std::uint32_t> decided;         ///< Non-exception provisions, sorted by id

    // Scope index (never changes an outcome): provisions whose scope has a top-level
    // conjunct `key == v` / `key in {…}` are listed under those values only.
    std::uint32_t index_fact = core::kNone;
    std::vector<std::vector<std::uint32_t>> by_value;  ///< Enum value -> positions in `decided`
    std::vector<std::uint32_t> unindexed;              ///< Positions in `decided`
    /// What candidates() answers, computed once: by_value[v] merged with unindexed, and
    /// every position (for an absent or unindexed value)
    std::vector<std::vector<std::uint32_t>> candidates_by_value;
    std::vector<std::uint32_t> every_position;

    /// The texts and fact reads of the traces made with these rules: shared by every finding
    /// traced, so a condition's text is made once per run, not once per step (issue 20)
    std::shared_ptr<core::TraceStore> store = std::make_shared<core::TraceStore>();
};

CompiledRules compile(const core::RuleSet& rules, core::Date as_of);

/// The instruction for atom `id`: decoded ahead when it is a fact compared with an
/// integer-backed constant of the same kind, or a set fact tested for one member; else the
/// generic `atom`, which reads the Condition (evaluate_atom) (appended to `simple` when decoded)
Instr atom_instr(const core::RuleSet& rules, core::CondId id, std::vector<SimpleAtom>& simple);

/// Positions in `decided` that a measure whose index fact has `value` (or is absent:
/// kNone) must be evaluated against, in ascending order (precomputed: no allocation)
const std::vector<std::uint32_t>& candidates(const CompiledRules& c, std::uint32_t value);

}  // namespace lexcheck::checker::detail
