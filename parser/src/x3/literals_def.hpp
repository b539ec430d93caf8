// LANGUAGE.md §1: the token rules. Only literals.cpp includes this file.
#pragma once

#include "x3/literals.hpp"
#include "x3/scanners.hpp"

namespace lexcheck::parser::grammar {

///////////////////////////////////////////////////////////////////////////////////////////////
// Rule IDs
///////////////////////////////////////////////////////////////////////////////////////////////

identifier_type const identifier_rule = "identifier";
qualified_id_type const qualified_id_rule = "qualified_id";
fact_path_type const fact_path_rule = "fact_path";
path_type const path_rule = "path";
state_code_type const state_code_rule = "state";
string_literal_type const string_literal_rule = "string";
date_type const date_rule = "date";
value_type const value_rule = "value";
operand_type const operand_rule = "operand";

///////////////////////////////////////////////////////////////////////////////////////////////
// Rules
///////////////////////////////////////////////////////////////////////////////////////////////

inline constexpr ident_parser<false, false> plain_ident{};
inline constexpr ident_parser<true, false> dotted_ident{};
inline constexpr ident_parser<false, true> enum_value_ident{};
inline constexpr ident_parser<true, true> condition_path{};

auto const identifier_rule_def = plain_ident;
auto const qualified_id_rule_def = dotted_ident;
auto const fact_path_rule_def = dotted_ident;
auto const path_rule_def = condition_path;
auto const state_code_rule_def = plain_ident;
auto const string_literal_rule_def = string_parser{};
auto const date_rule_def = numeric_parser{};
auto const value_rule_def = string_parser{} | numeric_parser{} | bool_parser{} | enum_value_ident;
auto const operand_rule_def = string_parser{} | numeric_parser{} | bool_parser{} | condition_path;

///////////////////////////////////////////////////////////////////////////////////////////////
// Grammar
///////////////////////////////////////////////////////////////////////////////////////////////

BOOST_SPIRIT_DEFINE(identifier_rule, qualified_id_rule, fact_path_rule, path_rule, state_code_rule,
                    string_literal_rule, date_rule, value_rule, operand_rule)

identifier_type const& identifier() {
    return identifier_rule;
}
qualified_id_type const& qualified_id() {
    return qualified_id_rule;
}
fact_path_type const& fact_path() {
    return fact_path_rule;
}
path_type const& path() {
    return path_rule;
}
state_code_type const& state_code() {
    return state_code_rule;
}
string_literal_type const& string_literal() {
    return string_literal_rule;
}
date_type const& date() {
    return date_rule;
}
value_type const& value() {
    return value_rule;
}
operand_type const& operand() {
    return operand_rule;
}

}  // namespace lexcheck::parser::grammar
