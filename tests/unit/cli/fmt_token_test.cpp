#include "fmt/token.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lexcheck::cli::fmt {
namespace {

std::vector<std::string> texts(std::string_view source) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(source)) out.emplace_back(t.text);
    return out;
}

using Texts = std::vector<std::string>;

TEST(FmtTokenize, QualifiedIdsAreOneToken) {
    EXPECT_EQ(texts("see eaeu_treaty.art97.p1"), (Texts{"see", "eaeu_treaty.art97.p1"}));
}

TEST(FmtTokenize, DatesDurationsAndNumbersAreOneToken) {
    EXPECT_EQ(texts("2015-01-01 90d -5 1.5 x>=-3"),
              (Texts{"2015-01-01", "90d", "-5", "1.5", "x", ">=", "-3"}));
}

TEST(FmtTokenize, OperatorsAndBrackets) {
    EXPECT_EQ(texts("a==b!=c<=d<e>f(g){h,i}:j=k"),
              (Texts{"a", "==", "b", "!=", "c", "<=", "d", "<", "e", ">", "f", "(",
                     "g", ")",  "{", "h",  ",", "i",  "}", ":", "j", "=", "k"}));
}

TEST(FmtTokenize, StringsKeepEscapesAndCommentLookalikes) {
    auto tokens = tokenize(R"(cite "a \" // b" x)");
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].kind, TokenKind::string);
    EXPECT_EQ(tokens[1].text, R"("a \" // b")");
}

TEST(FmtTokenize, BlockStringEndsAtTheFirstTripleQuote) {
    auto tokens = tokenize("text \"\"\"\n  say \"hi\" \\\n  \"\"\" x");
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[1].kind, TokenKind::string);
    EXPECT_EQ(tokens[1].text, "\"\"\"\n  say \"hi\" \\\n  \"\"\"");
    EXPECT_EQ(tokens[2].text, "x");
}

TEST(FmtTokenize, CommentsAndNewlineCounts) {
    auto tokens = tokenize("a // one\n\n/* two\n */ b");
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_EQ(tokens[1].kind, TokenKind::line_comment);
    EXPECT_EQ(tokens[1].text, "// one");
    EXPECT_EQ(tokens[1].newlines_before, 0u);
    EXPECT_EQ(tokens[2].kind, TokenKind::block_comment);
    EXPECT_EQ(tokens[2].newlines_before, 2u);
    EXPECT_EQ(tokens[3].newlines_before, 0u);
}

TEST(FmtTokenize, SetTypeBracketsAreMarked) {
    auto tokens = tokenize("fact g : set<ground> x < y");
    ASSERT_EQ(tokens.size(), 10u);
    EXPECT_TRUE(tokens[4].type_bracket);
    EXPECT_TRUE(tokens[6].type_bracket);
    EXPECT_FALSE(tokens[8].type_bracket);
}

TEST(FmtTokenize, UnterminatedInputRunsToTheEnd) {
    EXPECT_EQ(texts("a \"open"), (Texts{"a", "\"open"}));
    EXPECT_EQ(texts("a \"\"\"open"), (Texts{"a", "\"\"\"open"}));
    EXPECT_EQ(texts("a /* open"), (Texts{"a", "/* open"}));
}

TEST(FmtTokenize, MultiByteCharactersOutsideStringsStayWhole) {
    EXPECT_EQ(texts("a … b"), (Texts{"a", "…", "b"}));
}

}  // namespace
}  // namespace lexcheck::cli::fmt
