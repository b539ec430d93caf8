// Positions in source files: line_col_at over a file's line index (what the JSON report asks,
// without the SourceManager's lock) answers what SourceManager::line_col answers, at every
// offset: line starts, multi-byte characters, CRLF, an empty last line, past the end.
#include "lexcheck/core/source.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace lexcheck::core
