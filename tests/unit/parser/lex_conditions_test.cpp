// LANGUAGE.md §3: condition trees, their spans, and the nesting limit.
#include "diagnostic_matchers.hpp"

#include <lexcheck/parser/parse.hpp>

#include <gtest/gtest.h>

namespace {

using lexcheck::core::CondId;
using lexcheck::core::CondKind;
using lexcheck::testing::expect_diagnostics;
using lexcheck::testing::parse_clean;
using lexcheck::testing::parse_lex;
using lexcheck::testing::ParsedFile;

/// The root condition of the first define
const lexcheck::core::Condition& root(const ParsedFile& p) {
    return p.rules.condition(p.rules.defines.at(0).condition);
}

std::string_view text_of(const ParsedFile& p, CondId id) {
    return p.slice(p.rules.condition(id).span);
}

TEST(Conditions, AndChainIsOneNaryNode) {
    auto p = parse_clean("define d = a and b and c\n");
    const auto& c = root(*p);
    EXPECT_EQ(c.kind, CondKind::all_of);
    ASSERT_EQ(c.children.size(), 3u);
    EXPECT_EQ(p->slice(c.span), "a and b and c");
    EXPECT_EQ(text_of(*p, c.children[2]), "c");
}

TEST(Conditions, AndBindsTighterThanOr) {
    auto p = parse_clean("define d = a or b and c or not d\n");
    const auto& c = root(*p);
    EXPECT_EQ(c.kind, CondKind::any_of);
    ASSERT_EQ(c.children.size(), 3u);
    EXPECT_EQ(text_of(*p, c.children[1]), "b and c");
    EXPECT_EQ(p->rules.condition(c.children[2]).kind, CondKind::negation);
    EXPECT_EQ(text_of(*p, c.children[2]), "not d");
}

TEST(Conditions, ParenthesesMakeNoNode) {
    auto p = parse_clean("define d = ( ( a or b ) )\n");
    const auto& c = root(*p);
    EXPECT_EQ(c.kind, CondKind::any_of);
    EXPECT_EQ(p->slice(c.span), "a or b");
    EXPECT_EQ(p->rules.conditions.size(), 3u);
}

TEST(Conditions, SpansCoverExactlyTheirText) {
    auto p = parse_clean(
        "define d =\n  kind in {a, b}   and tags has any {x} and ban.duration > 3y\n"
        "  and n is unknown and 2020-01-01 <= since and flag\n");
    const auto& c = root(*p);
    ASSERT_EQ(c.children.size(), 6u);
    std::vector<std::string_view> texts;
    for (CondId id : c.children) texts.push_back(text_of(*p, id));
    EXPECT_EQ(texts, (std::vector<std::string_view>{"kind in {a, b}", "tags has any {x}",
                                                    "ban.duration > 3y", "n is unknown",
                                                    "2020-01-01 <= since", "flag"}));
    const auto& cmp = p->rules.condition(c.children[2]);
    EXPECT_EQ(p->slice(cmp.lhs.span), "ban.duration");
    EXPECT_EQ(p->slice(cmp.rhs.span), "3y");
    const auto& in = p->rules.condition(c.children[0]);
    EXPECT_EQ(p->slice(in.path.span), "kind");
    ASSERT_EQ(in.values.size(), 2u);
    EXPECT_EQ(p->slice(in.values[1].span), "b");
}

TEST(Conditions, EveryAtomKind) {
    struct Case {
        const char* text;
        CondKind kind;
    };
    for (const Case& c :
         {Case{"true", CondKind::constant}, Case{"a == 1", CondKind::compare},
          Case{"a in {x}", CondKind::in}, Case{"a has x", CondKind::has},
          Case{"a has any {x}", CondKind::has_any}, Case{"a has all {x, y}", CondKind::has_all},
          Case{"a is known", CondKind::is_known}, Case{"a is unknown", CondKind::is_unknown},
          Case{"a.b.c", CondKind::reference}}) {
        auto p = parse_clean(std::string("define d = ") + c.text + "\n");
        EXPECT_EQ(root(*p).kind, c.kind) << c.text;
        EXPECT_EQ(p->slice(root(*p).span), c.text);
    }
}

TEST(Conditions, ReservedWordCannotBeAFact) {
    expect_diagnostics("define d = in == 3\n")
        .code("lex_parse_error")
        .message("expected a condition")
        .underlines("in")
        .at(1, 12);
}

TEST(Conditions, ValueAloneNeedsAComparison) {
    expect_diagnostics("define d = 3\n")
        .code("lex_parse_error")
        .message("expected a comparison (`==`, `!=`, `<`, `<=`, `>` or `>=`)")
        .at(2, 1);
}

TEST(Conditions, MissingOperandAfterAnd) {
    expect_diagnostics("define d = a and )\n")
        .code("lex_parse_error")
        .message("expected a condition")
        .underlines(")")
        .at(1, 18);
}

TEST(Conditions, KeywordsOfDeclarationsAreFactNamesInside) {
    // Contextual keywords: after `and`, `define` is read as a fact, so the error comes later.
    expect_diagnostics("define d = a and\ndefine e = b\n")
        .code("lex_parse_error")
        .message(
            "expected a declaration (`instrument`, `vocabulary`, `define`, `provision`, `reading` "
            "or "
            "`test`)")
        .underlines("e")
        .at(2, 8);
}

TEST(Conditions, EmptySetIsAnError) {
    expect_diagnostics("define d = a in {}\n")
        .code("lex_parse_error")
        .message("expected a value")
        .underlines("}")
        .at(1, 18);
}

TEST(Conditions, MissingClosingParenthesis) {
    expect_diagnostics("define d = (a or b\ndefine e = c\n")
        .code("lex_parse_error")
        .message("expected `)`")
        .underlines("define")
        .at(2, 1);
}

TEST(NestingLimit, MaxDepthParses) {
    const int depth = lexcheck::parser::kMaxConditionDepth;
    auto p = parse_clean("define d = " + std::string(depth, '(') + "a" + std::string(depth, ')'));
    EXPECT_EQ(root(*p).kind, CondKind::reference);
}

TEST(NestingLimit, OneLevelTooDeepIsAnError) {
    const int depth = lexcheck::parser::kMaxConditionDepth + 1;
    expect_diagnostics("define d = " + std::string(depth, '(') + "a" + std::string(depth, ')'))
        .code("lex_too_deep")
        .underlines("(")
        .at(1, 12 + lexcheck::parser::kMaxConditionDepth);
}

TEST(NestingLimit, HundredThousandParenthesesFailCleanly) {
    const int depth = 100000;
    auto p = parse_lex("define d = " + std::string(depth, '(') + "a" + std::string(depth, ')') +
                       "\ndefine e = b\n");
    ASSERT_EQ(p->diagnostics.size(), 1u) << p->rendered();
    EXPECT_EQ(p->diagnostics[0].code, "lex_too_deep");
    ASSERT_EQ(p->rules.defines.size(), 1u);
    EXPECT_EQ(p->rules.defines[0].name.text, "e");
}

TEST(NestingLimit, MillionNotsFailCleanly) {
    std::string src = "define d = ";
    for (int i = 0; i < 1000000; ++i) src += "not ";
    src += "a\n";
    auto p = parse_lex(std::move(src));
    ASSERT_EQ(p->diagnostics.size(), 1u) << p->rendered();
    EXPECT_EQ(p->diagnostics[0].code, "lex_too_deep");
    EXPECT_EQ(p->slice(*p->diagnostics[0].primary), "not");
    EXPECT_EQ(p->diagnostics[0].primary->begin, 11u + 4u * lexcheck::parser::kMaxConditionDepth);
}

TEST(NestingLimit, NotAndParenthesesCountTogether) {
    const int half = lexcheck::parser::kMaxConditionDepth / 2;
    std::string src = "define d = ";
    for (int i = 0; i < half; ++i) src += "not (";
    src += "a" + std::string(half, ')');
    parse_clean(src);
    expect_diagnostics("define d = not " + src.substr(11)).code("lex_too_deep").underlines("(");
}

TEST(DefineChain, MillionDefinesParse) {
    std::string src;
    const int n = 1000000;
    src.reserve(static_cast<std::size_t>(n) * 24);
    for (int i = 0; i < n; ++i) {
        src += "define d" + std::to_string(i) + " = d" + std::to_string(i + 1) + "\n";
    }
    auto p = parse_lex(std::move(src));
    EXPECT_TRUE(p->diagnostics.empty());
    EXPECT_EQ(p->rules.defines.size(), static_cast<std::size_t>(n));
    EXPECT_EQ(p->rules.defines.back().name.text, "d999999");
}

}  // namespace
