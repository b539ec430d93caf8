#include "trace_walk.hpp"

#include "reserve.hpp"

#include <algorithm>

namespace lexcheck::checker::detail {

using core::CondKind;

void TraceWalk::walk(const core::RuleSet& rules, const MeasureView& view, core::CondId root) {
    nodes_.clear();
    frames_.clear();
    unknown_children_.clear();
    shared_ = false;
    if (define_node_.size() != rules.defines.size()) {
        define_node_.assign(rules.defines.size(), core::kNone);
        // A walk visits each condition of the arena at most once (a define's body only at its
        // first use), so this bounds nodes and depth: no reallocation, no copy of a deep
        // walk. Pages are only touched as far as a walk goes.
        nodes_.reserve(rules.conditions.size());
        frames_.reserve(rules.conditions.size());
    }
    enter(rules, view, root);
    while (!frames_.empty()) {
        Frame& top = frames_.back();
        if (top.next != top.end) {
            enter(rules, view, *top.next++);  // may grow frames_: `top` is not used after this
            continue;
        }
        finish();
    }
    // INVARIANT: define_node_ is all kNone between walks.
    for (std::uint32_t d : touched_) define_node_[d] = core::kNone;
    touched_.clear();
}

void TraceWalk::enter(const core::RuleSet& rules, const MeasureView& view, core::CondId id) {
    auto index = static_cast<std::uint32_t>(nodes_.size());
    auto depth = static_cast<std::uint32_t>(frames_.size());
    WalkNode& n = nodes_.emplace_back();
    n.cond = id;
    n.depth = depth;
    const core::Condition& c = rules.conditions[id];
    if (std::uint32_t d = define_of(c); d != core::kNone) {
        if (std::uint32_t first = define_node_[d]; first != core::kNone) {
            n.value = nodes_[first].value;
            n.missing = nodes_[first].missing;  // shared, not copied
            n.leaf = n.shared = true;
            n.first = first;
            shared_ = true;
            n.end = index + 1;
            fold_into_parent(index);
            return;
        }
        const core::CondId* body = &rules.defines[d].condition;
        frames_.push_back({index, body, body + 1, d,
                           static_cast<std::uint32_t>(unknown_children_.size()), c.kind,
                           Truth::yes});
        return;
    }
    if (is_connective(c)) {
        frames_.push_back({index, c.children.data(), c.children.data() + c.children.size(),
                           core::kNone, static_cast<std::uint32_t>(unknown_children_.size()),
                           c.kind, c.kind == CondKind::any_of ? Truth::no : Truth::yes});
        return;
    }
    n.leaf = true;
    n.end = index + 1;
    n.value = evaluate_atom(c, view);
    if (n.value == Truth::unknown) n.missing = atom_missing(c, view);
    fold_into_parent(index);
}

void TraceWalk::finish() {
    Frame f = frames_.back();
    frames_.pop_back();
    WalkNode& n = nodes_[f.node];
    n.value = f.kind == CondKind::negation ? kleene_not(f.value) : f.value;
    n.end = static_cast<std::uint32_t>(nodes_.size());
    // Only through unknown nodes: in `false and x` the absent x is not listed.
    if (n.value == Truth::unknown) n.missing = union_of_unknown_children(f.unknown_from);
    unknown_children_.resize(f.unknown_from);
    if (f.define != core::kNone) {
        define_node_[f.define] = f.node;
        touched_.push_back(f.define);
    }
    fold_into_parent(f.node);
}

void TraceWalk::fold_into_parent(std::uint32_t node) {
    if (frames_.empty()) return;
    Frame& parent = frames_.back();
    const WalkNode& n = nodes_[node];
    parent.value = parent.kind == CondKind::any_of ? kleene_or(parent.value, n.value)
                                                   : kleene_and(parent.value, n.value);
    if (n.value == Truth::unknown) unknown_children_.push_back(n.missing);
}

void TraceWalk::decisive(const core::RuleSet& rules, std::vector<core::ReasonStep>& out) {
    if (nodes_.empty()) return;
    // A node is met twice only through a later use of a define: without one, no marks.
    if (shared_) seen_.assign(nodes_.size(), 0);
    pending_.assign(1, 0);
    while (!pending_.empty()) {
        const std::uint32_t at = pending_.back();
        pending_.pop_back();
        if (shared_) {
            if (seen_[at]) continue;  // a define met again: its steps are out already
            seen_[at] = 1;
        }
        const WalkNode& n = nodes_[at];
        const core::Condition& c = rules.conditions[n.cond];
        if (std::uint32_t d = define_of(c); d != core::kNone) {
            if (rules.define_label(d)) {
                out.push_back({n.cond, n.value});
            } else if (n.shared) {
                pending_.push_back(n.first);
            } else if (n.end > at + 1) {
                pending_.push_back(at + 1);  // the define's body
            }
            continue;
        }
        if (n.leaf || !is_connective(c)) {
            if (c.kind != CondKind::constant) out.push_back({n.cond, n.value});
            continue;
        }
        // Operands, pushed last to first so that they are visited in order. A false `and`
        // (true `or`) is decided by its first false (true) operand alone.
        const Truth deciding = c.kind == CondKind::all_of ? Truth::no : Truth::yes;
        const std::size_t mark = pending_.size();
        for (std::uint32_t k = at + 1; k < n.end; k = nodes_[k].end) {
            const Truth v = nodes_[k].value;
            bool keep = true;  // `not`, a true `and`, a false `or`: every operand
            if (c.kind != CondKind::negation && n.value == Truth::unknown)
                keep = v == Truth::unknown;
            if (c.kind != CondKind::negation && n.value == deciding) keep = v == deciding;
            if (!keep) continue;
            pending_.push_back(k);
            if (c.kind != CondKind::negation && n.value == deciding) break;
        }
        std::reverse(pending_.begin() + static_cast<std::ptrdiff_t>(mark), pending_.end());
    }
}

FactRange TraceWalk::atom_missing(const core::Condition& c, const MeasureView& view) {
    auto begin = static_cast<std::uint32_t>(missing_.size());
    for_each_fact_read(c, [&](std::uint32_t f) {
        if (!view.fact(f)) missing_.push_back(f);
    });
    std::sort(missing_.begin() + begin, missing_.end());
    missing_.erase(std::unique(missing_.begin() + begin, missing_.end()), missing_.end());
    return {begin, static_cast<std::uint32_t>(missing_.size())};
}

FactRange TraceWalk::union_of_unknown_children(std::uint32_t from) {
    const std::size_t count = unknown_children_.size() - from;
    // One unknown child (a define, a `not`, or `false and x`): its facts, not a copy.
    if (count == 1) return unknown_children_[from];
    std::size_t total = 0;
    for (std::size_t i = from; i < unknown_children_.size(); ++i)
        total += unknown_children_[i].end - unknown_children_[i].begin;
    auto begin = static_cast<std::uint32_t>(missing_.size());
    reserve_more(missing_, total);  // no reallocation while copying from itself
    for (std::size_t i = from; i < unknown_children_.size(); ++i) {
        for (std::uint32_t k = unknown_children_[i].begin; k < unknown_children_[i].end; ++k)
            missing_.push_back(missing_[k]);
    }
    std::sort(missing_.begin() + begin, missing_.end());
    missing_.erase(std::unique(missing_.begin() + begin, missing_.end()), missing_.end());
    return {begin, static_cast<std::uint32_t>(missing_.size())};
}

}  // namespace lexcheck::checker::detail
