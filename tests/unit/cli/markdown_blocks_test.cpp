// The Markdown reading behind the language guide's test (markdown_blocks.hpp): fences and
// their `example:` comments, misplaced comments, command lines and rewritten blocks.
#include "markdown_blocks.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lexcheck::testing {
namespace {

TEST(MarkdownBlocks, FindsFencesAndTheirExampleComments) {
    auto doc = read_markdown_blocks(
        "# Title\n\n<!-- example: tour file=a.lex append -->\n```lex\nx\n\ny\n```\n\n"
        "````text\n```\n````\n");
    ASSERT_TRUE(doc.problems.empty());
    ASSERT_EQ(doc.blocks.size(), 2u);
    EXPECT_EQ(doc.blocks[0].line, 4u);
    EXPECT_EQ(doc.blocks[0].end_line, 8u);
    EXPECT_EQ(doc.blocks[0].info, "lex");
    EXPECT_EQ(doc.blocks[0].text, "x\n\ny\n");
    EXPECT_EQ(doc.blocks[0].annotation, "tour file=a.lex append");
    EXPECT_EQ(doc.blocks[1].text, "```\n");
    EXPECT_FALSE(doc.blocks[1].annotation);

    std::string error;
    auto a = parse_example_attributes(*doc.blocks[0].annotation, error);
    ASSERT_TRUE(a) << error;
    EXPECT_EQ(a->set, "tour");
    EXPECT_EQ(a->get("file"), "a.lex");
    EXPECT_TRUE(a->has("append"));
    EXPECT_FALSE(parse_example_attributes("file=a.lex", error));
    EXPECT_FALSE(parse_example_attributes("s file=", error));
    EXPECT_FALSE(parse_example_attributes("s file=a file=b", error));
}

TEST(MarkdownBlocks, ReportsMisplacedCommentsAndOpenFences) {
    EXPECT_EQ(read_markdown_blocks("<!-- example: s -->\n\n```lex\n```\n").problems.size(), 1u);
    EXPECT_EQ(read_markdown_blocks("text <!-- example: s -->\n").problems.size(), 1u);
    EXPECT_EQ(read_markdown_blocks("<!-- example: s\n```lex\n```\n").problems.size(), 1u);
    EXPECT_EQ(read_markdown_blocks("<!-- example: s -->\n").problems.size(), 1u);
    EXPECT_EQ(read_markdown_blocks("```lex\nx\n").problems.size(), 1u);
}

TEST(MarkdownBlocks, SplitsCommandsAndRewritesBlocks) {
    std::string error;
    auto words = split_command(R"(check  --rules "my rules" --as-of '2024-01-01')", error);
    ASSERT_TRUE(words);
    EXPECT_EQ(*words,
              (std::vector<std::string>{"check", "--rules", "my rules", "--as-of", "2024-01-01"}));
    EXPECT_FALSE(split_command("check \"open", error));

    std::string doc = "a\n```console\n$ x\nold\n```\nb\n```console\n$ y\n```\n";
    auto blocks = read_markdown_blocks(doc).blocks;
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(replace_block_texts(doc, {{blocks[1], "$ y\nnew\n"}, {blocks[0], "$ x\n"}}),
              "a\n```console\n$ x\n```\nb\n```console\n$ y\nnew\n```\n");
}

}  // namespace
}  // namespace lexcheck::testing
