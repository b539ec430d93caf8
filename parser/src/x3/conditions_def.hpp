// LANGUAGE.md §3: conditions. Only conditions.cpp includes this file.
//
//   cond    := or
//   or      := and ("or" and)*
//   and     := not ("and" not)*
//   not     := "not" not | atom
//   atom    := "(" cond ")" | PATH suffix? | value compare?
//
// `(` and `not` go through nest[], which counts the depth and fails before recursing.
#pragma once

#include "x3/conditions.hpp"
#include "x3/cst_adapted.hpp"
#include "x3/literals.hpp"
#include "x3/scanners.hpp"

namespace lexcheck::parser::grammar {

///////////////////////////////////////////////////////////////////////////////////////////////
// Rule IDs
///////////////////////////////////////////////////////////////////////////////////////////////

struct or_expr_class : annotate_position {};
struct and_expr_class : annotate_position {};
struct not_expr_class : annotate_position {};
struct negation_class : annotate_position {};
struct atom_class : annotate_position {};
/// `( cond )`: X3 moves the inner terms into this rule's container, so the span is rebuilt
/// from them: the text inside the parentheses
struct group_class {
    template <typename It, typename Ctx>
    void on_success(It const&, It const&, cst::OrExpr& ast, Ctx const&) const {
        if (ast.empty()) return;
        ast.begin_offset = ast.front().begin_offset;
        ast.end_offset = ast.back().end_offset;
    }
};
struct path_atom_class : annotate_position {};
struct value_atom_class : annotate_position {};
struct path_suffix_class : annotate_position {};
struct binary_tail_class : annotate_position {};
struct compare_tail_class : annotate_position {};
struct set_tail_class : annotate_position {};
struct value_list_class {};
struct cond_token_class : annotate_position {};
struct cond_punct_class {};

condition_type const condition_rule = "condition";
x3::rule<or_expr_class, cst::OrExpr> const or_expr = "condition";
x3::rule<and_expr_class, cst::AndExpr> const and_expr = "condition";
x3::rule<not_expr_class, cst::NotExpr> const not_expr = "condition";
x3::rule<negation_class, cst::Negation> const negation = "condition";
x3::rule<atom_class, cst::Atom> const atom = "condition";
x3::rule<group_class, cst::OrExpr> const group = "condition";
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
auto const not_token = cond_kw("not");
auto const in_token = cond_kw("in");
auto const has_token = cond_kw("has");
auto const is_token = cond_kw("is");
auto const quantifier_token = x3::rule<cond_token_class, cst::Token>{"quantifier"} =
    kw("any") | kw("all");
auto const known_token = x3::rule<cond_token_class, cst::Token>{"known_or_unknown"} =
    kw("known") | kw("unknown");
auto const bool_token = x3::rule<cond_token_class, cst::Token>{"value"} = bool_parser{};
auto const constant_token = x3::rule<cond_token_class, cst::Token>{"value"} =
    string_parser{} | numeric_parser{};
auto const compare_op = x3::rule<cond_token_class, cst::Token>{"compare_tail"} =
    compare_op_parser{};

auto const open_brace = punct("`{`", x3::lit('{'));
auto const close_brace = punct("`}` or `,`", x3::lit('}'));
auto const close_paren = punct("`)`", x3::lit(')'));

auto const condition_rule_def = or_expr;
auto const or_expr_def = and_expr >> *(kw_or > and_expr);
auto const and_expr_def = not_expr >> *(kw_and > not_expr);
// The alternatives are told apart by their first token (a path or value never is `not`
// or `(`), so their order changes no parse; the common ones come first because X3 builds
// each tried alternative's attribute, and the recursive ones are allocated on the heap.
auto const not_expr_def = atom | (&kw_not >> nest[negation]);
auto const negation_def = not_token > not_expr;
auto const atom_def = path_atom | value_atom | (&x3::lit('(') >> nest[group]);
auto const group_def = '(' > condition_rule > close_paren;

auto const path_atom_def = path() >> -path_suffix;
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

BOOST_SPIRIT_DEFINE(condition_rule, or_expr, and_expr, not_expr, negation, atom, group, path_atom,
                    value_atom, path_suffix, binary_tail, compare_tail, set_tail, value_list)

condition_type const& condition() {
    return condition_rule;
}

}  // namespace lexcheck::parser::grammar
