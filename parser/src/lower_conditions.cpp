// LANGUAGE.md §3: condition trees into the RuleSet arena, from the parser's postfix nodes.
// `and`/`or` chains are one n-ary node, `not` a negation, parentheses no node at all.
// Children are added before their parent; every node's span is exactly its source text.
#include "lower.hpp"

#include <boost/variant/get.hpp>

namespace lexcheck::parser::detail {

core::CondId Lowerer::condition(cst::CondRef ref) {
    const auto& nodes = conditions_->nodes;
    // The subtree is the `size` nodes that end at the root, in postfix order: operands
    // before their connective, as the arena wants them. An explicit stack, any depth.
    const std::uint32_t first = ref.root + 1 - nodes[ref.root].size;
    operands_.clear();
    for (std::uint32_t i = first; i <= ref.root; ++i) {
        const cst::CondNode& n = nodes[i];
        switch (n.kind) {
            case cst::CondNodeKind::path_atom:
                operands_.push_back(path_atom(conditions_->path_atoms[n.atom]));
                break;
            case cst::CondNodeKind::value_atom:
                operands_.push_back(value_atom(conditions_->value_atoms[n.atom]));
                break;
            case cst::CondNodeKind::negation: {
                auto [id, c] = new_condition(core::CondKind::negation, span(n));
                c.children.push_back(operands_.back());
                operands_.back() = id;
                break;
            }
            default: {
                auto kind = n.kind == cst::CondNodeKind::all_of ? core::CondKind::all_of
                                                                : core::CondKind::any_of;
                auto [id, c] = new_condition(kind, span(n));
                c.children.assign(operands_.end() - n.operands, operands_.end());
                operands_.resize(operands_.size() - n.operands);
                operands_.push_back(id);
                break;
            }
        }
    }
    // INVARIANT: a subtree leaves exactly its root.
    return operands_.back();
}

namespace {

core::CompareOp compare_op(std::string_view op) {
    if (op == "==") return core::CompareOp::eq;
    if (op == "!=") return core::CompareOp::ne;
    if (op == "<") return core::CompareOp::lt;
    if (op == "<=") return core::CompareOp::le;
    if (op == ">") return core::CompareOp::gt;
    return core::CompareOp::ge;
}

}  // namespace

// Atoms are built in place: nothing below adds to the arena while `c` is filled.
core::CondId Lowerer::path_atom(const cst::PathAtom& p) {
    if (!p.suffix) {
        auto [id, c] = new_condition(core::CondKind::reference, span(p));
        set_name(c.path, p.path);
        return id;
    }
    if (const auto* set = boost::get<cst::SetTail>(&p.suffix->get())) {
        std::string_view op = slice(set->op);
        auto kind = op == "in"    ? core::CondKind::in
                    : op == "any" ? core::CondKind::has_any
                                  : core::CondKind::has_all;
        auto [id, c] = new_condition(kind, span(p));
        set_name(c.path, p.path);
        c.values.reserve(set->values.size());
        for (const cst::Token& v : set->values) c.values.push_back(literal(v));
        return id;
    }
    const auto& tail = boost::get<cst::BinaryTail>(p.suffix->get());
    std::string_view op = slice(tail.op);
    if (op == "has") {
        auto [id, c] = new_condition(core::CondKind::has, span(p));
        set_name(c.path, p.path);
        c.values.push_back(literal(tail.rhs));
        return id;
    }
    if (op == "is") {
        std::string_view word = slice(tail.rhs);
        auto kind = word == "known"     ? core::CondKind::is_known
                    : word == "unknown" ? core::CondKind::is_unknown
                                        : core::CondKind::is_empty;
        auto [id, c] = new_condition(kind, span(p));
        set_name(c.path, p.path);
        return id;
    }
    auto [id, c] = new_condition(core::CondKind::compare, span(p));
    c.op = compare_op(op);
    c.lhs = {std::string(slice(p.path)), span(p.path), core::LiteralKind::identifier};
    c.rhs = literal(tail.rhs);
    return id;
}

core::CondId Lowerer::value_atom(const cst::ValueAtom& v) {
    if (!v.tail) {
        // INVARIANT: the grammar allows a lone value only for `true` / `false`.
        auto [id, c] = new_condition(core::CondKind::constant, span(v));
        c.constant = slice(v.value) == "true";
        return id;
    }
    auto [id, c] = new_condition(core::CondKind::compare, span(v));
    c.op = compare_op(slice(v.tail->op));
    c.lhs = literal(v.value);
    c.rhs = literal(v.tail->rhs);
    return id;
}

}  // namespace lexcheck::parser::detail
