// Issue 17 through the commands: `explain --remedies`, `check --remedies [--keep-others]` in
// every format (off by default), and `lexcheck conflicts` in text, JSON and Markdown, with
// `--jurisdiction` and `-o`. The analysis itself is tested in tests/unit/analysis/.
#include "cli_runner.hpp"
#include "golden_case.hpp"
#include "json_reader.hpp"

#include <gtest/gtest.h>

namespace lexcheck::testing {
namespace {

// t.a requires an individual assessment where u.b prohibits one: no entry ban of RU can
// comply with both. u.b's exception contradicts its scope. KZ is bound only by u.
constexpr const char* kRules = R"lex(
instrument t "T" { kind treaty origin regional in_force 2000-01-01 party RU from 2000-01-01 }
instrument u "U" { kind treaty origin regional in_force 2000-01-01
  party RU from 2000-01-01 party KZ from 2000-01-01 }
vocabulary v {
  enum measure_kind { entry_ban, expulsion }
  fact kind : measure_kind "What the measure does"
  fact assessment : bool "The law requires an individual assessment"
}
provision t.a { of t cite "Article 1" text "Bans require an individual assessment."
  scope kind == entry_ban requires assessment "has no individual assessment" }
provision u.b { of u cite "Article 2" text "Bans must be automatic."
  scope kind == entry_ban prohibits assessment "assesses individually"
  unless kind == expulsion "an expulsion" }
)lex";

constexpr const char* kMeasures = R"yaml(
measures:
  - id: m1
    cite: "Article 27(1)"
    jurisdiction: RU
    facts: { kind: entry_ban, assessment: false }
)yaml";

struct Fixture {
    TempDir dir{"remedies-cli"};
    std::string rules = dir.write("rules/r.lex", kRules);
    std::string corpus = dir.write("corpus/m.yaml", kMeasures);
    std::vector<std::string> args(const std::string& command,
                                  std::vector<std::string> extra) const {
        std::vector<std::string> a{command, "--rules", rules,       "--corpus",
                                   corpus,  "--as-of", "2024-01-01"};
        a.insert(a.end(), extra.begin(), extra.end());
        return a;
    }
};

constexpr const char* kAssess =
    "Article 27(1) would comply with Article 1 if the law requires an individual assessment "
    "(`assessment: true`).";
constexpr const char* kOutside =
    "Article 27(1) would fall outside Article 1 if `kind` were "
    "`expulsion`.";

TEST(RemediesCommands, ExplainListsTheRemediesOnlyWhenAsked) {
    Fixture f;
    auto plain = run_cli(f.args("explain", {"--measure", "m1", "--provision", "t.a"}));
    EXPECT_EQ(plain.status, 0) << plain.err;
    EXPECT_FALSE(contains(plain.out, "remedies:"));
    auto r = run_cli(f.args("explain", {"--measure", "m1", "--provision", "t.a", "--remedies"}));
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, std::string("\n    1. ") + kAssess + "\n    2. " + kOutside))
        << r.out;
    auto one =
        run_cli(f.args("explain", {"--measure", "m1", "--provision", "t.a", "--remedies", "1"}));
    EXPECT_TRUE(contains(one.out, kAssess)) << one.out;
    EXPECT_FALSE(contains(one.out, kOutside)) << one.out;
}

TEST(RemediesCommands, ExplainOfACompliantFindingNeedsNone) {
    Fixture f;
    auto r = run_cli(f.args("explain", {"--measure", "m1", "--provision", "u.b", "--remedies"}));
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "remedies:\n  none needed: the finding is compliant\n")) << r.out;
}

TEST(RemediesCommands, KeepOthersDropsARemedyThatBreachesAnotherBindingProvision) {
    // Requiring the assessment cures t.a but breaches u.b, which binds RU too.
    Fixture f;
    auto r = run_cli(f.args(
        "explain", {"--measure", "m1", "--provision", "t.a", "--remedies", "--keep-others"}));
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_FALSE(contains(r.out, kAssess)) << r.out;
    EXPECT_TRUE(contains(r.out, std::string("1. ") + kOutside)) << r.out;
}

TEST(RemediesCommands, CheckWritesRemediesInEveryFormatOnlyWhenAsked) {
    Fixture f;
    for (const std::string format : {"text", "md", "html", "json"}) {
        SCOPED_TRACE(format);
        auto plain = run_cli(f.args("check", {"--format", format}));
        EXPECT_EQ(plain.status, 1) << plain.err;
        EXPECT_FALSE(contains(plain.out, "would comply")) << "remedies are off by default";
        EXPECT_FALSE(contains(plain.out, "\"remedies\""));
        auto r = run_cli(f.args("check", {"--format", format, "--remedies"}));
        EXPECT_EQ(r.status, 1) << r.err;
        EXPECT_TRUE(contains(r.out, "would comply with Article 1 if")) << r.out;
    }
}

TEST(RemediesCommands, CheckJsonGivesEachRemedyItsChangesAndSentence) {
    Fixture f;
    auto r = run_cli(f.args("check", {"--format", "json", "--remedies", "--keep-others"}));
    ASSERT_EQ(r.status, 1) << r.err;
    auto doc = parse_json(r.out);
    ASSERT_TRUE(doc);
    const Json* violation = nullptr;
    for (const Json& finding : (*doc)["findings"].array) {
        if (finding["outcome"].string == "violation") violation = &finding;
        if (finding["outcome"].string == "compliant") {
            EXPECT_FALSE(finding.has("remedies"));
        }
    }
    ASSERT_NE(violation, nullptr) << r.out;
    const Json& rem = (*violation)["remedies"];
    EXPECT_EQ(rem["status"].string, "found");
    ASSERT_EQ(rem["remedies"].array.size(), 1u);
    const Json& one = rem["remedies"].array[0];
    EXPECT_EQ(one["outcome"].string, "not_applicable");
    ASSERT_EQ(one["changes"].array.size(), 1u);
    EXPECT_EQ(one["changes"].array[0]["fact"].string, "kind");
    EXPECT_EQ(one["changes"].array[0]["before"].string, "entry_ban");
    EXPECT_EQ(one["changes"].array[0]["after"].string, "expulsion");
    EXPECT_EQ(one["sentence"].string, kOutside);
}

TEST(RemediesCommands, RemediesCountMustBeFromOneToAHundred) {
    Fixture f;
    for (const std::string bad : {"0", "101", "three"}) {
        auto r = run_cli(f.args("check", {"--remedies", bad}));
        EXPECT_EQ(r.status, 2) << bad;
        EXPECT_EQ(r.out, "");
        EXPECT_TRUE(contains(r.err, "`" + bad +
                                        "` is not a number of remedies; give a whole "
                                        "number from 1 to 100"))
            << r.err;
    }
}

TEST(ConflictsCommand, ProvesTheConflictWithAWitnessAndTheExceptionThatNeverHolds) {
    Fixture f;
    auto r = run_cli(f.args("conflicts", {}));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out,
                         "lexcheck conflicts as of 2024-01-01: 2 States (KZ, RU), 1 pair "
                         "examined\n"))
        << r.out;
    EXPECT_TRUE(contains(r.out,
                         "conflict: No measure of RU within the scope of both Article 1 "
                         "(`t.a`) and Article 2 (`u.b`) can comply with both at once"))
        << r.out;
    EXPECT_TRUE(contains(r.out,
                         "  witness measure:\n    jurisdiction: RU\n    kind: entry_ban\n"
                         "    assessment: true\n  t.a: compliant\n"))
        << r.out;
    EXPECT_TRUE(contains(r.out, "  u.b: violation\n")) << r.out;
    EXPECT_TRUE(contains(r.out, "exception_never_holds: The exception `u.b#unless1` of Article 2"))
        << r.out;
    EXPECT_TRUE(contains(r.out, "\n1 conflict, 0 provisions never complied with")) << r.out;
}

TEST(ConflictsCommand, JurisdictionLimitsTheStatesExamined) {
    // KZ is bound by u alone: no pair, but u.b's exception still never holds.
    Fixture f;
    auto r = run_cli(f.args("conflicts", {"--jurisdiction", "KZ"}));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "1 State (KZ), 0 pairs examined")) << r.out;
    EXPECT_FALSE(contains(r.out, "conflict:")) << r.out;
    EXPECT_TRUE(contains(r.out, "for a measure of KZ.")) << r.out;
}

TEST(ConflictsCommand, JsonAndMarkdownCarryTheSameProofs) {
    Fixture f;
    auto json = run_cli(f.args("conflicts", {"--format", "json"}));
    ASSERT_EQ(json.status, 0) << json.err;
    auto doc = parse_json(json.out);
    ASSERT_TRUE(doc);
    EXPECT_EQ((*doc)["pairs_examined"].number, 1);
    const auto& proofs = (*doc)["proofs"].array;
    ASSERT_EQ(proofs.size(), 2u) << json.out;
    EXPECT_EQ(proofs[0]["kind"].string, "conflict");
    EXPECT_EQ(proofs[0]["provision"].string, "t.a");
    EXPECT_EQ(proofs[0]["other"].string, "u.b");
    const auto& findings = proofs[0]["witness"]["findings"].array;
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0]["outcome"].string, "compliant");
    EXPECT_EQ(findings[1]["outcome"].string, "violation");
    EXPECT_EQ(proofs[1]["kind"].string, "exception_never_holds");
    EXPECT_EQ(proofs[1]["exception"].string, "u.b#unless1");

    auto md = run_cli(f.args("conflicts", {"--format", "md"}));
    ASSERT_EQ(md.status, 0) << md.err;
    EXPECT_TRUE(contains(md.out, "Article 1 (`t.a`) and Article 2 (`u.b`)")) << md.out;
    EXPECT_TRUE(contains(md.out, "`u.b#unless1`")) << md.out;
}

TEST(ConflictsCommand, WritesTheOutputFileWholeAndRejectsAnUnknownFormat) {
    Fixture f;
    std::string out = (f.dir.path() / "conflicts.md").string();
    auto r = run_cli(f.args("conflicts", {"--format", "md", "-o", out}));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(read_text(out), run_cli(f.args("conflicts", {"--format", "md"})).out);
    auto bad = run_cli(f.args("conflicts", {"--format", "html"}));
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(contains(bad.err, "`html` is not a format")) << bad.err;
}

}  // namespace
}  // namespace lexcheck::testing
