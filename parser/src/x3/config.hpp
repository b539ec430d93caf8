// The one iterator and context type every grammar translation unit is instantiated for.
#pragma once

#include "x3/cst.hpp"
#include "x3/skipper.hpp"

#include <lexcheck/core/diagnostic.hpp>

#include <boost/spirit/home/x3.hpp>

#include <cstdint>

namespace lexcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

/// What the grammar needs to know while parsing one file
struct ParseState {
    const char* base = nullptr;  ///< Start of the file text: spans are offsets from it
    const char* end = nullptr;
    core::SourceId file = 0;
    core::DiagnosticSink* sink = nullptr;
    cst::Conditions* conditions = nullptr;  ///< The current declaration's condition nodes
    int depth = 0;                          ///< Current nesting of `(` and `not` (LANGUAGE.md §3)
    std::uint32_t syntax_errors = 0;
};

struct state_tag;

using iterator_type = const char*;
using phrase_context_type = x3::phrase_parse_context<Skipper>::type;
using context_type = x3::context<state_tag, ParseState, phrase_context_type>;

}  // namespace lexcheck::parser::grammar
