// The JSON fast path (parser/measures/src/json/json_tree.*): it reads what yaml-cpp would read
// from the same bytes, spans included, or leaves the file to yaml-cpp.
#include "measure_file_diff.hpp"
#include "measure_test_support.hpp"
#include "readers.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lexcheck::test {
namespace {

struct BothReaders {
    core::SourceManager sources;
    core::DiagnosticSink sink;
    std::optional<parser::MeasureFile> fast;
    parser::MeasureFile slow;
};

std::unique_ptr<BothReaders> read_both(const std::string& text, const std::string& path) {
    static const core::Schema schema = migration_schema();
    auto b = std::make_unique<BothReaders>();
    auto file = b->sources.add(path, text);
    b->fast = parser::detail::parse_measure_file_json(b->sources, file, schema);
    b->slow = parser::detail::parse_measure_file_yaml_cpp(b->sources, file, schema, b->sink);
    return b;
}

constexpr const char* kMeasure =
    R"({"id": "m1", "jurisdiction": "RU", "facts": {"kind": "entry_ban", "mandatory": true,)"
    R"( "trigger": {"offence_count": 2}, "applies_to": ["eaeu_worker"], "note": 12}})";

TEST(JsonTree, ReadsWhatYamlCppReadsSpansIncluded) {
    for (const std::string& text : {std::string(R"({"measures": [)") + kMeasure + "]}",
                                    std::string("{\"measures\":\r\n [") + kMeasure + "]}\r\n"}) {
        auto b = read_both(text, "m.json");
        ASSERT_TRUE(b->fast) << text;
        EXPECT_FALSE(b->sink.has_errors());
        EXPECT_EQ(testing::measure_file_diff(*b->fast, b->slow), "") << text;
        ASSERT_EQ(b->fast->measures.size(), 1u);
        EXPECT_EQ(b->fast->measures[0].facts.size(), 5u);  // a number is text where text is due
    }
}

TEST(JsonTree, JsonLinesAreOneMeasurePerLine) {
    auto b = read_both(std::string(kMeasure) + "\n\n" + R"({"id": "m2", "jurisdiction": "KZ"})",
                       "m.jsonl");
    ASSERT_TRUE(b->fast);
    EXPECT_EQ(testing::measure_file_diff(*b->fast, b->slow), "");
    EXPECT_EQ(b->fast->measures.size(), 2u);
}

// Found by fuzzing (measures_fuzz): yaml-cpp 0.7 reads a carriage return that ends no line as
// text, so `\r` alone is a document holding an empty scalar; such files are left to it.
TEST(JsonTree, LeavesALoneCarriageReturnToYamlCpp) {
    for (const char* text : {"\r", "{\"measures\": []}\r", "{\"measures\":\r[]}"}) {
        auto b = read_both(text, "m.json");
        EXPECT_FALSE(b->fast) << text;
    }
}

TEST(JsonTree, LeavesEscapesTrailingTextAndMalformedJsonToYamlCpp) {
    for (const char* text :
         {R"({"measures": [{"id": "a\"b", "jurisdiction": "RU"}]})", R"({"measures": []} x)",
          R"({"measures": [})", R"({"measures": tru})", R"({"measures": [], "measures": []})"}) {
        auto b = read_both(text, "m.json");
        EXPECT_FALSE(b->fast) << text;
    }
}

TEST(JsonTree, AnEmptyFileHoldsNoMeasures) {
    auto b = read_both(" \n\t\r\n", "m.json");
    ASSERT_TRUE(b->fast);
    EXPECT_TRUE(b->fast->measures.empty());
    EXPECT_FALSE(b->sink.has_errors());
}

}  // namespace
}  // namespace lexcheck::test
