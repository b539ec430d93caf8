// Lowering (STYLE.md §4): the X3 concrete syntax tree of one declaration becomes core AST
// nodes with owned spans. Checks what the grammar leaves open — real calendar dates,
// durations, numbers, string escapes, duplicate clauses, keyword values — and reports every
// problem to the sink. Names, types and references are the resolver's job.
#pragma once

#include "x3/cst.hpp"

#include <lexcheck/core/diagnostic.hpp>
#include <lexcheck/core/memory.hpp>
#include <lexcheck/core/rule_set.hpp>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexcheck::parser::detail {

class Lowerer {
public:
    Lowerer(core::SourceId file, std::string_view text, core::RuleSet& rules,
            core::DiagnosticSink& sink)
        : file_(file), text_(text), rules_(rules), sink_(sink) {}

    /// Appends one declaration, whose conditions are `conditions` and which ends at byte
    /// `end` of the file, to the rule set
    void lower(const cst::Declaration& decl, const cst::Conditions& conditions, std::uint32_t end);

    // Conditions (lower_conditions.cpp): the arena index of the lowered tree.
    core::CondId condition(cst::CondRef ref);

    // Tokens (lower_literals.cpp).
    core::SourceSpan span(const cst::Positioned& p) const {
        return {file_, p.begin_offset, p.end_offset};
    }
    std::string_view slice(const cst::Positioned& p) const {
        return text_.substr(p.begin_offset, p.end_offset - p.begin_offset);
    }
    core::Name name(const cst::Token& t) const { return {std::string(slice(t)), span(t)}; }
    /// `name(t)` written into `out` in place
    void set_name(core::Name& out, const cst::Token& t) const {
        out.text.assign(slice(t));
        out.span = span(t);
    }
    /// The value of a string token: escapes decoded, or a block string's text dedented
    std::string string_value(const cst::Token& t);
    /// A value token classified (int, number, date, duration, string, bool, identifier);
    /// malformed numbers, dates and durations are reported
    core::Literal literal(const cst::Token& t);
    /// A date token as a date, or nullopt after reporting why it is not one
    std::optional<core::Date> date(const cst::Token& t);

    /// A keyword's value among `allowed`; reports lex_unknown_keyword_value otherwise
    template <typename E>
    std::optional<E> keyword_value(const cst::Token& t, std::string_view what,
                                   std::initializer_list<std::pair<std::string_view, E>> allowed);

    void error(std::string code, core::SourceSpan at, std::string message,
               std::optional<std::string> help = std::nullopt) {
        sink_.error(std::move(code), at, std::move(message), std::move(help));
    }

private:
    void instrument(const cst::Instrument& in);
    core::Party party(const cst::Party& in);
    void vocabulary(const cst::Vocabulary& in);
    void define(const cst::Define& in);
    void define_label(const cst::Define& in);
    /// A label (LANGUAGE.md §13): a string that must not be blank
    std::string label(const cst::Token& t);
    void provision(const cst::Provision& in);
    void reading(const cst::Reading& in);  // lower_readings.cpp
    void test(const cst::Test& in);

    core::CondId path_atom(const cst::PathAtom& atom);
    core::CondId value_atom(const cst::ValueAtom& atom);
    /// A fresh condition at the end of the arena. INVARIANT: the reference is used only
    /// until the next condition is added.
    std::pair<core::CondId, core::Condition&> new_condition(core::CondKind kind,
                                                            core::SourceSpan at);

    // Steps of string_value and literal (lower_literals.cpp). An escape's steps return how
    // many characters after its backslash they consumed.
    std::size_t unicode_escape(std::string_view escape, std::uint32_t at, std::string& out);
    std::size_t unknown_escape(std::string_view escape, std::uint32_t at);
    void decimal_literal(core::Literal& lit, std::string_view body);
    void duration_literal(core::Literal& lit, std::string_view body, bool negative);

    void unknown_keyword_value(const cst::Token& t, std::string_view what,
                               const std::vector<std::string_view>& allowed);

    core::SourceId file_;
    std::string_view text_;
    core::RuleSet& rules_;
    core::DiagnosticSink& sink_;
    const cst::Conditions* conditions_ = nullptr;  ///< The declaration being lowered
    std::vector<core::CondId> operands_;           ///< Scratch stack of condition()
    std::uint32_t lowered_up_to_ = 0;              ///< End of the declarations lowered so far
    std::size_t conditions_before_ = rules_.conditions.size();  ///< From earlier files
    std::size_t defines_before_ = rules_.defines.size();
    core::Prefault conditions_prefault_, defines_prefault_;  ///< Memory by intent (core)
};

template <typename E>
std::optional<E> Lowerer::keyword_value(
    const cst::Token& t, std::string_view what,
    std::initializer_list<std::pair<std::string_view, E>> allowed) {
    std::string_view word = slice(t);
    std::vector<std::string_view> names;
    for (const auto& [spelling, value] : allowed) {
        if (spelling == word) return value;
        names.push_back(spelling);
    }
    unknown_keyword_value(t, what, names);
    return std::nullopt;
}

/// LANGUAGE.md §1 block strings: see lower_literals.cpp
std::string dedent_block(std::string_view raw);

}  // namespace lexcheck::parser::detail
