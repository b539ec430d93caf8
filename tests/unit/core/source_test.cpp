// Positions in source files: line_col_at over a file's line index (what the JSON report asks,
// without the SourceManager's lock) answers what SourceManager::line_col answers, at every
// offset: line starts, multi-byte characters, CRLF, an empty last line, past the end.
#include "lexcheck/core/source.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>

namespace lexcheck::core {
namespace {

TEST(LineColAt, AnswersWhatLineColAnswersAtEveryOffset) {
    SourceManager sources;
    sources.add("", "");  // file 0 is never asked
    const std::string texts[] = {
        "", "a", "\n", "ab\ncd\n", "é\nжж x\r\ny\n\n", "no newline at end"};
    for (const std::string& text : texts) {
        const SourceId id = sources.add("f", text);
        const std::span<const std::uint32_t> lines = sources.line_index(id);
        ASSERT_FALSE(lines.empty()) << "line 1 starts at 0, even in an empty file";
        for (std::uint32_t offset = 0; offset <= text.size() + 2; ++offset) {
            const LineCol want = sources.line_col(id, offset);
            const LineCol got = line_col_at(sources.text(id), lines, offset);
            EXPECT_EQ(got.line, want.line) << "offset " << offset << " of \"" << text << "\"";
            EXPECT_EQ(got.column, want.column) << "offset " << offset << " of \"" << text << "\"";
        }
    }
    const SourceId id = sources.add("g", "é\nжж x\n");
    const LineCol x = line_col_at(sources.text(id), sources.line_index(id), 8);
    EXPECT_EQ(x.line, 2u);
    EXPECT_EQ(x.column, 4u) << "columns count characters, not bytes";
}

// The index is built 16 bytes at a time: newlines at every place of a block, at its edges,
// several in one block, none in many, and a tail shorter than a block
TEST(SourceManager, KeepsTheOwnerOfATextThatLiesInAnotherBlock) {
    // Texts of many files in one block (parser::load_corpus): the manager keeps the block
    std::weak_ptr<const char> watch;
    {
        SourceManager sources;
        {
            auto block = std::shared_ptr<char>(new char[16](), std::default_delete<char[]>());
            std::memcpy(block.get(), "ab\ncd\0xy\nz", 11);
            watch = block;
            const SourceId first = sources.add("first", {block.get(), 5}, block);
            const SourceId second = sources.add("second", {block.get() + 6, 4}, block);
            EXPECT_EQ(sources.text(second), "xy\nz");
            EXPECT_EQ(sources.line_text(first, 2), "cd");
        }
        EXPECT_FALSE(watch.expired());
        EXPECT_EQ(sources.location({2, 3, 4}), "second:2:1");
        EXPECT_EQ(sources.slice({1, 0, 2}), "ab");
    }
    EXPECT_TRUE(watch.expired());
}

TEST(LineIndex, StartsAfterEveryNewlineWhereverItFalls) {
    std::string text;
    for (int i = 0; i < 40; ++i) text += std::string(static_cast<std::size_t>(i), 'x') + '\n';
    text += "\n\n\n" + std::string(50, 'y') + "\n\xd0\xb6\n" + std::string(20, '\n') + "end";
    SourceManager sources;
    for (std::size_t cut = 0; cut <= 70; ++cut) {  // every alignment of the blocks, every tail
        const std::string_view t = std::string_view(text).substr(cut);
        std::vector<std::uint32_t> want{0};
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i] == '\n') want.push_back(static_cast<std::uint32_t>(i + 1));
        }
        const SourceId id = sources.add("f", std::string(t));
        const std::span<const std::uint32_t> got = sources.line_index(id);
        EXPECT_EQ(std::vector<std::uint32_t>(got.begin(), got.end()), want) << "from " << cut;
    }
}

}  // namespace
}  // namespace lexcheck::core
