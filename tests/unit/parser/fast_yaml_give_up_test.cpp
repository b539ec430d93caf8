// The fast YAML reader outside its subset: on each case it gives up, and the public entry
// point falls back to yaml-cpp, whose diagnostics or values prove the case.
#include "fast_yaml_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lexcheck::test {
namespace {

// Each case is outside the subset or an error: the fast reader gives up, and yaml-cpp reads
// the file: it reports `code`, or (no code) reads `cite` as `cite` says.
struct GiveUpCase {
    const char* name;
    const char* text;
    const char* code;  ///< The diagnostic yaml-cpp reports, or "" for valid YAML
    const char* cite = "";
};

void PrintTo(const GiveUpCase& c, std::ostream* os) {
    *os << c.name;
}

class FastYamlGivesUp : public ::testing::TestWithParam<GiveUpCase> {};

TEST_P(FastYamlGivesUp, AndYamlCppReadsTheFile) {
    const GiveUpCase& c = GetParam();
    auto b = read_both(c.text, schema());
    EXPECT_FALSE(b->fast) << "the fast reader did not give up";
    // The public entry point falls back to yaml-cpp and returns its diagnostics.
    auto p = parse_measures(c.text);
    std::vector<core::Diagnostic> ds = p->sink.sorted(p->sources);
    if (std::string(c.code).empty()) {
        EXPECT_TRUE(ds.empty()) << ds.at(0).message;
        ASSERT_EQ(p->result.measures.size(), 1u);
        EXPECT_EQ(p->result.measures[0].cite, c.cite);
    } else {
        bool found = false;
        for (const core::Diagnostic& d : ds) found = found || d.code == c.code;
        EXPECT_TRUE(found) << "no " << c.code << " among " << ds.size() << " diagnostics";
        for (const core::Diagnostic& d : ds) EXPECT_TRUE(d.primary) << d.message;
    }
    EXPECT_EQ(testing::measure_file_diff(p->result, b->slow), "");
}

#define LEXCHECK_M "measures:\n  - id: m1\n    jurisdiction: RU\n"

const GiveUpCase kGiveUp[] = {
    // Errors yaml-cpp's reader reports
    {"SyntaxError", LEXCHECK_M "    facts: {kind: entry_ban\n  - id: m2\n", "yaml_syntax_error"},
    {"Tab", "measures:\n\t- id: m1\n", "yaml_syntax_error"},
    {"BadIndentation", "measures:\n  - id: m1\n     jurisdiction: RU\n", "yaml_syntax_error"},
    {"ColonInPlainScalar", LEXCHECK_M "    cite: a: b\n", "yaml_syntax_error"},
    {"KeyGivenTwice", LEXCHECK_M "    cite: a\n    cite: b\n", "yaml_schema_error"},
    {"UnknownKey", LEXCHECK_M "    facs:\n      kind: entry_ban\n", "yaml_unknown_key"},
    {"UnknownDocumentKey", "document:\n  jurisdction: RU\n" LEXCHECK_M, "yaml_unknown_key"},
    {"UnknownTopLevelKey", "measure:\n  - id: m1\n", "yaml_unknown_key"},
    {"UnknownFact", LEXCHECK_M "    facts:\n      colour: red\n", "yaml_unknown_fact"},
    {"BuiltinFactUnderFacts", LEXCHECK_M "    facts:\n      jurisdiction: RU\n",
     "yaml_schema_error"},
    {"FactGivenTwice",
     LEXCHECK_M "    facts:\n      trigger.window: 3y\n      trigger:\n"
                "        window: 2y\n",
     "yaml_duplicate_fact"},
    {"YesIsNotABool", LEXCHECK_M "    facts:\n      mandatory: yes\n", "yaml_type_error"},
    {"QuotedInt", LEXCHECK_M "    facts:\n      trigger.offence_count: \"2\"\n", "yaml_type_error"},
    {"QuotedBool", LEXCHECK_M "    facts:\n      mandatory: 'true'\n", "yaml_type_error"},
    {"NotANumber", LEXCHECK_M "    facts:\n      fine.ratio: .5\n", "yaml_type_error"},
    {"NullFact", LEXCHECK_M "    facts:\n      note: ~\n", "yaml_type_error"},
    {"EmptyFact", LEXCHECK_M "    facts:\n      note:\n", "yaml_type_error"},
    {"ScalarWhereASetIsDue", LEXCHECK_M "    facts:\n      applies_to: eaeu_worker\n",
     "yaml_type_error"},
    {"NestedList", LEXCHECK_M "    facts:\n      applies_to: [[eaeu_worker]]\n", "yaml_type_error"},
    {"StateInLowerCase", LEXCHECK_M "    facts:\n      origin_state: kg\n", "yaml_type_error"},
    {"ImpossibleDate", LEXCHECK_M "    in_force: 2023-02-30\n", "yaml_invalid_date"},
    {"BadDuration", LEXCHECK_M "    facts:\n      ban.duration: 3 years\n",
     "yaml_invalid_duration"},
    {"UnknownEnumValue", LEXCHECK_M "    facts:\n      kind: entry_bann\n",
     "yaml_unknown_enum_value"},
    {"UnknownSetMember", LEXCHECK_M "    facts:\n      applies_to: [eaeu_workers]\n",
     "yaml_unknown_enum_value"},
    {"UnknownWording", LEXCHECK_M "    wording: literal\n", "yaml_unknown_enum_value"},
    {"UnknownOutcome", LEXCHECK_M "    expect:\n      p.q: breach\n", "yaml_unknown_enum_value"},
    {"ExpectGivenTwice", LEXCHECK_M "    expect:\n      p.q: violation\n      p.q: compliant\n",
     "yaml_schema_error"},
    {"DuplicateMeasureId", LEXCHECK_M "  - id: m1\n    jurisdiction: RU\n",
     "yaml_duplicate_measure"},
    {"MissingId", "measures:\n  - jurisdiction: RU\n", "yaml_missing_id"},
    {"EmptyId", "measures:\n  - id: \"\"\n    jurisdiction: RU\n", "yaml_missing_id"},
    {"NullId", "measures:\n  - id: null\n    jurisdiction: RU\n", "yaml_type_error"},
    {"MissingJurisdiction", "measures:\n  - id: m1\n", "yaml_missing_jurisdiction"},
    {"InvalidDocumentJurisdiction", "document:\n  jurisdiction: Russia\nmeasures:\n  - id: m1\n",
     "yaml_type_error"},
    {"EidWithoutADocument", LEXCHECK_M "    eId: art_27\n", "yaml_schema_error"},
    {"RootIsAList", "- id: m1\n", "yaml_schema_error"},
    {"MeasureIsAString", "measures:\n  - just a string\n", "yaml_schema_error"},
    {"FactsIsAList", LEXCHECK_M "    facts: [kind]\n", "yaml_schema_error"},
    // Valid YAML outside the subset: yaml-cpp reads it
    {"Anchor", LEXCHECK_M "    title: &t Law\n    cite: *t\n", "", "Law"},
    {"Tag", LEXCHECK_M "    cite: !!str 5\n", "", "5"},
    {"LiteralBlockScalar", LEXCHECK_M "    cite: |\n      Article 1\n", "", "Article 1\n"},
    {"FoldedBlockScalar", LEXCHECK_M "    cite: >\n      Article\n      1\n", "", "Article 1\n"},
    {"MultiLinePlainScalar", LEXCHECK_M "    cite: Article\n      27\n", "", "Article 27"},
    {"MultiLineQuotedScalar", LEXCHECK_M "    cite: \"Article\n      27\"\n", "", "Article 27"},
    {"OtherEscape", LEXCHECK_M "    cite: \"Art\\u0069cle\\t1\"\n", "", "Article\t1"},
    {"FlowMap", LEXCHECK_M "    cite: c\n    facts: {kind: entry_ban}\n", "", "c"},
    {"FlowMapMeasure", "measures:\n  - {id: m1, jurisdiction: RU, cite: c}\n", "", "c"},
    {"QuotedKeyThenABlank", LEXCHECK_M "    \"cite\" : c\n", "", "c"},
    {"QuotedKeyThenNoBlank", LEXCHECK_M "    cite: c\n    facts:\n      \"note\":x\n",
     "yaml_syntax_error"},
    {"QuotedKeyOtherEscape", LEXCHECK_M "    \"cit\\u0065\": c\n", "", "c"},
    {"QuotedKeyOverTwoLines", LEXCHECK_M "    \"ci\n      te\": c\n", "yaml_syntax_error"},
    {"ComplexKey", LEXCHECK_M "    ? cite\n    : c\n", "", "c"},
    {"ItemOnTheNextLine", "measures:\n  -\n    id: m1\n    jurisdiction: RU\n    cite: c\n", "",
     "c"},
    {"TrailingCommaInAList", LEXCHECK_M "    cite: c\n    facts:\n      exempts: [eaeu_worker,]\n",
     "", "c"},
    {"CarriageReturns", "measures:\r\n  - id: m1\r\n    jurisdiction: RU\r\n    cite: c\r\n", "",
     "c"},
    {"ByteOrderMark", "\xEF\xBB\xBF" LEXCHECK_M "    cite: c\n", "", "c"},
    {"Directive", "%YAML 1.2\n---\n" LEXCHECK_M "    cite: c\n", "", "c"},
    {"DocumentEndMarker", LEXCHECK_M "    cite: c\n...\n", "", "c"},
    {"RootKeyGivenTwice", "measures:\n  - id: m0\n" LEXCHECK_M "    cite: c\n",
     "yaml_schema_error"},
};

#undef LEXCHECK_M

INSTANTIATE_TEST_SUITE_P(Cases, FastYamlGivesUp, ::testing::ValuesIn(kGiveUp),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace lexcheck::test
