// Token rules of LANGUAGE.md §1 shared by the declaration and condition grammars.
#pragma once

#include "x3/config.hpp"
#include "x3/cst.hpp"
#include "x3/error_handler.hpp"

#include <boost/spirit/home/x3.hpp>

namespace lexcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

struct identifier_class : annotate_position {};
struct qualified_id_class : annotate_position {};
struct fact_path_class : annotate_position {};
struct path_class : annotate_position {};
struct state_code_class : annotate_position {};
struct string_literal_class : annotate_position {};
struct date_class : annotate_position {};
struct value_class : annotate_position {};
struct operand_class : annotate_position {};

using identifier_type = x3::rule<identifier_class, cst::Token>;
using qualified_id_type = x3::rule<qualified_id_class, cst::Token>;
using fact_path_type = x3::rule<fact_path_class, cst::Token>;
using path_type = x3::rule<path_class, cst::Token>;
using state_code_type = x3::rule<state_code_class, cst::Token>;
using string_literal_type = x3::rule<string_literal_class, cst::Token>;
using date_type = x3::rule<date_class, cst::Token>;
using value_type = x3::rule<value_class, cst::Token>;
using operand_type = x3::rule<operand_class, cst::Token>;

BOOST_SPIRIT_DECLARE(identifier_type, qualified_id_type, fact_path_type, path_type, state_code_type,
                     string_literal_type, date_type, value_type, operand_type)

/// `[A-Za-z_][A-Za-z0-9_]*`
identifier_type const& identifier();
/// Idents joined by `.`
qualified_id_type const& qualified_id();
/// A fact path in a vocabulary or a test measure
fact_path_type const& fact_path();
/// A fact path or define name inside a condition: condition keywords are refused
path_type const& path();
/// `RU`; the resolver checks the shape
state_code_type const& state_code();
/// `"…"` or `"""…"""`
string_literal_type const& string_literal();
/// `YYYY-MM-DD`; lowering checks the calendar
date_type const& date();
/// int, number, date, duration, string, `true`/`false`, enum value or state
value_type const& value();
/// A value or a fact path: either side of a comparison
operand_type const& operand();

}  // namespace lexcheck::parser::grammar
