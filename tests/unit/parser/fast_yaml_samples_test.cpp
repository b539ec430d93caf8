// The fast YAML reader inside its subset: each sample is accepted and read exactly as the
// yaml-cpp reader reads it, spans included; nesting past its limit is left to yaml-cpp.
#include "fast_yaml_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lexcheck::test {
namespace {

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

}  // namespace
}  // namespace lexcheck::test
