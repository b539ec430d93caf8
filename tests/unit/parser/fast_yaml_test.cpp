// The fast YAML reader (parser/measures/src/yaml/fast_reader.*) against yaml-cpp: on every measure
// file of the repository, the generator's output and the inline samples below, it returns exactly
// what the yaml-cpp reader returns (spans included) or gives up; it does not give up on the
// shipped corpus or the generator's output; and each case outside the subset falls back to
// yaml-cpp, whose diagnostics or values prove it.
#include "measure_file_diff.hpp"
#include "measure_test_support.hpp"
#include "readers.hpp"

#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/parser/load.hpp"
#include "lexcheck/parser/measures.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lexcheck::test {
namespace {

namespace fs = std::filesystem;

const core::Schema& schema() {
    static const core::Schema s = migration_schema();
    return s;
}

/// The rules under `dir`, which must load without errors
std::unique_ptr<core::RuleSet> load_rules(const fs::path& dir) {
    auto rules = std::make_unique<core::RuleSet>();
    core::SourceManager sources;
    core::DiagnosticSink sink;
    parser::load_rule_set({dir.string()}, sources, *rules, sink);
    EXPECT_FALSE(sink.has_errors()) << dir;
    return rules;
}

const core::Schema& shipped_schema() {
    static const auto rules = load_rules(fs::path(LEXCHECK_SOURCE_DIR) / "rules");
    return rules->schema;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Both readers on the same text; `fast` is nullopt where the fast reader gave up
struct Both {
    core::SourceManager sources;
    core::DiagnosticSink sink;  ///< yaml-cpp's diagnostics
    std::optional<parser::MeasureFile> fast;
    parser::MeasureFile slow;
};

std::unique_ptr<Both> read_both(const std::string& text, const core::Schema& s,
                                const std::string& path = "m.yaml") {
    auto b = std::make_unique<Both>();
    core::SourceId file = b->sources.add(path, text);
    b->fast = parser::detail::parse_measure_file_fast_yaml(b->sources, file, s);
    b->slow = parser::detail::parse_measure_file_yaml_cpp(b->sources, file, s, b->sink);
    return b;
}

/// Fails unless the fast reader gave up or returned what yaml-cpp returned with no
/// diagnostic; `accepted` says which
::testing::AssertionResult same_or_gave_up(const Both& b, bool& accepted) {
    accepted = b.fast.has_value();
    if (!accepted) return ::testing::AssertionSuccess();
    if (!b.sink.sorted(b.sources).empty()) {
        return ::testing::AssertionFailure() << "the fast reader accepted a file yaml-cpp reports";
    }
    std::string diff = testing::measure_file_diff(*b.fast, b.slow);
    if (!diff.empty()) return ::testing::AssertionFailure() << diff;
    return ::testing::AssertionSuccess();
}

std::vector<fs::path> yaml_files(const fs::path& root) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
        std::string ext = e.path().extension().string();
        if (e.is_regular_file() && (ext == ".yaml" || ext == ".yml")) out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// ---- differential ---------------------------------------------------------------------------

TEST(FastYaml, ReadsTheShippedCorpusExactlyAsYamlCpp) {
    auto files = yaml_files(fs::path(LEXCHECK_SOURCE_DIR) / "corpus");
    ASSERT_GE(files.size(), 6u);
    for (const fs::path& f : files) {
        auto b = read_both(read(f), shipped_schema(), f.string());
        bool accepted = false;
        EXPECT_TRUE(same_or_gave_up(*b, accepted)) << f;
        // `affects` (the shipped amnesties state it) is a key of the one measure schema, so the
        // fast reader reads it too.
        EXPECT_TRUE(accepted) << "the fast reader gave up on " << f;
        EXPECT_FALSE(b->slow.measures.empty()) << f;
    }
}

TEST(FastYaml, EveryYamlFileOfTheRepositoryIsReadAsYamlCppReadsItOrLeftToIt) {
    std::vector<fs::path> files;
    for (const char* dir : {"corpus", "tests", "docs"}) {
        auto more = yaml_files(fs::path(LEXCHECK_SOURCE_DIR) / dir);
        files.insert(files.end(), more.begin(), more.end());
    }
    std::size_t accepted_count = 0;
    for (const fs::path& f : files) {
        for (const core::Schema* s : {&shipped_schema(), &schema()}) {
            auto b = read_both(read(f), *s, f.string());
            bool accepted = false;
            EXPECT_TRUE(same_or_gave_up(*b, accepted)) << f;
            accepted_count += accepted;
        }
    }
    EXPECT_GE(accepted_count, 8u);
}

/// The ```yaml blocks of a Markdown file
std::vector<std::string> yaml_blocks(const fs::path& markdown) {
    std::vector<std::string> blocks;
    std::istringstream in(read(markdown));
    std::string line;
    std::string* block = nullptr;
    while (std::getline(in, line)) {
        if (line.rfind("```", 0) == 0) {
            block = !block && line == "```yaml" ? &blocks.emplace_back() : nullptr;
        } else if (block) {
            *block += line + "\n";
        }
    }
    return blocks;
}

TEST(FastYaml, ReadsTheGuidesExamplesAsYamlCppReadsThemOrLeavesThemToIt) {
    std::size_t accepted_count = 0;
    auto blocks = yaml_blocks(fs::path(LEXCHECK_SOURCE_DIR) / "docs" / "language.md");
    ASSERT_GE(blocks.size(), 8u);
    for (const std::string& text : blocks) {
        auto b = read_both(text, shipped_schema());
        bool accepted = false;
        EXPECT_TRUE(same_or_gave_up(*b, accepted)) << text;
        accepted_count += accepted;
        // The examples of errors must be left to yaml-cpp, which reports them.
        EXPECT_EQ(accepted, b->sink.sorted(b->sources).empty()) << text;
    }
    EXPECT_GE(accepted_count, 3u);
}

TEST(FastYaml, ReadsTheGeneratorsOutputExactlyAsYamlCpp) {
#ifndef LEXCHECK_PYTHON
    GTEST_SKIP() << "no python3 to run bench/generate.py";
#else
    testing::TempDir dir("fast_yaml_bench");
    std::string command = std::string(LEXCHECK_PYTHON) + " " + LEXCHECK_SOURCE_DIR +
                          "/bench/generate.py instance --measures 2000 --provisions 5 --seed 1 "
                          "--formats yaml --out " +
                          dir.str();
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    auto rules = load_rules(dir.path() / "rules");
    auto files = yaml_files(dir.path() / "corpus");
    ASSERT_EQ(files.size(), 2u);
    std::size_t measures = 0;
    for (const fs::path& f : files) {
        auto b = read_both(read(f), rules->schema, f.string());
        bool accepted = false;
        EXPECT_TRUE(same_or_gave_up(*b, accepted)) << f;
        EXPECT_TRUE(accepted) << "the fast reader gave up on " << f;
        measures += b->slow.measures.size();
    }
    EXPECT_EQ(measures, 2000u);
#endif
}

// Each sample is inside the subset: the fast reader must accept it and agree with yaml-cpp.
struct Sample {
    const char* name;
    const char* text;
};

void PrintTo(const Sample& s, std::ostream* os) {
    *os << s.name;
}

class FastYamlAccepts : public ::testing::TestWithParam<Sample> {};

TEST_P(FastYamlAccepts, AndAgreesWithYamlCpp) {
    auto b = read_both(GetParam().text, schema());
    bool accepted = false;
    EXPECT_TRUE(same_or_gave_up(*b, accepted));
    EXPECT_TRUE(accepted) << "gave up";
    EXPECT_FALSE(b->slow.measures.empty());
}

const Sample kAccepted[] = {
    {"EveryValueType", R"y(measures:
  - id: m1
    jurisdiction: AM
    facts:
      kind: expulsion
      origin_state: KG
      note: 'single: quoted'
      decision.date: "2020-12-31"
      ban.duration: 6m
      fine.ratio: -12.5
      trigger.offence_count: 7
      exempts: [ ]
      mandatory: true
)y"},
    {"DocumentDefaultsAndEveryMeasureKey", R"y(document:
  akn: kz/migration.akn.xml
  jurisdiction: KZ
  title: 'Law "On Migration of Population"'
  id: kz.migration
measures:
  - id: kz.migration.art48
    title: Other title
    cite: "Article 27(1)(12)"
    wording: translation
    eId: art_27__para_1__point_12
    akn: other.akn.xml
    in_force: 2014-01-13
    until: 2030-01-01
    facts:
      kind: entry_ban
    expect:
      eaeu_treaty.art97.p2: violation
      icrmw.art8.p2: not_applicable
)y"},
    {"DottedKeysAndNestedMaps", R"y(measures:
  - id: m1
    jurisdiction: RU
    facts:
      trigger.offence_count: 2
      trigger:
        window: 3y
        offence_scope: criminal
      ban:
        duration: 90d
)y"},
    {"BlockListsIndentedAndCompact", R"y(measures:
- id: m1
  jurisdiction: RU
  facts:
    applies_to:
      - stateless_person   # a comment
      - "eaeu_worker"
    exempts:
    - foreign_national
- id: m2
  jurisdiction: RU
)y"},
    {"FlowListOverSeveralLines", R"y(measures:
  - id: m1
    jurisdiction: RU
    facts:
      applies_to: [foreign_national, stateless_person,
                   eaeu_worker, 'eaeu_family_member' ]   # trailing comment
      exempts: [ ]
)y"},
    {"QuotedScalarsWithEscapes", R"y(document:
  title: "Law \"On Migration\" \\ 2011"
  jurisdiction: RU
measures:
  - id: 'it''s'
    cite: 'Article "5" \n'
    facts:
      note: "Статья 27 — \"text\""
)y"},
    {"PlainScalarsWithPunctuation", R"y(measures:
  - id: ru.a-1
    jurisdiction: RU
    cite: Article 27(1)(12), [see] {x} a#b 12:30 "q" 'r'   # comment
    facts:
      note: yes
)y"},
    {"CommentsBlankLinesAndSpacing", R"y(# a header comment

measures:   # the list

  # a comment before an item
  -   id: m1       # extra spaces after the dash
      jurisdiction: RU
        # a deeper comment
      facts:    # nothing on this line
        kind:   entry_ban
)y"},
    {"NullAndEmptyCollections", R"y(measures:
  - id: m1
    jurisdiction: RU
    facts:
    expect: ~
  - id: m2
    jurisdiction: RU
    facts: {}
    expect: { }
  - id: m3
    jurisdiction: RU
    facts:
      trigger: {}
)y"},
    {"DocumentAfterMeasures", R"y(measures:
  - id: m1
document:
  jurisdiction: KZ
)y"},
    {"SeveralDocumentsEachWithItsDefaults", R"y(---
document:
  jurisdiction: RU
measures:
  - id: m1
--- # the second
document:
  jurisdiction: KZ
  title: Second
measures:
  - id: m2
---
)y"},
    {"QuotedKeys", R"y("measures":
  - "id": m1
    'jurisdiction': RU
    "facts":
      "trigger.offence_count": 2
      'note': "a: b"
      "trigger":
        'window': 3y
    expect:
      "eaeu_treaty.art97.p2 under strict": violation
      'it''s "p"': compliant
      "p.\"q\"": contested
  - 'id': m2
    jurisdiction: RU
)y"},
    {"NoFinalNewline", "measures:\n  - id: m1\n    jurisdiction: RU\n    cite: last"},
};

INSTANTIATE_TEST_SUITE_P(Samples, FastYamlAccepts, ::testing::ValuesIn(kAccepted),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(FastYaml, SpansAreThoseOfTheYamlCppReader) {
    auto b = read_both(kAccepted[4].text, schema());
    ASSERT_TRUE(b->fast);
    const core::Measure& m = b->fast->measures.at(0);
    EXPECT_EQ(b->sources.slice(m.span), "m1");
    EXPECT_EQ(b->sources.slice(m.facts.at(0).at),
              "[foreign_national, stateless_person,\n"
              "                   eaeu_worker, 'eaeu_family_member' ]");
    auto c = read_both(kAccepted[3].text, schema());
    ASSERT_TRUE(c->fast);
    EXPECT_EQ(c->sources.slice(c->fast->measures.at(0).facts.at(0).at), "- stateless_person");
}

// Past 64 levels the reader gives up before the measure builder sees the tree (the limit
// guards the stack of both recursive walks; measure files nest five levels at most).
TEST(FastYaml, DeepNestingIsLeftToYamlCpp) {
    std::string facts;
    for (int level = 0; level < 200; ++level)
        facts += std::string(6 + 2 * level, ' ') + "k" + std::to_string(level) + ":\n";
    auto b =
        read_both("measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n" + facts, schema());
    EXPECT_FALSE(b->fast);
    EXPECT_TRUE(has_diagnostic(b->sources, b->sink, "yaml_unknown_fact", 204, 405, "k199"));
}

TEST(FastYaml, EmptyAndCommentOnlyFilesHoldNoMeasures) {
    for (const char* text : {"", "# nothing\n\n", "---\n", "measures:\n", "measures: []\n"}) {
        auto b = read_both(text, schema());
        ASSERT_TRUE(b->fast) << text;
        EXPECT_TRUE(b->fast->measures.empty());
        EXPECT_TRUE(b->sink.sorted(b->sources).empty());
    }
}

// ---- giving up ------------------------------------------------------------------------------

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
