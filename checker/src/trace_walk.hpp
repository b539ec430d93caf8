// One condition tree walked for a trace: its nodes in pre-order (the trace's order) with
// depth and value, and the facts whose absence left a node unknown (LANGUAGE.md §5.7).
// Storage is flat and reused from walk to walk, so tracing allocates little per step.
#pragma once

#include "evaluate.hpp"

#include "lexcheck/core/rule_set.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace lexcheck::checker::detail {

/// A range of TraceWalk::missing_facts(): sorted, distinct fact indices
struct FactRange {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

/// A node of the walked tree, define references expanded
struct WalkNode {
    core::CondId cond = core::kNone;
    std::uint32_t depth = 0;  ///< 0 for the root
    Truth value = Truth::unknown;
    bool leaf = false;      ///< No sub-steps: an atom, or a define expanded earlier in the walk
    bool shared = false;    ///< A define expanded earlier in the walk: its value, no facts read
    FactRange missing;      ///< Empty unless the value is unknown
    std::uint32_t end = 0;  ///< Its subtree is the nodes [this node, end)
    std::uint32_t first = core::kNone;  ///< Shared: the node that expanded the define
};

class TraceWalk {
public:
    /// Walks the tree at `root` depth-first with an explicit stack (no recursion, whatever
    /// the depth). A define is expanded at its first use in this walk only; later uses take
    /// its value and missing facts, so shared defines cost linear, not exponential, time.
    /// Replaces nodes(); appends to the missing facts.
    void walk(const core::RuleSet& rules, const MeasureView& view, core::CondId root);

    const std::vector<WalkNode>& nodes() const { return nodes_; }
    std::span<const std::uint32_t> missing_facts(FactRange r) const {
        return {missing_.data() + r.begin, missing_.data() + r.end};
    }
    /// Forgets the missing facts of earlier walks (their ranges become invalid)
    void clear_missing() { missing_.clear(); }

    /// Appends the decisive steps of the last walk (LANGUAGE.md §13), in the order a full walk
    /// meets them, each once: a false `and` gives its first false operand, a true `or` its
    /// first true one, a true `and` or a false `or` every operand, an unknown node its unknown
    /// operands, `not` its operand; an atom or a define with a label is a step, and a later use
    /// of a define is explained by its first expansion (a full walk would give the same steps)
    void decisive(const core::RuleSet& rules, std::vector<core::ReasonStep>& out);

private:
    struct Frame {
        std::uint32_t node;
        const core::CondId* next;  ///< Children still to walk: [next, end)
        const core::CondId* end;
        std::uint32_t define;        ///< The define a reference expands, else kNone
        std::uint32_t unknown_from;  ///< Where this node's unknown children start
        core::CondKind kind;
        Truth value;  ///< The children folded so far
    };

    void enter(const core::RuleSet& rules, const MeasureView& view, core::CondId id);
    void finish();
    void fold_into_parent(std::uint32_t node);
    FactRange atom_missing(const core::Condition& c, const MeasureView& view);
    FactRange union_of_unknown_children(std::uint32_t from);

    std::vector<WalkNode> nodes_;
    std::vector<Frame> frames_;
    std::vector<FactRange> unknown_children_;  ///< Of the open frames, innermost last
    std::vector<std::uint32_t> missing_;
    std::vector<std::uint32_t> define_node_;  ///< Per define: its node in this walk, or kNone
    std::vector<std::uint32_t> touched_;      ///< Defines to reset in define_node_
    std::vector<std::uint32_t> pending_;      ///< decisive(): nodes still to visit
    std::vector<std::uint8_t> seen_;          ///< decisive(): per node, visited
    bool shared_ = false;                     ///< The last walk met a define again
};

/// An `and`, `or` or `not` with operands: a node a walk descends into
inline bool is_connective(const core::Condition& c) {
    return (c.kind == core::CondKind::all_of || c.kind == core::CondKind::any_of ||
            c.kind == core::CondKind::negation) &&
           !c.children.empty();
}

/// The define a reference names, else kNone
inline std::uint32_t define_of(const core::Condition& c) {
    return c.kind == core::CondKind::reference ? c.path_resolved.define : core::kNone;
}

/// Facts an atom reads, in the order the trace lists them: lhs, rhs, path
template <typename F>
void for_each_fact_read(const core::Condition& c, F&& f) {
    for (const core::Resolved* r : {&c.lhs_resolved, &c.rhs_resolved, &c.path_resolved}) {
        if (r->fact != core::kNone) f(r->fact);
    }
}

}  // namespace lexcheck::checker::detail
