// The measure schema (lexcheck/parser/measure_schema.hpp) and the one reader that walks it:
// the same rules for every map on every path, and the value types keys are made of.
#include "lexcheck/parser/measure_schema.hpp"

#include "measure_test_support.hpp"
#include "reader/policies.hpp"
#include "reader/values.hpp"
#include "yaml/yaml_cpp_tree.hpp"

#include "lexcheck/parser/measures.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lexcheck::test {
namespace {

TEST(MeasureSchema, ListsEveryKeyOnceInTheOrderMessagesShowThem) {
    std::vector<std::string_view> names(parser::schema::kMeasureKeyNames.begin(),
                                        parser::schema::kMeasureKeyNames.end());
    EXPECT_EQ(names, (std::vector<std::string_view>{
                         "id", "jurisdiction", "title", "cite", "wording", "eId", "akn", "in_force",
                         "until", "facts", "expect", "affects", "replaces", "repeals"}));
    for (std::string_view d : parser::schema::kDocumentKeys) {
        if (d != "id") {
            EXPECT_NE(std::find(names.begin(), names.end(), d), names.end()) << d;
        }
    }
}

// Every map is read by the same rule: a key given twice is reported, the first is kept.
TEST(MeasureSchema, ARootKeyGivenTwiceIsReportedAndTheFirstKept) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\nmeasures:\n  - id: m2\n    jurisdiction: "
        "RU\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_schema_error", 4, 1, "measures"));
    EXPECT_EQ(diagnostic(p->sources, p->sink, "yaml_schema_error").message,
              "key `measures` is given twice in a measure file");
    ASSERT_EQ(p->result.measures.size(), 1u);
    EXPECT_EQ(p->result.measures[0].id, "m1");
}

// `document:` is read first wherever it stands, on the JSON fast path too (it used to read
// the measures before a later `document` without its defaults).
TEST(MeasureSchema, DocumentDefaultsApplyWhereverDocumentStands) {
    for (const char* path : {"m.json", "m.yaml"}) {
        auto p = parse_measures(
            R"({"measures": [{"id": "m1", "eId": "art_1"}],
 "document": {"title": "Law X", "jurisdiction": "RU", "akn": "x.akn.xml"}})",
            path);
        ASSERT_FALSE(p->sink.has_errors()) << path;
        ASSERT_EQ(p->result.measures.size(), 1u) << path;
        EXPECT_EQ(p->result.measures[0].title, "Law X") << path;
        EXPECT_EQ(p->result.measures[0].jurisdiction, "RU") << path;
        EXPECT_EQ(p->result.akn_paths, std::vector<std::string>{"x.akn.xml"}) << path;
    }
}

// ---- List<T> and Set<T>: value types that version 2's keys (`affects`, `repeals`) take ----

struct ReadList {
    core::SourceManager sources;
    core::DiagnosticSink sink;
    std::optional<std::vector<std::string>> list, set;
    bool list_read = false, set_read = false;
};

std::unique_ptr<ReadList> read_lists(const std::string& value) {
    auto r = std::make_unique<ReadList>();
    auto file = r->sources.add("v.yaml", "v: " + value + "\n");
    parser::detail::Tree tree;
    parser::detail::read_yaml_cpp(r->sources.text(file), file, false, tree, r->sink);
    std::uint32_t node = tree[tree[tree.documents.at(0)].first].next;
    core::Schema schema;
    parser::detail::ValueReader values(tree, schema, parser::detail::ReportProblems(r->sink));
    namespace s = parser::schema;
    r->list_read = values.read(s::List<s::State>{}, node, "affects", r->list);
    r->set_read = values.read(s::Set<s::State>{}, node, "affects", r->set);
    return r;
}

TEST(MeasureSchemaValues, AListKeepsItsItemsInOrderAndASetSortsThemOnce) {
    auto r = read_lists("[KG, AM, KG]");
    ASSERT_TRUE(r->list_read && r->set_read);
    EXPECT_EQ(*r->list, (std::vector<std::string>{"KG", "AM", "KG"}));
    EXPECT_EQ(*r->set, (std::vector<std::string>{"AM", "KG"}));
    EXPECT_FALSE(r->sink.has_errors());
}

TEST(MeasureSchemaValues, AnEmptyListIsNotAnAbsentOne) {
    auto r = read_lists("[]");
    ASSERT_TRUE(r->list.has_value());
    EXPECT_TRUE(r->list->empty());
}

TEST(MeasureSchemaValues, EveryBadItemIsReportedAndTheListIsNotKept) {
    auto r = read_lists("[kg, AM, 12]");
    EXPECT_FALSE(r->list_read);
    EXPECT_FALSE(r->list.has_value());
    EXPECT_EQ(r->sink.error_count(), 4u);  // two items, read as a list and as a set
}

TEST(MeasureSchemaValues, AScalarIsNotAList) {
    auto r = read_lists("KG");
    EXPECT_FALSE(r->list_read);
    std::vector<core::Diagnostic> ds = r->sink.sorted(r->sources);
    ASSERT_FALSE(ds.empty());
    EXPECT_EQ(ds[0].message, "`affects` is a list of state codes, not `KG`");
    EXPECT_EQ(ds[0].help, "write e.g. `affects: [KG, KZ]`");
}

}  // namespace
}  // namespace lexcheck::test
