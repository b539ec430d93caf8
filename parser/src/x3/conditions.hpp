// The condition grammar of LANGUAGE.md §3.
#pragma once

#include "x3/config.hpp"
#include "x3/cst.hpp"
#include "x3/error_handler.hpp"

#include <boost/spirit/home/x3.hpp>

namespace lexcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

struct condition_class : annotate_position {};
using condition_type = x3::rule<condition_class, cst::OrExpr>;

BOOST_SPIRIT_DECLARE(condition_type)

/// `cond` of LANGUAGE.md §3: or / and / not / atoms, nesting limited to kMaxConditionDepth
condition_type const& condition();

}  // namespace lexcheck::parser::grammar
