// LANGUAGE.md §2: each declaration's clauses, their values and the errors lowering reports.
#include "diagnostic_matchers.hpp"

#include <gtest/gtest.h>

namespace {

using namespace lexcheck::core;
using lexcheck::testing::expect_diagnostics;
using lexcheck::testing::parse_clean;

TEST(Instrument, AllClauses) {
    auto p = parse_clean(
        "instrument eaeu \"Treaty\" {\n  kind soft_law origin external signed 2014-05-29\n"
        "  in_force 2015-01-01 until 2030-01-01\n  party RU from 2015-01-01\n"
        "  party KG from 2015-08-06 until 2099-12-31\n  party UZ observer\n}\n");
    ASSERT_EQ(p->rules.instruments.size(), 1u);
    const Instrument& in = p->rules.instruments[0];
    EXPECT_EQ(in.id.text, "eaeu");
    EXPECT_EQ(in.title, "Treaty");
    EXPECT_EQ(in.kind, InstrumentKind::soft_law);
    EXPECT_EQ(in.origin, Origin::external);
    EXPECT_EQ(in.signed_on, make_date(2014, 5, 29));
    EXPECT_EQ(in.until, make_date(2030, 1, 1));
    ASSERT_EQ(in.parties.size(), 3u);
    EXPECT_EQ(in.parties[1].until, make_date(2099, 12, 31));
    EXPECT_TRUE(in.parties[2].observer);
    EXPECT_EQ(p->slice(in.parties[1].span), "party KG from 2015-08-06 until 2099-12-31");
    EXPECT_EQ(p->slice(in.span).substr(0, 15), "instrument eaeu");
}

TEST(Instrument, UnknownKindListsTheAllowedOnes) {
    expect_diagnostics("instrument i \"I\" {\n  kind pact\n}\n")
        .code("lex_unknown_keyword_value")
        .message(
            "unknown instrument kind `pact`: expected `treaty`, `convention`, `agreement`, "
            "`protocol`, `national_law` or `soft_law`")
        .underlines("pact")
        .at(2, 8);
}

TEST(Instrument, KindTwiceIsADuplicateClause) {
    expect_diagnostics("instrument i \"I\" {\n  kind treaty\n  kind protocol\n}\n")
        .code("lex_duplicate_clause")
        .message("`kind` is written twice in instrument `i`")
        .underlines("kind")
        .at(3, 3);
}

TEST(Instrument, MissingTitle) {
    expect_diagnostics("instrument i {\n}\n")
        .code("lex_parse_error")
        .message("expected the instrument's title as a string")
        .underlines("{")
        .at(1, 14);
}

TEST(Vocabulary, EnumsFactsAndTypes) {
    auto p = parse_clean(
        "vocabulary m {\n  enum ground { a, b }\n  fact ground : set<ground> \"Grounds\"\n"
        "  fact trigger.count : int\n}\n");
    const VocabularyDecl& v = p->rules.vocabularies.at(0);
    ASSERT_EQ(v.enums.size(), 1u);
    EXPECT_EQ(v.enums[0].values.size(), 2u);
    ASSERT_EQ(v.facts.size(), 2u);
    EXPECT_TRUE(v.facts[0].type.is_set);
    EXPECT_EQ(v.facts[0].type.name.text, "ground");
    EXPECT_EQ(p->slice(v.facts[0].type.span), "set<ground>");
    EXPECT_EQ(v.facts[0].description, "Grounds");
    EXPECT_EQ(v.facts[1].path.text, "trigger.count");
}

TEST(Vocabulary, MissingType) {
    expect_diagnostics("vocabulary m {\n  fact f :\n}\n")
        .code("lex_parse_error")
        .message("expected a type")
        .underlines("}")
        .at(3, 1);
}

TEST(Provision, EveryClauseInAnyOrder) {
    auto p = parse_clean(
        "provision a.b.c {\n  see x.y see z\n  severity critical paradigm security\n"
        "  unless u1 \"one\" unless u2\n  requires r \"why\"\n  scope s\n  of inst\n"
        "  source \"f.akn.xml\" art_1 cite \"Art. 1\" text \"T\" wording translation\n"
        "  in_force 2020-01-01 until 2021-01-01\n}\n");
    const Provision& pr = p->rules.provisions.at(0);
    EXPECT_EQ(pr.id.text, "a.b.c");
    EXPECT_EQ(pr.norm_kind, NormKind::requirement);
    EXPECT_EQ(pr.norm.why, "why");
    EXPECT_EQ(p->slice(pr.norm.span), "requires r \"why\"");
    ASSERT_EQ(pr.unless.size(), 2u);
    EXPECT_EQ(pr.unless[0].why, "one");
    EXPECT_EQ(pr.see.size(), 2u);
    EXPECT_EQ(pr.severity, ProvisionSeverity::critical);
    EXPECT_EQ(pr.paradigm, Paradigm::security);
    EXPECT_EQ(pr.wording, Wording::translation);
    ASSERT_TRUE(pr.source);
    EXPECT_EQ(pr.source->file, "f.akn.xml");
    EXPECT_EQ(pr.source->eid.text, "art_1");
    EXPECT_TRUE(pr.scope);
    EXPECT_EQ(pr.until, make_date(2021, 1, 1));
}

TEST(Provision, ExceptionWithWhen) {
    auto p = parse_clean("provision e {\n  when g has x\n  exception to a.b\n}\n");
    const Provision& pr = p->rules.provisions.at(0);
    EXPECT_TRUE(pr.is_exception());
    EXPECT_EQ(pr.exception_to->text, "a.b");
    EXPECT_EQ(p->slice(p->rules.condition(pr.norm.condition).span), "g has x");
}

TEST(Provision, SecondCiteIsADuplicateClause) {
    expect_diagnostics("provision p {\n  cite \"a\"\n  cite \"b\"\n}\n")
        .code("lex_duplicate_clause")
        .message("`cite` is written twice in provision `p`")
        .underlines("cite")
        .at(3, 3);
}

TEST(Provision, TwoNormsAreAnError) {
    expect_diagnostics("provision p {\n  prohibits a\n  exception to q\n}\n")
        .code("lex_duplicate_clause")
        .message("provision `p` has both `prohibits` and `exception to`")
        .underlines("exception to")
        .at(3, 3);
}

TEST(Provision, UnknownWordingListsTheAllowedOnes) {
    expect_diagnostics("provision p {\n  wording literal\n}\n")
        .code("lex_unknown_keyword_value")
        .message("unknown wording `literal`: expected `verbatim`, `translation` or `paraphrase`")
        .underlines("literal")
        .at(2, 11);
}

TEST(Provision, UnknownClause) {
    expect_diagnostics("provision p {\n  prohibit a\n}\n")
        .code("lex_parse_error")
        .message("expected a provision clause or `}`")
        .underlines("prohibit")
        .at(2, 3);
}

TEST(Provision, ExceptionNeedsTo) {
    expect_diagnostics("provision p {\n  exception a.b\n}\n")
        .code("lex_parse_error")
        .message("expected `to`")
        .underlines("a.b")
        .at(2, 13);
}

TEST(Define, NameAndCondition) {
    auto p = parse_clean("define unrelated =\n  scope != migration_regime\n");
    const Define& d = p->rules.defines.at(0);
    EXPECT_EQ(d.name.text, "unrelated");
    EXPECT_EQ(p->slice(d.span), "define unrelated =\n  scope != migration_regime");
}

TEST(Define, MissingEquals) {
    expect_diagnostics("define d a\n")
        .code("lex_parse_error")
        .message("expected `=`")
        .underlines("a")
        .at(1, 10);
}

TEST(Test, MeasureFactsAndExpectations) {
    auto p = parse_clean(
        "test \"quota\" {\n  as_of 2020-01-01\n  measure {\n    jurisdiction RU\n"
        "    kind = labour_quota\n    applies_to = {eaeu_worker, family_member}\n    ground = {}\n"
        "    count = 3\n  }\n  expect a.b violation\n  expect a.b advisory\n}\n");
    const TestBlock& t = p->rules.tests.at(0);
    EXPECT_EQ(t.name, "quota");
    EXPECT_EQ(t.as_of, make_date(2020, 1, 1));
    EXPECT_EQ(t.jurisdiction->text, "RU");
    ASSERT_EQ(t.facts.size(), 4u);
    EXPECT_FALSE(t.facts[0].is_set);
    EXPECT_EQ(t.facts[1].values.size(), 2u);
    EXPECT_TRUE(t.facts[2].is_set);
    EXPECT_TRUE(t.facts[2].values.empty());
    EXPECT_EQ(t.facts[3].values[0].kind, LiteralKind::integer);
    ASSERT_EQ(t.expects.size(), 2u);
    EXPECT_EQ(t.expects[1].what, Expectation::advisory);
    EXPECT_EQ(p->slice(t.measure_span).substr(0, 9), "measure {");
}

TEST(Test, UnknownExpectation) {
    expect_diagnostics("test \"t\" {\n  expect a.b violated\n}\n")
        .code("lex_unknown_keyword_value")
        .underlines("violated")
        .at(2, 14);
}

TEST(Test, MissingValue) {
    expect_diagnostics("test \"t\" {\n  measure { kind = }\n}\n")
        .code("lex_parse_error")
        .message("expected a value")
        .underlines("}")
        .at(2, 20);
}

TEST(Recovery, EveryBrokenDeclarationIsReportedOnce) {
    expect_diagnostics(
        "define a = (x\nprovision p { cite }\ndefine ok = y\nbogus\ninstrument i \"I\" { party }\n"
        "define ok2 = z\n")
        .code("lex_parse_error")
        .message("expected `)`")
        .at(2, 1)
        .code("lex_parse_error")
        .message("expected a string")
        .underlines("}")
        .at(2, 20)
        .code("lex_parse_error")
        .message(
            "expected a declaration (`instrument`, `vocabulary`, `define`, `provision`, `reading` "
            "or "
            "`test`)")
        .underlines("bogus")
        .at(4, 1)
        .code("lex_parse_error")
        .message("expected a state code such as `RU`")
        .underlines("}")
        .at(5, 26);
}

TEST(Recovery, ResumesAfterAClosingBraceOnTheSameLine) {
    auto p = lexcheck::testing::parse_lex("provision p { cite 3 } define d = x\n");
    ASSERT_EQ(p->diagnostics.size(), 1u);
    ASSERT_EQ(p->rules.defines.size(), 1u);
    EXPECT_EQ(p->rules.defines[0].name.text, "d");
}

}  // namespace
