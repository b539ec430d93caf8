// LANGUAGE.md §1: literals, strings, comments — values and the exact span of each error.
#include "diagnostic_matchers.hpp"

#include <gtest/gtest.h>

namespace {

using lexcheck::core::LiteralKind;
using lexcheck::testing::expect_diagnostics;
using lexcheck::testing::parse_clean;

const std::string kVocabulary = "vocabulary v { fact f : int }\n";

/// The right-hand literal of `define d = f == <value>`
lexcheck::core::Literal rhs_of(const std::string& value) {
    auto parsed = parse_clean(kVocabulary + "define d = f == " + value + "\n");
    EXPECT_EQ(parsed->rules.conditions.size(), 1u);
    return parsed->rules.conditions.at(0).rhs;
}

TEST(IntLiteral, KeepsItsSpellingAndSign) {
    auto lit = rhs_of("-42");
    EXPECT_EQ(lit.kind, LiteralKind::integer);
    EXPECT_EQ(lit.text, "-42");
}

TEST(NumberLiteral, HasOneDecimalPoint) {
    auto lit = rhs_of("3.25");
    EXPECT_EQ(lit.kind, LiteralKind::number);
    EXPECT_EQ(lit.text, "3.25");
}

TEST(NumberLiteral, TwoDecimalPointsAreAnError) {
    expect_diagnostics(kVocabulary + "define d = f == 1.2.3\n")
        .code("lex_invalid_number")
        .message("`1.2.3` is not a number")
        .underlines("1.2.3")
        .at(2, 17);
}

TEST(DateLiteral, RealCalendarDateParses) {
    auto lit = rhs_of("2024-02-29");
    EXPECT_EQ(lit.kind, LiteralKind::date);
    EXPECT_EQ(lit.text, "2024-02-29");
}

TEST(DateLiteral, FebruaryThirtiethIsAnErrorAtItsSpan) {
    expect_diagnostics(kVocabulary + "define d = f == 2023-02-30\n")
        .code("lex_invalid_date")
        .message("`2023-02-30` is not a real calendar date")
        .underlines("2023-02-30")
        .at(2, 17);
}

TEST(DateLiteral, ResolvingDoesNotReportAnInvalidDateAgain) {
    // Compared with a date fact and given in a test block: still one error each.
    lexcheck::testing::ExpectDiagnostics(
        "vocabulary v { fact x : date  fact d : duration }\n"
        "instrument t \"T\" { kind treaty origin regional }\n"
        "provision t.p { of t cite \"c\" text \"t\" prohibits x < 2023-13-01 or d > 3x }\n"
        "test \"t\" { measure { jurisdiction RU x = 2020-02-30 } expect t.p violation }\n",
        /*resolve=*/true)
        .code("lex_invalid_date")
        .underlines("2023-13-01")
        .at(3, 54)
        .code("lex_invalid_duration")
        .underlines("3x")
        .at(3, 72)
        .code("lex_invalid_date")
        .underlines("2020-02-30")
        .at(4, 42);
}

TEST(DurationLiteral, FractionIsOneErrorSayingDurationsAreWhole) {
    lexcheck::testing::ExpectDiagnostics(
        "vocabulary v { fact d : duration  fact b : bool }\ndefine y = d > 1.5y\ndefine z = b == "
        "1.2.3\n",
        /*resolve=*/true)
        .code("lex_invalid_duration")
        .message("`1.5y` is not a duration: durations are whole numbers")
        .underlines("1.5y")
        .at(2, 16)
        .code("lex_invalid_number")
        .underlines("1.2.3")
        .at(3, 17);
}

TEST(DateLiteral, ClauseDateMustHaveThreeParts) {
    expect_diagnostics("instrument i \"I\" { kind treaty origin regional signed 2015 }\n")
        .code("lex_invalid_date")
        .message("`2015` is not a date")
        .underlines("2015")
        .at(1, 55);
}

TEST(DurationLiteral, WeeksCountAsSevenDays) {
    auto lit = rhs_of("2w");
    EXPECT_EQ(lit.kind, LiteralKind::duration);
    EXPECT_EQ(lit.text, "2w");
}

TEST(DurationLiteral, UnknownUnitIsAnError) {
    expect_diagnostics(kVocabulary + "define d = f > 3x\n")
        .code("lex_invalid_duration")
        .message("`3x` is not a duration: `x` is not a unit")
        .underlines("3x")
        .at(2, 16);
}

TEST(DurationLiteral, NegativeIsAnError) {
    expect_diagnostics(kVocabulary + "define d = f > -3y\n")
        .code("lex_invalid_duration")
        .underlines("-3y")
        .at(2, 16);
}

TEST(StringLiteral, DecodesEscapes) {
    auto lit = rhs_of(R"("a\"b\\c\nd\te\u00e9")");
    EXPECT_EQ(lit.kind, LiteralKind::string);
    EXPECT_EQ(lit.text, "a\"b\\c\nd\te\xC3\xA9");
}

TEST(StringLiteral, UnknownEscapeIsAnErrorAtTheEscape) {
    expect_diagnostics(kVocabulary + R"(define d = f == "ab\qcd")" + "\n")
        .code("lex_invalid_escape")
        .message("unknown escape `\\q` in string")
        .underlines("\\q")
        .at(2, 20);
}

TEST(StringLiteral, ShortUnicodeEscapeIsAnError) {
    expect_diagnostics(kVocabulary + R"(define d = f == "\u12")" + "\n")
        .code("lex_invalid_escape")
        .message("`\\u12` needs four hex digits")
        .underlines("\\u12")
        .at(2, 18);
}

TEST(StringLiteral, UnterminatedIsAnErrorAtTheOpeningQuote) {
    expect_diagnostics(kVocabulary + "define d = f == \"abc\ndefine e = f\n")
        .code("lex_parse_error")
        .message("unterminated string")
        .underlines("\"")
        .at(2, 17);
}

TEST(BlockString, RemovesCommonIndentationAndEdgeLines) {
    auto parsed = parse_clean(
        "provision p.a {\n  text \"\"\"\n    first\n      second\n\n    third\n  \"\"\"\n}\n");
    ASSERT_EQ(parsed->rules.provisions.size(), 1u);
    EXPECT_EQ(parsed->rules.provisions[0].text, "first\n  second\n\nthird");
    EXPECT_EQ(parsed->slice(parsed->rules.provisions[0].text_span).substr(0, 3), "\"\"\"");
}

TEST(BlockString, OnOneLineIsKeptAsWritten) {
    auto parsed = parse_clean("provision p.a { cite \"\"\"Art. \"1\" \\n\"\"\" }\n");
    ASSERT_EQ(parsed->rules.provisions.size(), 1u);
    EXPECT_EQ(parsed->rules.provisions[0].cite, "Art. \"1\" \\n");
}

TEST(Comments, LineAndBlockCommentsAreSkipped) {
    auto parsed = parse_clean(
        "// heading\nvocabulary v { /* inline */ fact f : int // trailing\n}\n/* a\n b */\n");
    ASSERT_EQ(parsed->rules.vocabularies.size(), 1u);
    EXPECT_EQ(parsed->rules.vocabularies[0].facts.size(), 1u);
}

TEST(Comments, UnterminatedBlockCommentIsAnError) {
    expect_diagnostics(kVocabulary + "/* open\ndefine d = f\n")
        .code("lex_parse_error")
        .message("unterminated comment")
        .underlines("/*")
        .at(2, 1);
}

TEST(Identifiers, KeywordsAreContextual) {
    auto parsed = parse_clean(
        "vocabulary v {\n  enum measure_kind { a }\n  fact kind : measure_kind\n  fact party : "
        "bool\n"
        "}\ndefine scope = party and kind == a\n");
    ASSERT_EQ(parsed->rules.vocabularies[0].facts.size(), 2u);
    EXPECT_EQ(parsed->rules.vocabularies[0].facts[0].path.text, "kind");
    EXPECT_EQ(parsed->rules.defines[0].name.text, "scope");
}

}  // namespace
