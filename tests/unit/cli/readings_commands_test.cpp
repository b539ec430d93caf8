// LANGUAGE.md §8–§9 through the commands: `--fail-on contested`, `explain` of a contested
// finding and of a reading, `expect:` keys "P under READING" and `contested` in measure
// files (YAML and JSON), `affects` in every measure reader, and coverage of readings.
#include "cli_runner.hpp"

#include <gtest/gtest.h>

namespace lexcheck::testing {
namespace {

constexpr const char* kRules = R"lex(
instrument t "Test treaty" { kind treaty origin regional in_force 2000-01-01 reciprocal
  party RU from 2000-01-01 party KG from 2000-01-01 party AM from 2030-01-01 }
vocabulary v {
  fact banned : bool "the measure bans"
  fact purpose : bool "the measure protects the labour market"
}
provision t.p { of t cite "Article 1" text "No bans." position "functional"
  authority "Commentary A" prohibits banned }
reading t.p.textual { of t.p position "textual" authority "The wording"
  prohibits banned and purpose }
)lex";

struct Fixture {
    TempDir dir;
    std::string rules, corpus;
    Fixture(const std::string& name, const std::string& measures,
            const std::string& file = "corpus/m.yaml")
        : dir(name) {
        rules = dir.write("rules/t.lex", kRules);
        corpus = dir.write(file, measures);
    }
    std::vector<std::string> args(const std::string& command,
                                  std::vector<std::string> extra) const {
        std::vector<std::string> a{command, "--rules", rules,       "--corpus",
                                   corpus,  "--as-of", "2020-01-01"};
        a.insert(a.end(), extra.begin(), extra.end());
        return a;
    }
};

constexpr const char* kContested = R"yaml(
measures:
  - id: ru.ban
    jurisdiction: RU
    facts: { banned: true, purpose: false }
)yaml";

TEST(ReadingsCommands, FailOnContestedCountsABindingContestedViolation) {
    Fixture f("fail-on-contested", kContested);
    EXPECT_EQ(run_cli(f.args("check", {})).status, 0);  // no uncontested violation
    EXPECT_EQ(run_cli(f.args("check", {"--fail-on", "contested"})).status, 1);
    EXPECT_EQ(run_cli(f.args("check", {"--fail-on", "undetermined"})).status, 1);
    EXPECT_EQ(run_cli(f.args("check", {"--fail-on", "never"})).status, 0);
    auto bad = run_cli(f.args("check", {"--fail-on", "disputed"}));
    EXPECT_EQ(bad.status, 2);
    EXPECT_EQ(bad.err,
              "lexcheck: error: --fail-on: `disputed` is not a level; use violation, contested, "
              "undetermined or never\n");
}

TEST(ReadingsCommands, ExplainShowsOneTracePerAssignmentWithPositionsAuthoritiesAndReasons) {
    Fixture f("explain-contested", kContested);
    auto r = run_cli(f.args("explain", {"--measure", "ru.ban", "--provision", "t.p"}));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "outcome: contested\n")) << r.out;
    EXPECT_TRUE(contains(r.out, "binding: RU is bound toward KG (AM from 2030-01-01)\n")) << r.out;
    EXPECT_TRUE(contains(r.out,
                         "assignment 1: violation\n  t.p: primary reading, \"functional\"\n"
                         "    authority: Commentary A\nreasons:\n  The measure falls under the "
                         "prohibition in Article 1: `banned` holds.\nconditions:\n"))
        << r.out;
    EXPECT_TRUE(contains(r.out,
                         "assignment 2: compliant\n  t.p: reading t.p.textual, "
                         "\"textual\"\n    authority: The wording\nreasons:\n  Under the reading "
                         "\u201ctextual\u201d, the measure does not fall under the prohibition in "
                         "Article 1: `purpose` does not hold.\nconditions:\n"))
        << r.out;
}

TEST(ReadingsCommands, ExplainRefusesAReadingAndNamesItsProvision) {
    Fixture f("explain-reading", kContested);
    auto r = run_cli(f.args("explain", {"--measure", "ru.ban", "--provision", "t.p.textual"}));
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err,
              "lexcheck: error: `t.p.textual` is a reading, not a provision\n"
              "  = help: explain `t.p`; a contested finding shows every reading's outcome\n");
}

TEST(ReadingsCommands, MeasureExpectationsNameReadingsAfterUnder) {
    for (const char* file : {"corpus/m.yaml", "corpus/m.json"}) {
        SCOPED_TRACE(file);
        std::string yaml = std::string(kContested) +
                           "    expect:\n      t.p: contested\n"
                           "      \"t.p under t.p.textual\": compliant\n"
                           "      \"t.p under t.p\": violation\n";
        std::string json =
            R"({"measures": [{"id": "ru.ban", "jurisdiction": "RU", "facts": {"banned": true,)"
            R"( "purpose": false}, "expect": {"t.p": "contested", "t.p under t.p.textual":)"
            R"( "compliant", "t.p under t.p": "violation"}}]})";
        Fixture f(std::string("expect-under-") + (file[9] == 'y' ? "yaml" : "json"),
                  file[9] == 'y' ? yaml : json, file);
        auto r = run_cli(f.args("test", {"--coverage"}));
        EXPECT_EQ(r.status, 0) << r.out << r.err;
        EXPECT_TRUE(contains(r.out, "3 passed, 0 failed")) << r.out;
        // The reading is a coverage row, reached (compliant) by the assignment choosing it.
        EXPECT_TRUE(contains(r.out, "-C-  t.p.textual")) << r.out;
    }
}

TEST(ReadingsCommands, AWrongReadingAfterUnderInAMeasureFileIsAnInputError) {
    std::string yaml =
        std::string(kContested) + "    expect:\n      \"t.p under t.q\": compliant\n";
    Fixture f("expect-under-wrong", yaml);
    auto r = run_cli(f.args("test", {}));
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err,
                         "error: `t.q` is not a reading of `t.p` or of an exception to it "
                         "[yaml_unknown_ref]"))
        << r.err;
}

TEST(ReadingsCommands, AffectsIsReadFromYamlAndJsonAndNarrowsBindingToward) {
    constexpr const char* kYaml = R"yaml(
measures:
  - id: ru.ban
    jurisdiction: RU
    affects: [AM, UZ]
    facts: { banned: true, purpose: true }
)yaml";
    constexpr const char* kJson =
        R"({"measures": [{"id": "ru.ban", "jurisdiction": "RU", "affects": ["AM", "UZ"],)"
        R"( "facts": {"banned": true, "purpose": true}}]})";
    for (bool json : {false, true}) {
        Fixture f(json ? "affects-json" : "affects-yaml", json ? kJson : kYaml,
                  json ? "corpus/m.json" : "corpus/m.yaml");
        // AM joins only in 2030: no national of a partner on 2020-01-01 is affected.
        auto r = run_cli(f.args("check", {"--format", "json", "--no-cache"}));
        EXPECT_EQ(r.status, 0) << r.err;
        EXPECT_TRUE(contains(r.out, "\"binding\": false,\n      \"binding_toward\": [],")) << r.out;
        // A second run reads the cached measures: `affects` survives the cache.
        auto first = run_cli(f.args("check", {"--format", "md"}));
        auto second = run_cli(f.args("check", {"--format", "md"}));
        EXPECT_EQ(first.out, second.out);
        EXPECT_TRUE(contains(second.out, "no national of another party is affected")) << second.out;
    }
}

TEST(ReadingsCommands, AffectsMustBeAListOfStateCodes) {
    Fixture f("affects-bad", "measures:\n  - id: m\n    jurisdiction: RU\n    affects: KG\n");
    auto r = run_cli(f.args("check", {}));
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(contains(r.err, "m.yaml:4:14: error: `affects` is a list of state codes")) << r.err;
}

}  // namespace
}  // namespace lexcheck::testing
