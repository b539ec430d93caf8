// `lexcheck lint` (checker::lint): for every lint code, a case that must warn, checked for
// its code, severity, position, underlined text, message and help, and a nearby case that
// must not.
#include "lexcheck/checker/lint.hpp"

#include "temp_dir.hpp"

#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace lexcheck {
namespace {

// Twelve lines: an instrument binding RU and a vocabulary that the base provision and
// measure below use completely, so that together they lint clean.
constexpr const char* kPrelude = R"lex(instrument t "Test treaty" {
  kind treaty origin regional in_force 2000-01-01
  party RU from 2000-01-01
}
vocabulary v {
  enum measure_kind { entry_ban, expulsion }
  enum person { worker, family }
  fact kind : measure_kind "what the measure does"
  fact applies_to : set<person> "whom it applies to"
  fact security : bool "whether it serves national security"
  fact order : bool "whether it serves public order"
}
)lex";

// Lines 13-19 when appended to kPrelude.
constexpr const char* kProvision = R"lex(provision t.p1 {
  of t cite "Article 1" text "No bans on workers."
  scope kind in {entry_ban, expulsion}
  prohibits applies_to has any {worker, family} "restricts workers"
  unless security "national security"
  unless order and not security "public order"
}
)lex";

constexpr const char* kMeasure = R"yaml(measures:
  - id: m1
    jurisdiction: RU
    facts:
      kind: entry_ban
      applies_to: [worker]
      security: false
)yaml";

struct Linted {
    testing::TempDir dir{"lint"};
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    std::vector<core::Diagnostic> all;

    std::vector<core::Diagnostic> with_code(const std::string& code) const {
        std::vector<core::Diagnostic> out;
        for (const core::Diagnostic& d : all) {
            if (d.code == code) out.push_back(d);
        }
        return out;
    }
    std::string rendered() const {
        std::string out;
        for (const core::Diagnostic& d : all) out += core::render_diagnostic(sources, d, false);
        return out;
    }
};

/// Loads `lex` as rules.lex and `yaml` (when given) as measures.yaml, then lints them
std::unique_ptr<Linted> lint_inputs(const std::string& lex, const std::string& yaml = "") {
    auto l = std::make_unique<Linted>();
    core::DiagnosticSink load;
    parser::load_rule_set({l->dir.write("rules.lex", lex)}, l->sources, l->rules, load);
    std::vector<std::string> corpus;
    if (!yaml.empty()) corpus.push_back(l->dir.write("measures.yaml", yaml));
    if (!load.has_errors())
        parser::load_corpus(corpus, l->rules.schema, l->sources, l->corpus, load, 1);
    std::string errors;
    for (const core::Diagnostic& d : load.sorted(l->sources))
        errors += core::render_diagnostic(l->sources, d, false);
    EXPECT_FALSE(load.has_errors()) << errors;
    core::DiagnosticSink sink;
    checker::lint(l->rules, l->corpus, sink);
    l->all = sink.sorted(l->sources);
    return l;
}

struct Want {
    core::Severity severity;
    std::string file;  ///< rules.lex or measures.yaml
    std::uint32_t line, column;
    std::string underlined;
    std::string message;
    std::string help;
};

/// The diagnostics with `code` are exactly `want`, in order
void expect_lint(const Linted& l, const std::string& code, const std::vector<Want>& want) {
    auto got = l.with_code(code);
    ASSERT_EQ(got.size(), want.size()) << l.rendered();
    for (std::size_t i = 0; i < got.size(); ++i) {
        const core::Diagnostic& d = got[i];
        const Want& w = want[i];
        SCOPED_TRACE(core::render_diagnostic(l.sources, d, true));
        EXPECT_EQ(d.severity, w.severity);
        ASSERT_TRUE(d.primary.has_value());
        std::string path = l.sources.path(d.primary->file);
        EXPECT_EQ(path.substr(path.rfind('/') + 1), w.file);
        core::LineCol lc = l.sources.line_col(d.primary->file, d.primary->begin);
        EXPECT_EQ(lc.line, w.line) << "line";
        EXPECT_EQ(lc.column, w.column) << "column";
        EXPECT_EQ(l.sources.slice(*d.primary), w.underlined);
        EXPECT_EQ(d.message, w.message);
        EXPECT_EQ(d.help.value_or("<none>"), w.help);
    }
}

void expect_no_lint(const Linted& l, const std::string& code) {
    EXPECT_TRUE(l.with_code(code).empty()) << l.rendered();
}

void expect_label(const core::Diagnostic& d, const Linted& l, const std::string& underlined,
                  const std::string& text) {
    ASSERT_EQ(d.labels.size(), 1u);
    EXPECT_EQ(l.sources.slice(d.labels[0].span), underlined);
    EXPECT_EQ(d.labels[0].text, text);
}

std::string base() {
    return std::string(kPrelude) + kProvision;
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

// ---------------------------------------------------------------- exceptions

TEST(LintExceptionNeverHolds, WarnsAtAnUnlessClauseThatContradictsTheScope) {
    std::string rules =
        std::string(kPrelude) +
        "provision t.p1 {\n"
        "  of t cite \"Article 1\" text \"No entry bans on workers.\"\n"
        "  scope kind == entry_ban and security is known\n"
        "  prohibits applies_to has any {worker, family} \"restricts workers\"\n"
        "  unless kind == expulsion and order \"expulsion on public order grounds\"\n"
        "}\n";
    auto l = lint_inputs(rules, kMeasure);
    expect_lint(
        *l, "lint_exception_never_holds",
        {{core::Severity::warning, "rules.lex", 17, 3,
          "unless kind == expulsion and order \"expulsion on public order grounds\"",
          "exception `t.p1#unless1` can never hold where `t.p1` is breached",
          "its condition contradicts the scope or norm of `t.p1`; check the values it tests"}});
    auto d = l->with_code("lint_exception_never_holds");
    if (!d.empty()) expect_label(d[0], *l, "t.p1", "the provision it is an exception to");
}

TEST(LintExceptionNeverHolds, WarnsAtAnExceptionProvisionThatContradictsTheNorm) {
    // `requires not security` is breached only when `security` holds.
    std::string rules =
        std::string(kPrelude) +
        "provision t.p1 {\n"
        "  of t cite \"Article 1\" text \"No security measures on workers.\"\n"
        "  scope applies_to has any {worker, family} and kind in {entry_ban, expulsion}\n"
        "  requires not security \"invokes security\"\n"
        "}\n"
        "provision t.p1_e {\n"
        "  of t cite \"Article 1(2)\" text \"Except without security.\"\n"
        "  exception to t.p1\n"
        "  when not security and order\n"
        "}\n";
    auto l = lint_inputs(rules, kMeasure);
    expect_lint(
        *l, "lint_exception_never_holds",
        {{core::Severity::warning, "rules.lex", 18, 11, "t.p1_e",
          "exception `t.p1_e` can never hold where `t.p1` is breached",
          "its condition contradicts the scope or norm of `t.p1`; check the values it tests"}});
    auto d = l->with_code("lint_exception_never_holds");
    if (!d.empty()) expect_label(d[0], *l, "t.p1", "the provision it is an exception to");
}

TEST(LintExceptionNeverHolds, AnExceptionInsideTheScopeCanHold) {
    // Same shape as above, but the exception's value is one the scope admits.
    std::string rules =
        std::string(kPrelude) +
        "provision t.p1 {\n"
        "  of t cite \"Article 1\" text \"No bans on workers.\"\n"
        "  scope kind in {entry_ban, expulsion}\n"
        "  prohibits applies_to has any {worker, family} and not security \"restricts workers\"\n"
        "  unless kind == expulsion and order \"expulsion on public order grounds\"\n"
        "}\n"
        "provision t.p1_e {\n"
        "  of t cite \"Article 1(2)\" text \"Except ...\"\n"
        "  exception to t.p1\n"
        "  when kind == expulsion and not security\n"
        "}\n";
    auto l = lint_inputs(rules, kMeasure);
    expect_no_lint(*l, "lint_exception_never_holds");
}

TEST(LintAmbiguousExceptions, WarnsWhenTwoExceptionsWithDifferentReasonsCanHoldTogether) {
    std::string rules = std::string(kPrelude) +
                        "provision t.p1 {\n"
                        "  of t cite \"Article 1\" text \"No bans on workers.\"\n"
                        "  scope kind in {entry_ban, expulsion}\n"
                        "  prohibits applies_to has any {worker, family} \"restricts workers\"\n"
                        "  unless security \"national security\"\n"
                        "}\n"
                        "provision t.p1_order {\n"
                        "  of t cite \"Article 1(2)\" text \"Except for public order.\"\n"
                        "  exception to t.p1\n"
                        "  when order\n"
                        "}\n";
    auto l = lint_inputs(rules, kMeasure);
    expect_lint(*l, "lint_ambiguous_exceptions",
                {{core::Severity::warning, "rules.lex", 19, 11, "t.p1_order",
                  "exceptions `t.p1#unless1` and `t.p1_order` of `t.p1` can hold together for "
                  "different reasons",
                  "defeated_by will name `t.p1#unless1` (it comes first); if both may apply, say "
                  "which governs"}});
    auto d = l->with_code("lint_ambiguous_exceptions");
    if (!d.empty())
        expect_label(d[0], *l, "unless security \"national security\"", "the other exception");
}

TEST(LintAmbiguousExceptions, ExclusiveExceptionsOrOneReasonAreNotAmbiguous) {
    // The base provision's two clauses exclude each other (`order and not security`); the
    // two clauses below give one reason.
    std::string rules = base() +
                        "provision t.p2 {\n"
                        "  of t cite \"Article 2\" text \"No expulsions.\"\n"
                        "  scope kind == expulsion\n"
                        "  prohibits applies_to has worker \"expels workers\"\n"
                        "  unless security \"threat\"\n"
                        "  unless order \"threat\"\n"
                        "  unless kind == entry_ban \"not an expulsion\"\n"
                        "}\n";
    auto l = lint_inputs(rules, kMeasure);
    expect_no_lint(*l, "lint_ambiguous_exceptions");
    // `kind == entry_ban` contradicts the scope: that is the other lint.
    EXPECT_EQ(l->with_code("lint_exception_never_holds").size(), 1u) << l->rendered();
}

TEST(LintAmbiguousExceptions, DefinesSharedByManyConditionsAreReadOnce) {
    // d29 mentions d0 2^29 times through the chain; reading each define once keeps lint
    // linear (it took about 10 s when every mention was read again).
    std::string rules = std::string(kPrelude) + "define d0 = security\n";
    for (int i = 1; i <= 29; ++i) {
        rules += "define d" + std::to_string(i) + " = d" + std::to_string(i - 1) + " and d" +
                 std::to_string(i - 1) + "\n";
    }
    rules +=
        "provision t.p1 {\n"
        "  of t cite \"Article 1\" text \"No bans on workers.\"\n"
        "  scope kind in {entry_ban, expulsion}\n"
        "  prohibits applies_to has any {worker, family} and order \"restricts workers\"\n"
        "  unless d29 \"national security\"\n"
        "  unless security \"security, again\"\n"
        "}\n";
    auto start = std::chrono::steady_clock::now();
    auto l = lint_inputs(rules, kMeasure);
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 2.0);
    EXPECT_EQ(l->with_code("lint_ambiguous_exceptions").size(), 1u) << l->rendered();
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
