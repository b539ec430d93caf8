#include "fmt/format.hpp"
#include "fmt/token.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace lexcheck::cli::fmt {
namespace {

TEST(FmtFormat, EmptyAndBlankInputStayEmpty) {
    EXPECT_EQ(format_source(""), "");
    EXPECT_EQ(format_source(" \n\t\n"), "");
}

TEST(FmtFormat, EndsWithExactlyOneNewline) {
    EXPECT_EQ(format_source("define a = b"), "define a = b\n");
    EXPECT_EQ(format_source("define a = b\n\n\n"), "define a = b\n");
}

TEST(FmtFormat, RemovesTrailingWhitespaceOutsideStrings) {
    EXPECT_EQ(format_source("define a = b   // note   \n/* x   \n y */  \n"),
              "define a = b  // note\n\n/* x\n y */\n");
}

TEST(FmtFormat, KeepsTrailingWhitespaceInsideBlockStrings) {
    std::string src = "provision p {\n  text \"\"\"\n    line   \n  \"\"\"\n}\n";
    EXPECT_EQ(format_source(src), src);
}

TEST(FmtFormat, CrlfBecomesLf) {
    EXPECT_EQ(format_source("define a =\r\n  b\r\n"), "define a =\n  b\n");
}

TEST(FmtFormat, OneBlankLineBetweenDeclarations) {
    EXPECT_EQ(format_source("define a = b\ndefine c = d\n\n\n\ndefine e = f\n"),
              "define a = b\n\ndefine c = d\n\ndefine e = f\n");
}

TEST(FmtFormat, EnumBracesAreSpacedAndSetBracesAreNot) {
    EXPECT_EQ(format_source("vocabulary v {enum e{a,b}}\ndefine d = k in { a , b }"),
              "vocabulary v {\n  enum e { a, b }\n}\n\ndefine d = k in {a, b}\n");
}

TEST(FmtFormat, UntilOnThePartyLineStaysThere) {
    EXPECT_EQ(format_source("instrument i \"I\" { party KG from 2015-08-06 until 2099-12-31\n"
                            "until 2100-01-01 party RU from 2015-01-01 until 2020-01-01 "
                            "until 2021-01-01 }"),
              "instrument i \"I\" {\n"
              "  party KG from 2015-08-06 until 2099-12-31\n"
              "  until 2100-01-01\n"
              "  party RU from 2015-01-01 until 2020-01-01\n"
              "  until 2021-01-01\n"
              "}\n");
}

TEST(FmtFormat, FactNamedLikeAClauseKeywordStaysInTheCondition) {
    EXPECT_EQ(format_source("provision p { scope kind == a and in_force < 2020-01-01 "
                            "prohibits text see q }"),
              "provision p {\n"
              "  scope kind == a and in_force < 2020-01-01\n"
              "  prohibits text\n"
              "  see q\n"
              "}\n");
}

TEST(FmtFormat, LineBreaksInsideAClauseAreKeptAndIndentedByNesting) {
    EXPECT_EQ(format_source("define d =\n(a\nand (b\nor c)\n)"),
              "define d =\n  (a\n    and (b\n      or c)\n  )\n");
}

TEST(FmtFormat, OwnLineCommentBeforeAClauseTakesTheBlockIndentation) {
    EXPECT_EQ(format_source("provision p {\nof i\n        // note\ncite \"c\"\n}"),
              "provision p {\n  of i\n  // note\n  cite \"c\"\n}\n");
}

TEST(FmtFormat, LineCommentInsideAConditionBreaksTheLine) {
    EXPECT_EQ(format_source("define d = a // why a\nand b"), "define d = a  // why a\n  and b\n");
}

TEST(FmtFormat, TrailingCommentsOfConsecutiveLinesAreAligned) {
    EXPECT_EQ(format_source("vocabulary v {\nenum e {\na, // x\nlonger_value, // y\nb // z\n}\n}"),
              "vocabulary v {\n"
              "  enum e {\n"
              "    a,             // x\n"
              "    longer_value,  // y\n"
              "    b              // z\n"
              "  }\n"
              "}\n");
}

TEST(FmtFormat, EmptyBlockStaysOnOneLine) {
    EXPECT_EQ(format_source("test \"t\" { measure { } }"), "test \"t\" {\n  measure {}\n}\n");
}

// Whatever the input, formatting only changes whitespace between tokens (and blanks at
// the ends of comment lines), and formatting twice changes nothing more.
std::vector<std::string> significant(const std::string& text) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(text)) {
        if (!t.is_comment()) out.emplace_back(t.text);
    }
    return out;
}

TEST(FmtFormat, RandomTokenSoupKeepsTokensAndIsIdempotent) {
    const std::vector<std::string> pieces = {"instrument",
                                             "vocabulary",
                                             "define",
                                             "provision",
                                             "test",
                                             "measure",
                                             "party",
                                             "until",
                                             "kind",
                                             "enum",
                                             "fact",
                                             "prohibits",
                                             "unless",
                                             "see",
                                             "exception",
                                             "to",
                                             "from",
                                             "and",
                                             "or",
                                             "not",
                                             "in",
                                             "has",
                                             "any",
                                             "is",
                                             "known",
                                             "a",
                                             "b.c",
                                             "set",
                                             "<",
                                             ">",
                                             "<=",
                                             "==",
                                             "=",
                                             ":",
                                             ",",
                                             "(",
                                             ")",
                                             "{",
                                             "}",
                                             "{",
                                             "}",
                                             "\"s\"",
                                             "\"\"\"\n  blk\n\"\"\"",
                                             "2020-01-01",
                                             "3y",
                                             "-1",
                                             "// c\n",
                                             "/* c */",
                                             "/* l\n */",
                                             "\n",
                                             "\n\n",
                                             " ",
                                             "\t"};
    std::mt19937 rng(20240601);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(1, 60);
    for (int round = 0; round < 3000; ++round) {
        std::string src;
        for (int n = length(rng); n > 0; --n) {
            src += pieces[pick(rng)];
            src += ' ';
        }
        std::string once = format_source(src);
        ASSERT_EQ(significant(once), significant(src)) << "input:\n" << src;
        ASSERT_EQ(format_source(once), once) << "input:\n" << src;
    }
}

}  // namespace
}  // namespace lexcheck::cli::fmt
