// parse_measure_file: values, spans, and every YAML error with its code, line and column.
#include "measure_test_support.hpp"

#include "lexcheck/parser/measures.hpp"

#include <gtest/gtest.h>

namespace lexcheck::test {
namespace {

const core::Schema& schema() {
    static const core::Schema s = migration_schema();
    return s;
}

std::uint32_t fact(const char* path) {
    return *schema().find_fact(path);
}

const char* const kFz114 = R"yaml(document:
  id: ru.fz114
  title: "Federal Law No. 114-FZ"
  jurisdiction: RU
  akn: fz114.akn.xml
measures:
  - id: ru.fz114.art27.p1.s12
    cite: "Article 27(1)(12)"
    wording: translation
    eId: art_27__para_1__point_12
    in_force: 2014-01-13
    until: 2030-01-01
    facts:
      kind: entry_ban
      applies_to: [foreign_national, eaeu_worker]
      trigger.offence_count: 2
      trigger:
        window: 3y
      ban.duration: 3y
    expect:
      eaeu_treaty.art97.p2: violation
      icrmw.art8.p2: not_applicable
)yaml";

TEST(MeasureFile, ReadsDocumentDefaultsAndMeasureKeys) {
    auto p = parse_measures(kFz114);
    ASSERT_FALSE(p->sink.has_errors());
    ASSERT_EQ(p->result.measures.size(), 1u);
    const core::Measure& m = p->result.measures[0];
    EXPECT_EQ(m.id, "ru.fz114.art27.p1.s12");
    EXPECT_EQ(m.jurisdiction, "RU");
    EXPECT_EQ(m.title, "Federal Law No. 114-FZ");
    EXPECT_EQ(m.cite, "Article 27(1)(12)");
    EXPECT_EQ(m.wording, core::Wording::translation);
    EXPECT_EQ(m.eid, "art_27__para_1__point_12");
    EXPECT_EQ(p->sources.slice(m.eid_span), "art_27__para_1__point_12");
    EXPECT_EQ(p->sources.slice(m.span), "ru.fz114.art27.p1.s12");
    EXPECT_EQ(m.in_force, core::make_date(2014, 1, 13));
    EXPECT_EQ(m.until, core::make_date(2030, 1, 1));
    EXPECT_EQ(m.document, core::kNone);  // linked by load_corpus
    EXPECT_EQ(p->result.akn_paths, std::vector<std::string>{"fz114.akn.xml"});
    EXPECT_EQ(p->sources.slice(p->result.akn_spans[0]), "fz114.akn.xml");
    ASSERT_EQ(m.expects.size(), 2u);
    EXPECT_EQ(m.expects[0].provision, "eaeu_treaty.art97.p2");
    EXPECT_EQ(m.expects[0].outcome, core::Outcome::violation);
    EXPECT_EQ(m.expects[1].outcome, core::Outcome::not_applicable);
    EXPECT_EQ(p->sources.slice(m.expects[1].span), "icrmw.art8.p2");
}

TEST(MeasureFile, DottedKeysAndNestedMapsNameTheSameFact) {
    auto p = parse_measures(kFz114);
    const core::Measure& m = p->result.measures.at(0);
    ASSERT_EQ(m.facts.size(), 5u);
    for (std::size_t i = 1; i < m.facts.size(); ++i)
        EXPECT_LT(m.facts[i - 1].fact, m.facts[i].fact);
    const core::FactValue* count = m.find(fact("trigger.offence_count"));
    const core::FactValue* window = m.find(fact("trigger.window"));
    ASSERT_TRUE(count && window);
    EXPECT_EQ(count->value, core::make_int(2));
    EXPECT_EQ(window->value, core::make_duration_value(3 * 365));
    EXPECT_EQ(p->sources.slice(window->at), "3y");
    EXPECT_EQ(p->sources.location(window->at), "m.yaml:18:17");
    const core::FactValue* applies = m.find(fact("applies_to"));
    ASSERT_TRUE(applies);
    EXPECT_EQ(applies->value, core::make_set({2, 0}));  // sorted: eaeu_worker, foreign_national
    EXPECT_EQ(p->sources.slice(applies->at), "[foreign_national, eaeu_worker]");
}

TEST(MeasureFile, ReadsEveryValueType) {
    auto p = parse_measures(R"(measures:
  - id: m1
    jurisdiction: KZ
    facts:
      mandatory: false
      trigger.offence_count: -3
      fine.ratio: 0.25
      decision.date: 2024-02-29
      ban.duration: 2w
      note: "quoted: text"
      origin_state: KG
      exempts: []
      kind: stay_limit
)");
    ASSERT_FALSE(p->sink.has_errors());
    const core::Measure& m = p->result.measures.at(0);
    EXPECT_EQ(m.find(fact("mandatory"))->value, core::make_bool(false));
    EXPECT_EQ(m.find(fact("trigger.offence_count"))->value, core::make_int(-3));
    EXPECT_EQ(m.find(fact("fine.ratio"))->value, core::make_number(0.25));
    EXPECT_EQ(m.find(fact("decision.date"))->value,
              core::make_date_value(core::make_date(2024, 2, 29).days));
    EXPECT_EQ(m.find(fact("ban.duration"))->value, core::make_duration_value(14));
    EXPECT_EQ(m.find(fact("note"))->value, core::make_text("quoted: text"));
    EXPECT_EQ(p->sources.slice(m.find(fact("note"))->at), "\"quoted: text\"");
    EXPECT_EQ(m.find(fact("origin_state"))->value, core::make_state("KG"));
    EXPECT_EQ(m.find(fact("exempts"))->value, core::make_set({}));
    EXPECT_EQ(m.find(fact("kind"))->value, core::make_enum(2));
    EXPECT_EQ(m.find(fact("applies_to")), nullptr);  // absent is unknown, never false
}

TEST(MeasureFile, BlockListIsASet) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n      applies_to:\n"
        "        - stateless_person\n        - eaeu_worker\n");
    ASSERT_FALSE(p->sink.has_errors());
    EXPECT_EQ(p->result.measures.at(0).find(fact("applies_to"))->value, core::make_set({0, 3}));
}

TEST(MeasureFile, ColumnsCountCharactersAfterCyrillicText) {
    auto p = parse_measures(
        "measures:\n  - {id: m1, jurisdiction: RU, cite: \"Статья 27\", facts: {kind: "
        "entry_bn}}\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_unknown_enum_value", 2, 65, "entry_bn"));
}

// ---- errors -----------------------------------------------------------------------------

TEST(MeasureFileErrors, UnknownFactSuggestsADeclaredOne) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n      trigger:\n"
        "        ofence_count: 2\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_unknown_fact", 6, 9, "ofence_count"));
    auto d = diagnostic(p->sources, p->sink, "yaml_unknown_fact");
    EXPECT_EQ(d.message, "unknown fact `trigger.ofence_count`");
    EXPECT_EQ(d.help, "did you mean `trigger.offence_count`?");
}

TEST(MeasureFileErrors, UnknownFactFarFromAnyHasNoSuggestion) {
    auto p =
        parse_measures("measures:\n  - id: m1\n    jurisdiction: RU\n    facts: {colour: red}\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_unknown_fact", 4, 13, "colour"));
    EXPECT_FALSE(diagnostic(p->sources, p->sink, "yaml_unknown_fact").help);
}

TEST(MeasureFileErrors, FactGivenTwiceLabelsTheFirst) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n      trigger.window: 3y\n"
        "      trigger:\n        window: 2y\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_duplicate_fact", 7, 9, "window"));
    auto d = diagnostic(p->sources, p->sink, "yaml_duplicate_fact");
    ASSERT_EQ(d.labels.size(), 1u);
    EXPECT_EQ(p->sources.location(d.labels[0].span), "m.yaml:5:7");
    EXPECT_EQ(p->sources.slice(d.labels[0].span), "trigger.window");
    // The first value is kept
    EXPECT_EQ(p->result.measures.at(0).find(fact("trigger.window"))->value,
              core::make_duration_value(3 * 365));
}

TEST(MeasureFileErrors, WrongTypeNamesTheExpectedType) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n      mandatory: yes\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_type_error", 5, 18, "yes"));
    auto d = diagnostic(p->sources, p->sink, "yaml_type_error");
    EXPECT_EQ(d.message, "`mandatory` expects bool, found `yes`");
    EXPECT_EQ(d.help, "write `true` or `false`");
}

TEST(MeasureFileErrors, QuotedNumberIsNotAnInt) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts: {trigger.offence_count: \"2\"}\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_type_error", 4, 36, "\"2\""));
}

TEST(MeasureFileErrors, ScalarWhereASetIsDue) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n      applies_to: eaeu_worker\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_type_error", 5, 19, "eaeu_worker"));
    EXPECT_EQ(diagnostic(p->sources, p->sink, "yaml_type_error").message,
              "`applies_to` expects set<person>, found `eaeu_worker`");
}

TEST(MeasureFileErrors, StateMustBeTwoCapitals) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n      origin_state: Kg\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_type_error", 5, 21, "Kg"));
}

TEST(MeasureFileErrors, UnknownEnumValueListsTheAllowedValues) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n"
        "      applies_to: [eaeu_worker, eaeu_workers]\n");
    EXPECT_TRUE(
        has_diagnostic(p->sources, p->sink, "yaml_unknown_enum_value", 5, 33, "eaeu_workers"));
    auto d = diagnostic(p->sources, p->sink, "yaml_unknown_enum_value");
    EXPECT_EQ(d.message,
              "`eaeu_workers` is not a value of `person` (allowed: `eaeu_worker`, "
              "`eaeu_family_member`, `foreign_national`, `stateless_person`)");
    EXPECT_EQ(d.help, "did you mean `eaeu_worker`?");
    EXPECT_EQ(p->result.measures.at(0).find(fact("applies_to")), nullptr);
}

TEST(MeasureFileErrors, ImpossibleDate) {
    auto p =
        parse_measures("measures:\n  - id: m1\n    jurisdiction: RU\n    in_force: 2023-02-30\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_invalid_date", 4, 15, "2023-02-30"));
    EXPECT_EQ(diagnostic(p->sources, p->sink, "yaml_invalid_date").message,
              "`2023-02-30` is not a day of the calendar");
}

TEST(MeasureFileErrors, MalformedDateFact) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n      decision.date: "
        "13.01.2014\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_invalid_date", 5, 22, "13.01.2014"));
}

TEST(MeasureFileErrors, DurationWithASpaceIsInvalid) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n"
        "      ban.duration: 3 years   # should be 3y\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_invalid_duration", 5, 21, "3 years"));
    EXPECT_EQ(diagnostic(p->sources, p->sink, "yaml_invalid_duration").help,
              "write a whole number and a unit with no space: `90d`, `2w`, `6m` or `3y`");
}

TEST(MeasureFileErrors, DuplicateMeasureIdLabelsTheFirst) {
    auto p = parse_measures(
        "measures:\n  - id: ru.a\n    jurisdiction: RU\n  - id: ru.b\n    jurisdiction: RU\n"
        "  - id: ru.a\n    jurisdiction: RU\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_duplicate_measure", 6, 9, "ru.a"));
    auto d = diagnostic(p->sources, p->sink, "yaml_duplicate_measure");
    ASSERT_EQ(d.labels.size(), 1u);
    EXPECT_EQ(p->sources.location(d.labels[0].span), "m.yaml:2:9");
    EXPECT_EQ(p->result.measures.size(), 2u);
}

TEST(MeasureFileErrors, MissingJurisdiction) {
    auto p = parse_measures("measures:\n  - id: ru.a\n    cite: \"Article 1\"\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_missing_jurisdiction", 2, 9, "ru.a"));
}

TEST(MeasureFileErrors, JurisdictionMustBeAStateCode) {
    auto p = parse_measures("document:\n  jurisdiction: Russia\nmeasures:\n  - id: ru.a\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_type_error", 2, 17, "Russia"));
    // Already reported: no second error for the measure that inherits it
    EXPECT_EQ(p->sink.error_count(), 1u);
}

TEST(MeasureFileErrors, MissingId) {
    auto p = parse_measures("measures:\n  - jurisdiction: RU\n    cite: \"Article 1\"\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_missing_id", 2, 5));
    EXPECT_TRUE(p->result.measures.empty());
}

TEST(MeasureFileErrors, UnknownKeyListsTheAllowedKeys) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facs:\n      kind: entry_ban\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_unknown_key", 4, 5, "facs"));
    auto d = diagnostic(p->sources, p->sink, "yaml_unknown_key");
    EXPECT_EQ(d.message, "unknown key `facs` in a measure");
    ASSERT_TRUE(d.help);
    EXPECT_EQ(d.help->rfind("did you mean `facts`?", 0), 0u) << *d.help;
    EXPECT_NE(d.help->find("`eId`, `akn`, `in_force`, `until`, `facts`, `expect`"),
              std::string::npos);
}

TEST(MeasureFileErrors, UnknownDocumentKey) {
    auto p = parse_measures("document:\n  jurisdction: RU\nmeasures:\n  - id: m1\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_unknown_key", 2, 3, "jurisdction"));
    EXPECT_EQ(diagnostic(p->sources, p->sink, "yaml_unknown_key").help,
              "did you mean `jurisdiction`? the keys of `document` are `id`, `title`, "
              "`jurisdiction`, `akn`");
}

TEST(MeasureFileErrors, UnknownTopLevelKey) {
    auto p = parse_measures("document:\n  jurisdiction: RU\nmeasure:\n  - id: m1\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_unknown_key", 3, 1, "measure"));
}

TEST(MeasureFileErrors, MalformedYamlIsReportedWithItsPosition) {
    auto p = parse_measures("measures:\n  - id: m1\n    facts: {kind: entry_ban\n  - id: m2\n");
    ASSERT_EQ(p->sink.error_count(), 1u);
    auto d = diagnostic(p->sources, p->sink, "yaml_syntax_error");
    EXPECT_EQ(p->sources.location(*d.primary), "m.yaml:4:7");
    EXPECT_EQ(d.message.rfind("malformed yaml: ", 0), 0u);
}

// yaml-cpp 0.7 loops, allocating, on a document that opens with `,` (yaml-cpp#1040); each
// of these used to end in std::bad_alloc.
TEST(MeasureFileErrors, CommaOpeningADocumentIsASyntaxErrorNotAHang) {
    struct Case {
        const char* text;
        std::uint32_t line, column;
    };
    // The byte order mark counts as one character of the line.
    for (const Case& c : {Case{",\n", 1, 1}, Case{"  , x\n", 1, 3}, Case{"# note\n\n,\n", 3, 1},
                          Case{"\xEF\xBB\xBF,", 1, 2}, Case{"!!str ,\n", 1, 7},
                          Case{"&a\n  ,\n", 2, 3}, Case{"measures: []\n---\n,\n", 3, 1},
                          Case{"--- ,\n", 1, 5}, Case{"%YAML 1.2\n---\n,\n", 3, 1}}) {
        auto p = parse_measures(c.text);
        ASSERT_EQ(p->sink.error_count(), 1u) << c.text;
        EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_syntax_error", c.line, c.column, ","))
            << c.text;
        EXPECT_EQ(diagnostic(p->sources, p->sink, "yaml_syntax_error").message,
                  "malformed yaml: a document cannot start with `,`");
    }
    // Commas elsewhere are plain YAML, read as before.
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    cite: Art 1, para 2\n"
        "    facts: {applies_to: [eaeu_worker, foreign_national]}\n");
    EXPECT_EQ(p->sink.error_count(), 0u);
    ASSERT_EQ(p->result.measures.size(), 1u);
    EXPECT_EQ(p->result.measures[0].cite, "Art 1, para 2");
}

TEST(MeasureFileErrors, BadIndentationIsASyntaxError) {
    auto p = parse_measures("measures:\n  - id: m1\n     jurisdiction: RU\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_syntax_error", 3, 18));
}

TEST(MeasureFileErrors, NonMapsWhereMapsAreDue) {
    auto p = parse_measures("measures:\n  - id: m1\n    jurisdiction: RU\n    facts: [kind]\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_schema_error", 4, 12, "[kind]"));
    auto q = parse_measures("measures:\n  kind: entry_ban\n");
    EXPECT_TRUE(has_diagnostic(q->sources, q->sink, "yaml_schema_error", 2, 3));
    auto r = parse_measures("- id: m1\n");
    EXPECT_TRUE(has_diagnostic(r->sources, r->sink, "yaml_schema_error", 1, 1));
    auto s = parse_measures("measures:\n  - just a string\n");
    EXPECT_TRUE(has_diagnostic(s->sources, s->sink, "yaml_schema_error", 2, 5, "just a string"));
}

TEST(MeasureFileErrors, BuiltinFactUnderFactsBelongsOnTheMeasure) {
    auto p = parse_measures("measures:\n  - id: m1\n    facts:\n      jurisdiction: RU\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_schema_error", 4, 7, "jurisdiction"));
}

TEST(MeasureFileErrors, KeyGivenTwiceInAMeasure) {
    auto p =
        parse_measures("measures:\n  - id: m1\n    jurisdiction: RU\n    cite: a\n    cite: b\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_schema_error", 5, 5, "cite"));
}

TEST(MeasureFileErrors, UnknownOutcomeInExpect) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    expect:\n      eaeu_treaty.art97.p2: "
        "breach\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_unknown_enum_value", 5, 29, "breach"));
}

TEST(MeasureFileErrors, UnknownWording) {
    auto p = parse_measures("measures:\n  - id: m1\n    jurisdiction: RU\n    wording: literal\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_unknown_enum_value", 4, 14, "literal"));
}

TEST(MeasureFileErrors, EidWithoutADocument) {
    auto p = parse_measures("measures:\n  - id: m1\n    jurisdiction: RU\n    eId: art_27\n");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_schema_error", 4, 10, "art_27"));
}

TEST(MeasureFileErrors, EveryErrorOfAFileIsReported) {
    auto p = parse_measures(
        "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n      kind: ban\n"
        "      ban.duration: 3 years\n      mandatory: 1\n");
    EXPECT_EQ(p->sink.error_count(), 3u);
}

// ---- JSON and JSON Lines --------------------------------------------------------------------

TEST(MeasureFileJson, JsonIsReadAsYaml) {
    auto p = parse_measures(R"({"document": {"jurisdiction": "RU", "akn": "fz114.akn.xml"},
 "measures": [{"id": "m1", "eId": "art_27", "in_force": "2014-01-13",
               "facts": {"kind": "entry_ban", "trigger.offence_count": 2, "mandatory": true,
                         "applies_to": []}}]})",
                            "m.json");
    ASSERT_FALSE(p->sink.has_errors());
    const core::Measure& m = p->result.measures.at(0);
    EXPECT_EQ(m.jurisdiction, "RU");
    EXPECT_EQ(m.facts.size(), 4u);
    EXPECT_EQ(p->sources.slice(m.eid_span), "\"art_27\"");
}

TEST(MeasureFileJson, JsonLinesHoldOneMeasurePerLine) {
    auto p = parse_measures(
        "{\"id\": \"a\", \"jurisdiction\": \"RU\", \"facts\": {\"kind\": \"entry_ban\"}}\n"
        "\n"
        "{\"id\": \"b\", \"jurisdiction\": \"KZ\", \"facts\": {\"kind\": \"expulsion\"}}\n"
        "{\"id\": \"c\", \"jurisdiction\": \"KZ\", \"facts\": {\"kind\": \"exile\"}}\n"
        "{\"id\": \"d\", \"jurisdiction\": \"KZ\"\n",
        "m.jsonl");
    ASSERT_EQ(p->result.measures.size(), 3u);
    EXPECT_EQ(p->result.measures[1].jurisdiction, "KZ");
    EXPECT_EQ(p->sources.location(p->result.measures[1].span), "m.jsonl:3:8");
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "yaml_unknown_enum_value", 4, 53, "\"exile\""));
    auto d = diagnostic(p->sources, p->sink, "yaml_syntax_error");
    EXPECT_EQ(p->sources.line_col(d.primary->file, d.primary->begin).line, 5u);
}

}  // namespace
}  // namespace lexcheck::test
