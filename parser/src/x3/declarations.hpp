// The declaration grammar of LANGUAGE.md §2: one top-level declaration at a time.
#pragma once

#include "x3/config.hpp"
#include "x3/cst.hpp"
#include "x3/error_handler.hpp"

#include <boost/spirit/home/x3.hpp>

namespace lexcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

struct declaration_class : recover_declaration {};
using declaration_type = x3::rule<declaration_class, cst::Declaration>;

BOOST_SPIRIT_DECLARE(declaration_type)

/// `instrument | vocabulary | define | provision | test`; a syntax error inside one is
/// reported and parsing resumes at the next declaration
declaration_type const& declaration();

}  // namespace lexcheck::parser::grammar
