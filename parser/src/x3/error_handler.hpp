// Annotation and error handling shared by every rule (Spirit's annotation.cpp and
// error_handling.cpp examples): on_success writes a node's byte span; the declaration
// rule's on_error records a syntax error and resumes at the next declaration.
#pragma once

#include "syntax_errors.hpp"
#include "x3/config.hpp"
#include "x3/cst.hpp"

#include "lexcheck/parser/parse.hpp"

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <type_traits>

namespace lexcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

/// Base of every rule ID: spans for CST nodes (leading blanks excluded, as X3 pre-skips)
struct annotate_position {
    template <typename It, typename Ast, typename Ctx>
    void on_success(It const& first, It const& last, Ast& ast, Ctx const& ctx) const {
        if constexpr (std::is_base_of_v<cst::Positioned, Ast>) {
            const ParseState& state = x3::get<state_tag>(ctx);
            ast.begin_offset = static_cast<std::uint32_t>(first - state.base);
            ast.end_offset = static_cast<std::uint32_t>(last - state.base);
        }
    }
};

/// ID base of the declaration rule: one diagnostic per syntax error, then retry at the next
/// top-level keyword so that one file reports every broken declaration
struct recover_declaration : annotate_position {
    template <typename It, typename Ctx>
    x3::error_handler_result on_error(It& first, It const& last,
                                      x3::expectation_failure<It> const& x, Ctx const& ctx) const {
        ParseState& state = x3::get<state_tag>(ctx);
        std::string_view text(state.base, static_cast<std::size_t>(state.end - state.base));
        auto where = static_cast<std::uint32_t>(x.where() - state.base);
        detail::report_syntax_error(*state.sink, state.file, text, where, x.which());
        ++state.syntax_errors;
        state.depth = 0;
        state.conditions->clear();
        // Resume at the failure point (it may itself start the next declaration), but never
        // where this declaration started, or the same error would repeat forever.
        auto start = static_cast<std::uint32_t>(first - state.base);
        auto at = detail::skip_blanks(text, where);
        // An unterminated `/*` comments out the rest of the file: nothing to resume.
        bool open_comment = text.substr(at, 2) == "/*";
        auto from = std::max(at, start + 1);
        first = open_comment ? last : state.base + detail::next_declaration(text, from);
        return first == last ? x3::error_handler_result::fail : x3::error_handler_result::retry;
    }
};

/// `nest[p]`: parses p one level deeper and fails with `too_deep` beyond
/// kMaxConditionDepth, before recursing, so deep input can never overflow the stack
template <typename Subject>
struct nest_directive : x3::unary_parser<Subject, nest_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, nest_directive<Subject>>;
    static bool const is_pass_through_unary = true;

    constexpr explicit nest_directive(Subject const& subject) : base_type(subject) {}

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
        ParseState& state = x3::get<state_tag>(ctx);
        if (state.depth >= kMaxConditionDepth) {
            It at = first;
            x3::skip_over(at, last, ctx);
            throw x3::expectation_failure<It>(at, "too_deep");
        }
        ++state.depth;
        struct Leave {
            int& depth;
            ~Leave() { --depth; }
        } leave{state.depth};
        return this->subject.parse(first, last, ctx, rctx, attr);
    }
};

struct nest_gen {
    template <typename Subject>
    constexpr nest_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
        Subject const& subject) const {
        return nest_directive<typename x3::extension::as_parser<Subject>::value_type>(
            x3::as_parser(subject));
    }
};

inline constexpr nest_gen nest{};

}  // namespace lexcheck::parser::grammar
