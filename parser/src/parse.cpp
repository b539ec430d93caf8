// LANGUAGE.md §1–§3: one .lex file, one declaration at a time: X3 parses it into the CST
// (parser/src/x3/), lowering turns it into core AST nodes right away, so the CST of a
// large file is never held whole.
#include "lexcheck/parser/parse.hpp"

#include "lower.hpp"
#include "x3/config.hpp"
#include "x3/cst.hpp"
#include "x3/declarations.hpp"

#include <boost/spirit/home/x3.hpp>

namespace lexcheck::parser {

namespace x3 = boost::spirit::x3;

void parse_rule_file(core::SourceManager& sources, core::SourceId file, core::RuleSet& into,
                     core::DiagnosticSink& sink) {
    std::string_view text = sources.text(file);
    grammar::ParseState state;
    state.base = text.data();
    state.end = text.data() + text.size();
    state.file = file;
    state.sink = &sink;
    cst::Conditions conditions;  // Reused by every declaration
    state.conditions = &conditions;

    detail::Lowerer lower(file, text, into, sink);
    auto const parser = x3::with<grammar::state_tag>(state)[grammar::declaration()];
    const char* first = state.base;
    const char* const last = state.end;
    for (;;) {
        x3::skip_over(first, last, x3::make_context<x3::skipper_tag>(grammar::skipper));
        if (first == last) break;
        cst::Declaration decl;
        conditions.clear();
        // On a syntax error the rule reports it and resumes at the next declaration; it
        // fails only when no declaration follows.
        if (!x3::phrase_parse(first, last, parser, grammar::skipper, decl)) break;
        lower.lower(decl, conditions, static_cast<std::uint32_t>(first - state.base));
    }
}

}  // namespace lexcheck::parser
