// LANGUAGE.md §3: condition trees into the RuleSet arena. `and`/`or` chains become one
// n-ary node, `not` a negation, parentheses no node at all. Children are added before
// their parent; every node's span is exactly its source text.
#include "lower.hpp"

#include <boost/variant/apply_visitor.hpp>

namespace lexcheck::parser::detail {

core::CondId Lowerer::condition(const cst::OrExpr& expr) {
    if (expr.size() == 1) return and_expr(expr.front());
    std::vector<core::CondId> children;
    children.reserve(expr.size());
    for (const cst::AndExpr& term : expr) children.push_back(and_expr(term));
    auto [id, c] = new_condition(core::CondKind::any_of, span(expr));
    c.children = std::move(children);
    return id;
}

core::CondId Lowerer::and_expr(const cst::AndExpr& expr) {
    if (expr.size() == 1) return not_expr(expr.front());
    std::vector<core::CondId> children;
    children.reserve(expr.size());
    for (const cst::NotExpr& term : expr) children.push_back(not_expr(term));
    auto [id, c] = new_condition(core::CondKind::all_of, span(expr));
    c.children = std::move(children);
    return id;
}

core::CondId Lowerer::not_expr(const cst::NotExpr& expr) {
    struct Visitor {
        Lowerer& self;
        core::CondId operator()(const cst::Negation& n) const {
            core::CondId child = self.not_expr(n.operand);
            auto [id, c] = self.new_condition(core::CondKind::negation, self.span(n));
            c.children.push_back(child);
            return id;
        }
        core::CondId operator()(const cst::Atom& a) const { return self.atom(a); }
    };
    return boost::apply_visitor(Visitor{*this}, expr);
}

core::CondId Lowerer::atom(const cst::Atom& a) {
    struct Visitor {
        Lowerer& self;
        core::CondId operator()(const cst::OrExpr& inner) const { return self.condition(inner); }
        core::CondId operator()(const cst::PathAtom& p) const { return self.path_atom(p); }
        core::CondId operator()(const cst::ValueAtom& v) const { return self.value_atom(v); }
    };
    return boost::apply_visitor(Visitor{*this}, a);
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
        c.path = name(p.path);
        return id;
    }
    if (const auto* set = boost::get<cst::SetTail>(&p.suffix->get())) {
        std::string_view op = slice(set->op);
        auto kind = op == "in"    ? core::CondKind::in
                    : op == "any" ? core::CondKind::has_any
                                  : core::CondKind::has_all;
        auto [id, c] = new_condition(kind, span(p));
        c.path = name(p.path);
        c.values.reserve(set->values.size());
        for (const cst::Token& v : set->values) c.values.push_back(literal(v));
        return id;
    }
    const auto& tail = boost::get<cst::BinaryTail>(p.suffix->get());
    std::string_view op = slice(tail.op);
    if (op == "has") {
        auto [id, c] = new_condition(core::CondKind::has, span(p));
        c.path = name(p.path);
        c.values.push_back(literal(tail.rhs));
        return id;
    }
    if (op == "is") {
        auto kind =
            slice(tail.rhs) == "known" ? core::CondKind::is_known : core::CondKind::is_unknown;
        auto [id, c] = new_condition(kind, span(p));
        c.path = name(p.path);
        return id;
    }
    auto [id, c] = new_condition(core::CondKind::compare, span(p));
    c.op = compare_op(op);
    c.lhs = {core::LiteralKind::identifier, std::string(slice(p.path)), span(p.path)};
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
