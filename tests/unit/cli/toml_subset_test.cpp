// The TOML subset of lexcheck.toml: what is read, with which spans (the error cases are
// golden cases in tests/golden/project/).
#include "project/toml_subset.hpp"

#include <gtest/gtest.h>

namespace lexcheck::testing {
namespace {

using cli::project::TomlEntry;
using cli::project::TomlValue;

struct Read {
    core::SourceManager sources;
    core::DiagnosticSink sink;
    core::SourceId file;
    std::vector<TomlEntry> entries;
    explicit Read(std::string text) : file(sources.add("lexcheck.toml", std::move(text))) {
        entries = cli::project::read_toml_subset(sources, file, sink);
    }
    std::string_view text_of(core::SourceSpan s) const { return sources.slice(s); }
};

TEST(TomlSubset, ReadsStringsBareWordsAndListsWithTheirSpans) {
    Read r("rules = \"law\"  # comment\nas-of = 2024-01-01\ncorpus = ['a', \"b\",]\n");
    ASSERT_FALSE(r.sink.has_errors());
    ASSERT_EQ(r.entries.size(), 3u);
    EXPECT_EQ(r.entries[0].key, "rules");
    EXPECT_EQ(r.entries[0].value.kind, TomlValue::Kind::string);
    EXPECT_EQ(r.entries[0].value.text, "law");
    EXPECT_EQ(r.text_of(r.entries[0].value.span), "\"law\"");
    EXPECT_EQ(r.text_of(r.entries[0].key_span), "rules");
    EXPECT_EQ(r.entries[1].value.kind, TomlValue::Kind::bare);
    EXPECT_EQ(r.entries[1].value.text, "2024-01-01");
    const TomlValue& list = r.entries[2].value;
    EXPECT_EQ(list.kind, TomlValue::Kind::list);
    EXPECT_EQ(r.text_of(list.span), "['a', \"b\",]");
    ASSERT_EQ(list.items.size(), 2u);
    EXPECT_EQ(list.items[0].text, "a");
    EXPECT_EQ(r.text_of(list.items[1].span), "\"b\"");
}

TEST(TomlSubset, AcceptsWindowsLineEndsAByteOrderMarkAndQuotedKeys) {
    Read r("\xEF\xBB\xBF\"rules\" = 'C:\\law'\r\nlock = \"x\"\r\n");
    ASSERT_FALSE(r.sink.has_errors());
    ASSERT_EQ(r.entries.size(), 2u);
    EXPECT_EQ(r.entries[0].key, "rules");
    EXPECT_EQ(r.entries[0].value.text, "C:\\law");
    EXPECT_EQ(r.entries[1].value.text, "x");
}

TEST(TomlSubset, ReadsAListOverLinesWithComments) {
    Read r("corpus = [\n  \"a\",  # first\n\n  \"b\"  # second\n]\nlock = \"l\"\n");
    ASSERT_FALSE(r.sink.has_errors());
    ASSERT_EQ(r.entries.size(), 2u);
    EXPECT_EQ(r.entries[0].value.items.size(), 2u);
    EXPECT_EQ(r.entries[1].key, "lock");
}

TEST(TomlSubset, GoesOnAfterAnErrorAndReadsTheNextLine) {
    Read r("rules \"x\"\ncorpus = \"c\"\n");
    EXPECT_EQ(r.sink.error_count(), 1u);
    ASSERT_EQ(r.entries.size(), 1u);
    EXPECT_EQ(r.entries[0].key, "corpus");
}

TEST(TomlSubset, ANeverClosedListEndsTheFileWithOneError) {
    Read r("rules = [\"a\",\n\"b\"\n");
    EXPECT_EQ(r.sink.error_count(), 1u);
    EXPECT_TRUE(r.entries.empty());
}

}  // namespace
}  // namespace lexcheck::testing
