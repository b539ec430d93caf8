// `lexcheck lint` (checker::lint): for every lint code, a case that must warn, checked for
// its code, severity, position, underlined text, message and help, and a nearby case that
// must not.
#include "lexcheck/checker/lint.hpp"

#include "lint_fixture.hpp"

#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace lexcheck {
namespace {

using testing::base;
using testing::expect_label;
using testing::expect_lint;
using testing::expect_no_lint;
using testing::kMeasure;
using testing::kPrelude;
using testing::kProvision;
using testing::Linted;

std::unique_ptr<Linted> lint_inputs(const std::string& lex, const std::string& yaml = "") {
    return testing::lint_with(checker::lint, lex, yaml);
}

TEST(Lint, CompleteRulesAndMeasuresLintClean) {
    auto l = lint_inputs(base(), kMeasure);
    EXPECT_TRUE(l->all.empty()) << l->rendered();
}

// ---------------------------------------------------------------- unused vocabulary

TEST(LintUnusedFact, WarnsAtAFactNoProvisionOrMeasureUses) {
    auto l = lint_inputs(
        base() + "vocabulary extra {\n  fact spare : int \"a count nobody reads\"\n}\n", kMeasure);
    expect_lint(*l, "lint_unused_fact",
                {{core::Severity::warning, "rules.lex", 21, 8, "spare",
                  "fact `spare` is used by no provision and no measure",
                  "remove it, or state it in the measures it describes"}});
    EXPECT_EQ(l->all.size(), 1u) << l->rendered();
}

TEST(LintUnusedFact, AFactStatedInAMeasureOrTestedByAProvisionIsUsed) {
    std::string extra =
        "vocabulary extra {\n  fact spare : int \"a count\"\n  fact tested : int \"a count\"\n}\n"
        "provision t.p2 { of t cite \"Article 2\" text \"At most two.\" prohibits tested > 2 }\n";
    auto l =
        lint_inputs(base() + extra, std::string(kMeasure) + "      spare: 3\n      tested: 1\n");
    expect_no_lint(*l, "lint_unused_fact");
}

TEST(LintUnusedFact, AFactOnlyAnUnusedDefineTestsIsUnused) {
    auto l = lint_inputs(base() +
                             "vocabulary extra {\n  fact spare : int \"a count\"\n}\n"
                             "define many = spare > 2\n",
                         kMeasure);
    expect_lint(*l, "lint_unused_fact",
                {{core::Severity::warning, "rules.lex", 21, 8, "spare",
                  "fact `spare` is used by no provision and no measure",
                  "remove it, or state it in the measures it describes"}});
}

TEST(LintUnusedEnumValue, WarnsAtAValueNoProvisionOrMeasureUses) {
    auto l = lint_inputs(base() +
                             "vocabulary extra {\n  enum colour { red, green }\n"
                             "  fact colour : colour \"its colour\"\n}\n",
                         std::string(kMeasure) + "      colour: red\n");
    expect_lint(*l, "lint_unused_enum_value",
                {{core::Severity::warning, "rules.lex", 21, 22, "green",
                  "`green` of enum `colour` is used by no provision and no measure",
                  "remove it, or use it where it applies"}});
}

TEST(LintUnusedEnumValue, AValueAProvisionTestsOrAMeasureStatesIsUsed) {
    // `red` is stated by the measure, `green` tested in a scope, `blue` by a define that a
    // provision uses, and the set member `dark` in a test block's measure.
    std::string extra =
        "vocabulary extra {\n  enum colour { red, green, blue, dark }\n"
        "  fact colour : colour \"its colour\"\n  fact shades : set<colour> \"shades\"\n}\n"
        "define blueish = colour == blue\n"
        "provision t.p2 { of t cite \"Article 2\" text \"No green.\" scope colour == green\n"
        "  prohibits blueish or shades has red }\n"
        "test \"dark\" { as_of 2020-01-01 measure { jurisdiction RU colour = red shades = {dark} "
        "}\n"
        "  expect t.p2 not_applicable }\n";
    auto l = lint_inputs(base() + extra, std::string(kMeasure) + "      colour: red\n");
    expect_no_lint(*l, "lint_unused_enum_value");
}

TEST(LintUnusedEnumValue, AFactComparedWithAnotherFactUsesEveryValue) {
    std::string extra =
        "vocabulary extra {\n  enum colour { red, green }\n"
        "  fact colour : colour \"its colour\"\n  fact was : colour \"its former colour\"\n}\n"
        "provision t.p2 { of t cite \"Article 2\" text \"No change.\" prohibits colour != was }\n";
    auto l = lint_inputs(base() + extra, kMeasure);
    expect_no_lint(*l, "lint_unused_enum_value");
}

// ---------------------------------------------------------------- defines

TEST(LintUnusedDefine, WarnsAtADefineNoProvisionUses) {
    auto l = lint_inputs(base() + "define threat = security or order\n", kMeasure);
    expect_lint(*l, "lint_unused_define",
                {{core::Severity::warning, "rules.lex", 20, 8, "threat",
                  "define `threat` is never used", "use it in a provision or remove it"}});
    EXPECT_EQ(l->all.size(), 1u) << l->rendered();
}

TEST(LintUnusedDefine, ADefineUsedOnlyByAnUnusedDefineIsUnusedToo) {
    auto l = lint_inputs(
        base() + "define threat = security or order\ndefine grave = threat and security\n",
        kMeasure);
    expect_lint(*l, "lint_unused_define",
                {{core::Severity::warning, "rules.lex", 20, 8, "threat",
                  "define `threat` is never used", "use it in a provision or remove it"},
                 {core::Severity::warning, "rules.lex", 21, 8, "grave",
                  "define `grave` is never used", "use it in a provision or remove it"}});
}

TEST(LintUnusedDefine, DefinesAProvisionUsesThroughAChainAreUsed) {
    std::string rules = std::string(kPrelude) +
                        "define threat = security or order\n"
                        "define grave = threat and security\n"
                        "provision t.p1 {\n"
                        "  of t cite \"Article 1\" text \"No bans on workers.\"\n"
                        "  scope kind in {entry_ban, expulsion}\n"
                        "  prohibits applies_to has any {worker, family} \"restricts workers\"\n"
                        "  unless grave \"grave threat\"\n"
                        "}\n";
    auto l = lint_inputs(rules, kMeasure);
    expect_no_lint(*l, "lint_unused_define");
}

// ---------------------------------------------------------------- in force and parties

TEST(LintNoParty, WarnsAtAnInstrumentWithOnlyObservers) {
    auto l = lint_inputs(base() +
                             "instrument watch \"Watched treaty\" {\n"
                             "  kind treaty origin regional in_force 2000-01-01\n"
                             "  party UZ observer\n"
                             "}\n",
                         kMeasure);
    expect_lint(
        *l, "lint_no_party",
        {{core::Severity::warning, "rules.lex", 20, 12, "watch", "instrument `watch` has no party",
          "add `party XX from DATE` lines; without parties it binds no state"}});
    EXPECT_EQ(l->all.size(), 1u) << l->rendered();
}

TEST(LintNoParty, SoftLawNeedsNoParty) {
    auto l = lint_inputs(base() +
                             "instrument guide \"Guidelines\" {\n"
                             "  kind soft_law origin universal in_force 2000-01-01\n"
                             "}\n",
                         kMeasure);
    expect_no_lint(*l, "lint_no_party");
}

TEST(LintNeverInForce, WarnsAtAProvisionOfAnInstrumentWithoutInForce) {
    auto l = lint_inputs(base() +
                             "instrument draft \"Draft treaty\" {\n"
                             "  kind treaty origin regional party RU from 2000-01-01\n"
                             "}\n"
                             "provision draft.p1 { of draft cite \"Article 1\" text \"Draft.\" "
                             "prohibits security }\n",
                         kMeasure);
    expect_lint(*l, "lint_never_in_force",
                {{core::Severity::warning, "rules.lex", 23, 11, "draft.p1",
                  "provision `draft.p1` is never in force: instrument `draft` has no `in_force`",
                  "add `in_force DATE` to the instrument"}});
}

TEST(LintNeverInForce, WarnsAtAProvisionWhoseDatesLeaveNoDay) {
    auto l = lint_inputs(base() +
                             "provision t.old {\n"
                             "  of t cite \"Article 2\" text \"Repealed before the treaty.\"\n"
                             "  in_force 1990-01-01 until 1999-12-31\n"
                             "  prohibits security\n"
                             "}\n",
                         kMeasure);
    expect_lint(
        *l, "lint_never_in_force",
        {{core::Severity::warning, "rules.lex", 20, 11, "t.old",
          "provision `t.old` is never in force: its dates and those of `t` leave no day in force",
          "check its `in_force`/`until` dates against the instrument's"}});
}

TEST(LintNeverInForce, WarnsAtAProvisionInForceOnlyWhenNoPartyIsBound) {
    auto l = lint_inputs(base() +
                             "instrument short \"Short treaty\" {\n"
                             "  kind treaty origin regional in_force 2000-01-01\n"
                             "  party RU from 2000-01-01 until 2005-01-01\n"
                             "  party KZ from 2010-01-01\n"
                             "}\n"
                             "provision short.p1 {\n"
                             "  of short cite \"Article 1\" text \"Between.\"\n"
                             "  in_force 2005-01-01 until 2010-01-01\n"
                             "  prohibits security\n"
                             "}\n",
                         kMeasure);
    expect_lint(
        *l, "lint_never_in_force",
        {{core::Severity::warning, "rules.lex", 25, 11, "short.p1",
          "provision `short.p1` is never in force while a party is bound",
          "check its `in_force`/`until` dates against the instrument's and the parties' dates"}});
}

TEST(LintNeverInForce, AProvisionInForceWhileAPartyIsBoundIsFine) {
    // One day of overlap with KZ's period is enough; `until` is exclusive on both sides.
    auto l = lint_inputs(base() +
                             "instrument short \"Short treaty\" {\n"
                             "  kind treaty origin regional in_force 2000-01-01\n"
                             "  party RU from 2000-01-01 until 2005-01-01\n"
                             "  party KZ from 2010-01-01\n"
                             "}\n"
                             "provision short.p1 {\n"
                             "  of short cite \"Article 1\" text \"Between.\"\n"
                             "  in_force 2005-01-01 until 2010-01-02\n"
                             "  prohibits security\n"
                             "}\n",
                         kMeasure);
    expect_no_lint(*l, "lint_never_in_force");
}

// ---------------------------------------------------------------- measures

TEST(LintUntestedValue, WarnsAtMeasureValuesNoProvisionTests) {
    std::string rules = std::string(kPrelude) +
                        "vocabulary extra {\n  fact note : text \"a remark\"\n}\n" +
                        "provision t.p1 {\n"
                        "  of t cite \"Article 1\" text \"No entry bans on workers.\"\n"
                        "  scope kind == entry_ban\n"
                        "  prohibits applies_to has worker \"restricts workers\"\n"
                        "  unless security or order \"security or public order\"\n"
                        "}\n"
                        "test \"an expulsion is out of scope\" {\n"
                        "  as_of 2020-01-01\n"
                        "  measure { jurisdiction RU kind = expulsion applies_to = {family} }\n"
                        "  expect t.p1 not_applicable\n"
                        "}\n";
    std::string measure =
        "measures:\n"
        "  - id: m1\n"
        "    jurisdiction: RU\n"
        "    facts:\n"
        "      kind: expulsion\n"
        "      applies_to: [worker, family]\n"
        "      note: \"as amended\"\n";
    auto l = lint_inputs(rules, measure);
    expect_lint(*l, "lint_untested_value",
                {{core::Severity::warning, "measures.yaml", 5, 13, "expulsion",
                  "no provision tests whether `kind` is `expulsion`",
                  "provisions treat it like any value they do not name; check the provisions that "
                  "should test it"},
                 {core::Severity::warning, "measures.yaml", 6, 19, "[worker, family]",
                  "no provision tests whether `applies_to` is `family`",
                  "no finding depends on this member; check the provisions that should test it"},
                 {core::Severity::warning, "measures.yaml", 7, 13, "\"as amended\"",
                  "no provision tests `note`",
                  "the value does not affect any finding; remove it or write the provision that "
                  "needs it"}});
}

TEST(LintUntestedValue, TestedValuesAndFactsComparedWithFactsAreTested) {
    std::string extra =
        "vocabulary extra {\n  enum colour { red, green }\n"
        "  fact colour : colour \"its colour\"\n  fact was : colour \"its former colour\"\n}\n"
        "provision t.p2 { of t cite \"Article 2\" text \"No change.\" prohibits colour != was }\n";
    std::string measure = std::string(kMeasure) + "      colour: green\n      was: red\n";
    auto l = lint_inputs(base() + extra, measure);
    expect_no_lint(*l, "lint_untested_value");
}

// ---------------------------------------------------------------- paraphrase

TEST(LintParaphrase, NotesAParaphrasedProvision) {
    auto l = lint_inputs(base() +
                             "provision t.p2 {\n"
                             "  of t cite \"Article 2\" text \"[paraphrase:] no expulsions\"\n"
                             "  wording paraphrase\n"
                             "  prohibits security\n"
                             "}\n",
                         kMeasure);
    expect_lint(*l, "lint_paraphrase",
                {{core::Severity::note, "rules.lex", 20, 11, "t.p2",
                  "provision `t.p2` quotes a paraphrase, not the authentic text",
                  "verify the wording against an official text, then say `wording verbatim` or "
                  "`translation`"}});
}

TEST(LintParaphrase, TranslationsAndVerbatimTextAreNotNoted) {
    auto l = lint_inputs(base() +
                             "provision t.p2 {\n"
                             "  of t cite \"Article 2\" text \"No expulsions.\"\n"
                             "  wording translation\n"
                             "  prohibits security\n"
                             "}\n",
                         kMeasure);
    expect_no_lint(*l, "lint_paraphrase");
}

// Lines 20-25 (and 26-30) when appended to base(): readings of t.p1 (LANGUAGE.md §8).
constexpr const char* kSameScope = R"lex(reading t.p1.same {
  of t.p1
  position "reads the scope as the provision does"
  authority "Commentary"
  scope kind in { entry_ban,  expulsion }
}
)lex";
constexpr const char* kNoAuthority = R"lex(reading t.p1.narrow {
  of t.p1
  position "narrow"
  prohibits applies_to has worker "restricts workers"
}
)lex";

TEST(LintReadings, WarnsAtAReadingThatReplacesAClauseWithTheSameCondition) {
    auto l = lint_inputs(base() + kSameScope, kMeasure);
    expect_lint(
        *l, "lint_reading_unchanged",
        {{core::Severity::warning, "rules.lex", 24, 3, "scope kind in { entry_ban,  expulsion }",
          "reading `t.p1.same` replaces the `scope` of `t.p1` with the same condition",
          "a reading that changes nothing never disagrees; write the condition as this "
          "interpretation reads it, or remove the clause from the reading"}});
    expect_no_lint(*l, "lint_reading_without_authority");
}

TEST(LintReadings, NotesAReadingWithoutAuthorityAndAcceptsAChangedNorm) {
    auto l = lint_inputs(base() + kNoAuthority, kMeasure);
    expect_no_lint(*l, "lint_reading_unchanged");
    expect_lint(*l, "lint_reading_without_authority",
                {{core::Severity::note, "rules.lex", 20, 9, "t.p1.narrow",
                  "reading `t.p1.narrow` cites no authority",
                  "add `authority \"…\"` lines: the sources a lawyer would cite for this "
                  "interpretation, shown with its outcome in every report"}});
}

}  // namespace
}  // namespace lexcheck
