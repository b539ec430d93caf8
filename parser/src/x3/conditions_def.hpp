// LANGUAGE.md §3: conditions. Only conditions.cpp includes this file.
//
//   cond    := or
//   or      := and ("or" and)*
//   and     := not ("and" not)*
//   not     := "not" not | atom
//   atom    := "(" cond ")" | PATH suffix? | value compare?
//
// `(` and `not` go through nest[], which counts the depth and fails before recursing. The
// rules build no attribute tree: atoms, `not`, and `and`/`or` with two or more operands
// append postfix nodes to the declaration's cst::Conditions (Annotation, below).
#pragma once

#include "x3/conditions.hpp"
#include "x3/cst_adapted.hpp"
#include "x3/literals.hpp"
#include "x3/scanners.hpp"

namespace lexcheck::parser::grammar {

///////////////////////////////////////////////////////////////////////////////////////////////
// Annotation: the postfix node list (cst.hpp)
///////////////////////////////////////////////////////////////////////////////////////////////

/// Appends a node whose subtree ends with the `operands` subtrees before it
inline void add_node(ParseState& state, cst::CondNodeKind kind, std::uint32_t begin,
                     std::uint32_t end, std::uint32_t operands, std::uint32_t size,
                     std::uint32_t atom = 0) {
    cst::CondNode node;
    node.begin_offset = begin;
    node.end_offset = end;
    node.kind = kind;
    node.size = size;
    node.operands = operands;
    node.atom = atom;
    state.conditions->nodes.push_back(node);
}

/// `join<K>[p]`: the subtrees p added become the operands of one `and` / `or` node, whose
/// span is p's text; one operand stays as it is (`a` alone is no conjunction)
template <cst::CondNodeKind Kind, typename Subject>
struct join_directive : x3::unary_parser<Subject, join_directive<Kind, Subject>> {
    using base_type = x3::unary_parser<Subject, join_directive<Kind, Subject>>;
    static bool const is_pass_through_unary = true;

    constexpr explicit join_directive(Subject const& subject) : base_type(subject) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
        ParseState& state = x3::get<state_tag>(ctx);
        const auto& nodes = state.conditions->nodes;
        const std::size_t mark = nodes.size();
        It begin = first;
        x3::skip_over(begin, last, ctx);
        if (!this->subject.parse(first, last, ctx, rctx, x3::unused)) return false;
        std::uint32_t operands = 0;
        std::uint32_t size = 1;
        for (std::size_t end = nodes.size(); end > mark; end -= nodes[end - 1].size) {
            ++operands;
            size += nodes[end - 1].size;
        }
        if (operands > 1) {
            add_node(state, Kind, static_cast<std::uint32_t>(begin - state.base),
                     static_cast<std::uint32_t>(first - state.base), operands, size);
        }
        return true;
    }
};

template <cst::CondNodeKind Kind>
struct join_gen {
    template <typename Subject>
    constexpr join_directive<Kind, typename x3::extension::as_parser<Subject>::value_type>
    operator[](Subject const& subject) const {
        return join_directive<Kind, typename x3::extension::as_parser<Subject>::value_type>(
            x3::as_parser(subject));
    }
};

inline constexpr join_gen<cst::CondNodeKind::all_of> join_and{};
inline constexpr join_gen<cst::CondNodeKind::any_of> join_or{};

///////////////////////////////////////////////////////////////////////////////////////////////
// Rule IDs
///////////////////////////////////////////////////////////////////////////////////////////////

struct and_expr_class {};
struct not_expr_class {};
struct group_class {};
/// `not C`: a negation node over the subtree just before it
struct negation_class {
    template <typename It, typename Attr, typename Ctx>
    void on_success(It const& first, It const& last, Attr&, Ctx const& ctx) const {
        ParseState& state = x3::get<state_tag>(ctx);
        add_node(state, cst::CondNodeKind::negation, static_cast<std::uint32_t>(first - state.base),
                 static_cast<std::uint32_t>(last - state.base), 1,
                 1 + state.conditions->nodes.back().size);
    }
};
/// An atom: its span is written and it moves to the declaration's Conditions
template <typename Atom, cst::CondNodeKind Kind>
struct atom_node_class {
    template <typename It, typename Ctx>
    void on_success(It const& first, It const& last, Atom& ast, Ctx const& ctx) const {
        ParseState& state = x3::get<state_tag>(ctx);
        ast.begin_offset = static_cast<std::uint32_t>(first - state.base);
        ast.end_offset = static_cast<std::uint32_t>(last - state.base);
        auto& atoms = [&]() -> std::vector<Atom>& {
            if constexpr (Kind == cst::CondNodeKind::path_atom) {
                return state.conditions->path_atoms;
            } else {
                return state.conditions->value_atoms;
            }
        }();
        add_node(state, Kind, ast.begin_offset, ast.end_offset, 0, 1,
                 static_cast<std::uint32_t>(atoms.size()));
        atoms.push_back(std::move(ast));
    }
};
struct path_atom_class : atom_node_class<cst::PathAtom, cst::CondNodeKind::path_atom> {};
struct value_atom_class : atom_node_class<cst::ValueAtom, cst::CondNodeKind::value_atom> {};
struct path_suffix_class : annotate_position {};
struct binary_tail_class : annotate_position {};
struct compare_tail_class : annotate_position {};
struct set_tail_class : annotate_position {};
struct value_list_class {};
struct cond_token_class : annotate_position {};
struct cond_punct_class {};

condition_type const condition_rule = "condition";
x3::rule<and_expr_class> const and_expr = "condition";
x3::rule<not_expr_class> const not_expr = "condition";
x3::rule<negation_class> const negation = "condition";
x3::rule<group_class> const group = "condition";
x3::rule<path_atom_class, cst::PathAtom> const path_atom = "condition";
x3::rule<value_atom_class, cst::ValueAtom> const value_atom = "condition";
x3::rule<path_suffix_class, cst::PathSuffix> const path_suffix = "path_suffix";
x3::rule<binary_tail_class, cst::BinaryTail> const binary_tail = "binary_tail";
x3::rule<compare_tail_class, cst::BinaryTail> const compare_tail = "compare_tail";
x3::rule<set_tail_class, cst::SetTail> const set_tail = "set_tail";
x3::rule<value_list_class, std::vector<cst::Token>> const value_list = "value";

///////////////////////////////////////////////////////////////////////////////////////////////
// Rules
///////////////////////////////////////////////////////////////////////////////////////////////

/// A keyword as a token, so lowering knows which one and where it was
inline auto cond_kw(const char* word) {
    return x3::rule<cond_token_class, cst::Token>{word} = kw(word);
}
/// Punctuation named the way messages quote it: "expected `}`"
template <typename P>
auto punct(const char* name, P p) {
    return x3::rule<cond_punct_class>{name} = p;
}

auto const kw_and = kw("and");
auto const kw_or = kw("or");
auto const kw_not = kw("not");
auto const kw_has = kw("has");
auto const in_token = cond_kw("in");
auto const has_token = cond_kw("has");
auto const is_token = cond_kw("is");
auto const quantifier_token = x3::rule<cond_token_class, cst::Token>{"quantifier"} =
    kw("any") | kw("all");
auto const known_token = x3::rule<cond_token_class, cst::Token>{"known_or_unknown"} =
    kw("known") | kw("unknown") | kw("empty");
auto const bool_token = x3::rule<cond_token_class, cst::Token>{"value"} = bool_parser{};
auto const constant_token = x3::rule<cond_token_class, cst::Token>{"value"} =
    string_parser{} | numeric_parser{};
auto const compare_op = x3::rule<cond_token_class, cst::Token>{"compare_tail"} =
    compare_op_parser{};
/// path() of literals.hpp, here so that it inlines: a fact path or define name
auto const path_token = x3::rule<cond_token_class, cst::Token>{"path"} = ident_parser<true, true>{};

auto const open_brace = punct("`{`", x3::lit('{'));
auto const close_brace = punct("`}` or `,`", x3::lit('}'));
auto const close_paren = punct("`)`", x3::lit(')'));

// `or` and the atoms are no rules of their own: one call less per level, and nothing
// refers to them alone (a failure inside is worded as the enclosing "condition").
auto const condition_rule_def = x3::omit[join_or[and_expr >> *(kw_or > and_expr)]];
auto const and_expr_def = join_and[not_expr >> *(kw_and > not_expr)];
// The alternatives are told apart by their first token (a path or value never is `not`
// or `(`), so their order changes no parse; the common ones come first.
auto const not_expr_def =
    path_atom | value_atom | (&x3::lit('(') >> nest[group]) | (&kw_not >> nest[negation]);
auto const negation_def = kw_not > not_expr;
auto const group_def = '(' > condition_rule > close_paren;

auto const path_atom_def = path_token >> -(&path_suffix_start_parser{} >> path_suffix);
auto const path_suffix_def = set_tail | binary_tail;
auto const set_tail_def =
    (in_token > open_brace > value_list > close_brace) |
    (x3::omit[kw_has] >> quantifier_token > open_brace > value_list > close_brace);
auto const binary_tail_def =
    (compare_op > operand()) | (has_token > value()) | (is_token > known_token);
auto const compare_tail_def = compare_op > operand();
auto const value_list_def = value() % ',';
auto const value_atom_def = (bool_token >> -compare_tail) | (constant_token > compare_tail);

///////////////////////////////////////////////////////////////////////////////////////////////
// Grammar
///////////////////////////////////////////////////////////////////////////////////////////////

BOOST_SPIRIT_DEFINE(condition_rule, and_expr, not_expr, negation, group, path_atom, value_atom,
                    path_suffix, binary_tail, compare_tail, set_tail, value_list)

condition_type const& condition() {
    return condition_rule;
}

}  // namespace lexcheck::parser::grammar
