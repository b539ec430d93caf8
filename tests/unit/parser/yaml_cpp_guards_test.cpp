// The guards around yaml-cpp 0.7 (parser/measures/src/yaml/yaml_cpp_tree.cpp): inputs on
// which yaml-cpp loops, or whose aliases would make reading them loop or explode, are
// reported at a position, at once; aliases that are fine read as copies of their node.
#include "measure_test_support.hpp"

#include "lexcheck/parser/measures.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lexcheck::test {
namespace {

const core::Schema& schema_of_tests() {
    static const core::Schema s = migration_schema();
    return s;
}

// yaml-cpp 0.7 leaves a `,` after a complete top-level node unread, and LoadAll adds empty
// documents for ever (the fuzzed ../shared/fixtures/bad/yaml-cpp-blowup.yaml is the first).
TEST(YamlCppGuards, CommaAfterATopLevelNodeIsASyntaxErrorNotAHang) {
    struct Case {
        const char* text;
        std::uint32_t line, column;
    };
    for (const Case& c : {Case{"{},", 1, 3}, Case{"[],", 1, 3}, Case{"\"a\",", 1, 4},
                          Case{"'a',\n", 1, 4}, Case{"{}\n,", 2, 1}, Case{"--- {},", 1, 7},
                          Case{"{} # c\n,", 2, 1}, Case{"[]\n...\n,", 3, 1},
                          Case{"\"a\"\n ,", 2, 2}, Case{"measures: []\n--- {} ,\n", 2, 8}}) {
        auto p = parse_measures(c.text);
        ASSERT_EQ(p->sink.error_count(), 1u) << c.text;
        EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_syntax_error", c.line, c.column, ","))
            << c.text;
        EXPECT_EQ(diagnostic(p->sources, p->sink, "yaml_syntax_error").message,
                  "malformed yaml: a document cannot start with `,`");
        EXPECT_TRUE(p->result.measures.empty()) << c.text;
    }
}

TEST(YamlCppGuards, AnAliasReadsAsACopyOfItsNode) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n"
        "      applies_to: &who [eaeu_worker, foreign_national]\n      exempts: *who\n"
        "      trigger: &t {offence_count: 2}\n  - id: m2\n    jurisdiction: RU\n"
        "    facts:\n      trigger: *t\n");
    ASSERT_FALSE(p->sink.has_errors());
    ASSERT_EQ(p->result.measures.size(), 2u);
    const core::Measure& m1 = p->result.measures[0];
    ASSERT_EQ(m1.facts.size(), 3u);
    EXPECT_EQ(m1.facts[0].fact, *schema_of_tests().find_fact("applies_to"));
    EXPECT_EQ(m1.facts[1].fact, *schema_of_tests().find_fact("exempts"));
    EXPECT_EQ(m1.facts[0].value, m1.facts[1].value);
    // A copy is where its anchor's node is written (yaml-cpp marks it from the anchor on).
    EXPECT_EQ(p->sources.slice(m1.facts[1].at), "&who [eaeu_worker, foreign_national]");
    ASSERT_EQ(p->result.measures[1].facts.size(), 1u);
    EXPECT_EQ(p->result.measures[1].facts[0].value, core::make_int(2));
}

TEST(YamlCppGuards, AnAliasInsideTheNodeItNamesIsAnError) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts: &x\n"
        "      a: *x\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_syntax_error", 5, 10, "*"));
    EXPECT_EQ(diagnostic(p->sources, p->sink, "yaml_syntax_error").help,
              "write the value out instead of `*alias`");
}

TEST(YamlCppGuards, AliasesThatExpandBeyondTheFilesSizeAreAnError) {
    // Each level names the one below twice: 2^40 values in 1.6 KB.
    std::string text = "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n";
    text += "      a0: &a0 {x: 1, y: 1}\n";
    for (int i = 1; i < 40; ++i) {
        std::string below = "*a" + std::to_string(i - 1);
        text += "      a" + std::to_string(i) + ": &a" + std::to_string(i) + " {x: " + below +
                ", y: " + below + "}\n";
    }
    auto p = parse_measures(text);
    ASSERT_EQ(p->sink.error_count(), 1u);
    EXPECT_EQ(diagnostic(p->sources, p->sink, "yaml_syntax_error").message,
              "malformed yaml: aliases expand this file to too many values");
}

// yaml-cpp stops at 500 levels of nesting; an alias of 400 levels inside 200 would pass it.
TEST(YamlCppGuards, AliasesDeeperThanYamlCppsOwnLimitAreAnError) {
    std::string text = "a: &a " + std::string(400, '[') + std::string(400, ']') + "\n";
    text += "b: " + std::string(200, '[') + "*a" + std::string(200, ']') + "\n";
    auto p = parse_measures(text);
    ASSERT_EQ(p->sink.error_count(), 1u);
    EXPECT_EQ(diagnostic(p->sources, p->sink, "yaml_syntax_error").message,
              "malformed yaml: aliases nest the file deeper than 500 levels");
}

TEST(YamlCppGuards, AnUnknownAliasIsYamlCppsOwnError) {
    auto p = parse_measures("measures:\n  - *nowhere\n");
    EXPECT_EQ(p->sink.error_count(), 1u);
    EXPECT_EQ(
        diagnostic(p->sources, p->sink, "yaml_syntax_error").message.rfind("malformed yaml: ", 0),
        0u);
}

// yaml-cpp does not count a byte order mark in the columns of the first line.
TEST(YamlCppGuards, ByteOrderMarkDoesNotShiftThePositionsOfTheFirstLine) {
    auto p = parse_measures("\xEF\xBB\xBFmeasures: x\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_schema_error", 1, 12, "x"));
}

}  // namespace
}  // namespace lexcheck::test
