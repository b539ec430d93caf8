// `lexcheck test`: test blocks and measure `expect:` annotations, failures explained,
// the closing line, exit statuses, coverage and its threshold, JSON output, and the
// shipped rules' own tests.
#include "cli_runner.hpp"
#include "json_reader.hpp"
#include "temp_dir.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace lexcheck::testing {
namespace {

// ---------------------------------------------------------------- fixtures

constexpr const char* kRules = R"lex(instrument t "Test treaty" {
  kind treaty origin regional in_force 2000-01-01
  party RU from 2000-01-01
}
vocabulary v {
  enum person { worker, other }
  fact applies_to : set<person> "whom it applies to"
  fact security : bool "whether it serves national security"
  fact order : bool "whether it serves public order"
}
provision t.p1 {
  of t cite "Article 1" text "No restrictions on workers."
  prohibits applies_to has worker "restricts workers"
  unless security "national security"
}
provision t.p1_order {
  of t cite "Article 1(2)" text "Except for public order."
  exception to t.p1
  when order
}
provision t.late {
  of t cite "Article 2" text "A later duty." in_force 2010-01-01
  prohibits applies_to has other
}
)lex";

// Lines 1, 7, 13 and 19 open the tests.
constexpr const char* kPassingTests = R"lex(test "restricting workers violates Article 1" {
  as_of 2020-01-01
  measure { jurisdiction RU applies_to = {worker} security = false order = false }
  expect t.p1 violation
  expect t.p1 binding
}
test "a security measure complies" {
  as_of 2020-01-01
  measure { jurisdiction RU applies_to = {worker} security = true order = false }
  expect t.p1 compliant
  expect t.p1 binding
}
test "unknown grounds leave it undetermined" {
  as_of 2020-01-01
  measure { jurisdiction RU applies_to = {worker} }
  expect t.p1 undetermined
  expect t.p1 binding
}
test "Article 2 is not in force in 2005" {
  as_of 2005-01-01
  measure { jurisdiction RU applies_to = {other} }
  expect t.late not_applicable
}
)lex";

constexpr const char* kMeasures = R"yaml(measures:
  - id: ru.ban
    jurisdiction: RU
    facts:
      applies_to: [worker]
      security: false
      order: false
    expect:
      t.p1: violation
  - id: ru.order
    jurisdiction: RU
    facts:
      applies_to: [worker]
      security: false
      order: true
    expect:
      t.p1: compliant
)yaml";

struct Fixture {
    TempDir dir;
    std::string rules_dir, corpus_dir;
    Fixture(const std::string& name, const std::string& tests,
            const std::string& measures = kMeasures)
        : dir(name) {
        dir.write("rules/rules.lex", kRules);
        dir.write("rules/tests.lex", tests);
        if (!measures.empty()) dir.write("corpus/measures.yaml", measures);
        rules_dir = (dir.path() / "rules").generic_string();
        corpus_dir = (dir.path() / "corpus").generic_string();
        std::filesystem::create_directories(dir.path() / "corpus");
    }
    std::string tests_path() const { return rules_dir + "/tests.lex"; }
    CliResult run(std::vector<std::string> extra = {}) const {
        std::vector<std::string> a{"test",     "--rules", rules_dir,    "--corpus",
                                   corpus_dir, "--as-of", "2020-01-01", "--no-cache"};
        a.insert(a.end(), extra.begin(), extra.end());
        return run_cli(a);
    }
};

// ---------------------------------------------------------------- passing and failing

TEST(TestCommand, NamesEveryTestAndEndsWithTheCount) {
    Fixture f("test-pass", kPassingTests);
    auto r = f.run();
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    std::vector<std::string> want = {
        "PASS  " + f.tests_path() + ":1 restricting workers violates Article 1",
        "PASS  " + f.tests_path() + ":7 a security measure complies",
        "PASS  " + f.tests_path() + ":13 unknown grounds leave it undetermined",
        "PASS  " + f.tests_path() + ":19 Article 2 is not in force in 2005",
        "PASS  ru.ban \u2192 t.p1",
        "PASS  ru.order \u2192 t.p1",
        "6 passed, 0 failed",
    };
    EXPECT_EQ(lines_of(r.out), want) << r.out;
}

TEST(TestCommand, AFailingTestBlockShowsExpectedActualAndTheExplanation) {
    Fixture f("test-fail-block",
              std::string(kPassingTests) +
                  "test \"a security measure violates\" {\n"  // line 24
                  "  as_of 2020-01-01\n"
                  "  measure { jurisdiction RU applies_to = {worker} security = true }\n"
                  "  expect t.p1 violation\n"
                  "  expect t.p1 advisory\n"
                  "}\n");
    auto r = f.run();
    EXPECT_EQ(r.status, 1) << r.out << r.err;
    EXPECT_TRUE(contains(
        r.out,
        "FAIL  " + f.tests_path() +
            ":24 a security measure violates\n"
            "      t.p1: expected violation, got compliant\n"
            "        test: a security measure violates against t.p1 (Article 1) as of 2020-01-01\n"
            "        outcome: compliant\n"
            "        binding: RU is a party to t since 2000-01-01\n"))
        << r.out;
    // The explanation shows why: the trace, with the clause that defeated the violation.
    EXPECT_TRUE(contains(r.out, "t.p1#unless1: security -> true")) << r.out;
    EXPECT_TRUE(contains(r.out, "        defeated by: t.p1#unless1\n")) << r.out;
    EXPECT_TRUE(contains(r.out, "      t.p1: expected advisory, got binding\n")) << r.out;
    EXPECT_EQ(lines_of(r.out).back(), "6 passed, 1 failed") << r.out;
}

TEST(TestCommand, AFailingMeasureExpectationIsNamedByMeasureAndProvision) {
    std::string measures = std::string(kMeasures) +
                           "  - id: ru.unsure\n"
                           "    jurisdiction: RU\n"
                           "    facts:\n"
                           "      applies_to: [worker]\n"
                           "    expect:\n"
                           "      t.p1: violation\n";
    Fixture f("test-fail-measure", kPassingTests, measures);
    auto r = f.run();
    EXPECT_EQ(r.status, 1) << r.out << r.err;
    EXPECT_TRUE(contains(r.out,
                         "FAIL  ru.unsure \u2192 t.p1\n"
                         "      t.p1: expected violation, got undetermined\n"
                         "        ru.unsure against t.p1 (Article 1) as of 2020-01-01\n"
                         "        outcome: undetermined\n"))
        << r.out;
    EXPECT_TRUE(
        contains(r.out, "        to decide it, state these facts of the measure: order security\n"))
        << r.out;
    EXPECT_EQ(lines_of(r.out).back(), "6 passed, 1 failed") << r.out;
}

TEST(TestCommand, AFailureWithoutATraceIsStillExplained) {
    // Without `as_of` the test runs on --as-of; t.late is not in force before 2010, so
    // there is no condition to show, but the explanation still says why.
    Fixture f("test-fail-na",
              "test \"Article 2 binds in 2005\" {\n"
              "  measure { jurisdiction RU applies_to = {other} }\n"
              "  expect t.late violation\n"
              "}\n",
              "");
    auto r = f.run({"--as-of", "2005-06-01"});
    EXPECT_EQ(r.status, 1) << r.out << r.err;
    EXPECT_TRUE(contains(
        r.out,
        "      t.late: expected violation, got not_applicable\n"
        "        test: Article 2 binds in 2005 against t.late (Article 2) as of 2005-06-01\n"
        "        outcome: not_applicable (not_in_force)\n"))
        << r.out;
    EXPECT_TRUE(
        contains(r.out, "        the provision or its instrument is not in force on 2005-06-01\n"))
        << r.out;
    EXPECT_EQ(lines_of(r.out).back(), "0 passed, 1 failed") << r.out;
}

TEST(TestCommand, TestsWithoutAsOfUseTheCommandLineDate) {
    std::string tests =
        "test \"Article 2 applies\" {\n"
        "  measure { jurisdiction RU applies_to = {other} }\n"
        "  expect t.late violation\n"
        "}\n"
        "test \"Article 2 did not apply in 2005\" {\n"
        "  as_of 2005-01-01\n"
        "  measure { jurisdiction RU applies_to = {other} }\n"
        "  expect t.late not_applicable\n"
        "}\n";
    Fixture f("test-as-of", tests, "");
    auto later = f.run({"--as-of", "2015-01-01"});
    EXPECT_EQ(later.status, 0) << later.out;
    EXPECT_EQ(lines_of(later.out).back(), "2 passed, 0 failed") << later.out;
    // On 2005 the first test fails; the second keeps its own date and still passes.
    auto earlier = f.run({"--as-of", "2005-06-01"});
    EXPECT_EQ(earlier.status, 1) << earlier.out;
    EXPECT_TRUE(contains(earlier.out, "FAIL  " + f.tests_path() + ":1 Article 2 applies"))
        << earlier.out;
    EXPECT_TRUE(
        contains(earlier.out, "PASS  " + f.tests_path() + ":5 Article 2 did not apply in 2005"))
        << earlier.out;
}

// ---------------------------------------------------------------- input errors

TEST(TestCommand, AnUnknownProvisionInAMeasureExpectationIsAnInputError) {
    std::string measures = std::string(kMeasures) +
                           "  - id: ru.typo\n"
                           "    jurisdiction: RU\n"
                           "    facts:\n"
                           "      applies_to: [worker]\n"
                           "    expect:\n"
                           "      t.p2: violation\n";
    Fixture f("test-unknown-expect", kPassingTests, measures);
    auto r = f.run();
    EXPECT_EQ(r.status, 2) << r.out << r.err;
    EXPECT_TRUE(contains(r.err, f.corpus_dir +
                                    "/measures.yaml:23:7: error: no provision is called `t.p2` "
                                    "[yaml_unknown_ref]"))
        << r.err;
    EXPECT_TRUE(contains(r.err, "= help: did you mean `t.p1`?")) << r.err;
    EXPECT_EQ(r.out, "") << "nothing is tested when the input is wrong";
}

TEST(TestCommand, AMeasureExpectationOnAnExceptionIsAnInputError) {
    std::string measures =
        "measures:\n"
        "  - id: ru.order\n"
        "    jurisdiction: RU\n"
        "    facts:\n"
        "      order: true\n"
        "    expect:\n"
        "      t.p1_order: compliant\n";
    Fixture f("test-expect-exception", kPassingTests, measures);
    auto r = f.run();
    EXPECT_EQ(r.status, 2) << r.out << r.err;
    EXPECT_TRUE(
        contains(r.err,
                 "measures.yaml:7:7: error: `t.p1_order` is an exception; outcomes belong to "
                 "the provision it is an exception to [yaml_expect_exception]"))
        << r.err;
    EXPECT_TRUE(contains(r.err, "= help: expect `t.p1` instead")) << r.err;
}

TEST(TestCommand, AnUnknownProvisionInATestBlockIsAnInputError) {
    Fixture f("test-unknown-block",
              "test \"typo\" {\n  as_of 2020-01-01\n"
              "  measure { jurisdiction RU applies_to = {worker} }\n"
              "  expect t.p9 violation\n}\n");
    auto r = f.run();
    EXPECT_EQ(r.status, 2) << r.out << r.err;
    EXPECT_TRUE(contains(r.err, f.tests_path() + ":4:10: error: no provision is called `t.p9`"))
        << r.err;
    EXPECT_EQ(r.out, "");
}

TEST(TestCommand, UsageErrorsExitTwo) {
    Fixture f("test-usage", kPassingTests);
    EXPECT_EQ(f.run({"--format", "html"}).status, 2);
    EXPECT_EQ(f.run({"--threshold", "101"}).status, 2);
    EXPECT_EQ(f.run({"--threshold", "ninety"}).status, 2);
}

// ---------------------------------------------------------------- coverage

TEST(TestCommand, CoverageListsEveryProvisionAndExceptionWithTheOutcomesReached) {
    // Test blocks reach t.p1 as violation, compliant (by its `unless`) and undetermined;
    // t.p1_order does not hold in any of them, and is unknown once. ru.order (expect:)
    // reaches t.p1_order holding. t.late is only not_applicable, which is no outcome here.
    Fixture f("test-coverage", kPassingTests);
    auto r = f.run({"--coverage"});
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_TRUE(contains(
        r.out,
        "\ncoverage (outcomes reached by some test: V violation, C compliant, U undetermined)\n"
        "  ---  t.late\n"
        "  VCU  t.p1\n"
        "  VCU  t.p1#unless1\n"
        "  VCU  t.p1_order\n"
        "coverage: 9/12 = 75.0%\n"
        "6 passed, 0 failed\n"))
        << r.out;
    // Without --coverage, no table.
    EXPECT_FALSE(contains(f.run().out, "\ncoverage")) << "no table without --coverage";
}

TEST(TestCommand, CoverageCountsOnlyWhatTheTestsReach) {
    // Only the violation test: one outcome per row of t.p1 and its exceptions.
    Fixture f(
        "test-coverage-one",
        std::string(kPassingTests).substr(0, std::string(kPassingTests).find("test \"a security")),
        "");
    auto r = f.run({"--coverage"});
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_TRUE(contains(r.out,
                         "  ---  t.late\n"
                         "  V--  t.p1\n"
                         "  V--  t.p1#unless1\n"
                         "  V--  t.p1_order\n"
                         "coverage: 3/12 = 25.0%\n"))
        << r.out;
}

TEST(TestCommand, ThresholdFailsBelowThePercentage) {
    Fixture f("test-threshold", kPassingTests);
    auto below = f.run({"--threshold", "80"});
    EXPECT_EQ(below.status, 1) << below.out;
    EXPECT_TRUE(contains(below.err, "lexcheck: coverage 75.0% is below the threshold 80.0%"))
        << below.err;
    EXPECT_TRUE(contains(below.out, "coverage: 9/12 = 75.0%")) << "--threshold prints the coverage";
    EXPECT_EQ(lines_of(below.out).back(), "6 passed, 0 failed") << below.out;
    auto at = f.run({"--threshold", "75"});
    EXPECT_EQ(at.status, 0) << at.out << at.err;
    EXPECT_EQ(at.err, "");
}

// ---------------------------------------------------------------- JSON

TEST(TestCommand, JsonListsTestsFailuresAndCoverage) {
    std::string measures = std::string(kMeasures) +
                           "  - id: ru.unsure\n"
                           "    jurisdiction: RU\n"
                           "    facts:\n"
                           "      applies_to: [worker]\n"
                           "    expect:\n"
                           "      t.p1: violation\n";
    Fixture f("test-json", kPassingTests, measures);
    auto r = f.run({"--format", "json"});
    EXPECT_EQ(r.status, 1) << r.out << r.err;
    auto doc = parse_json(r.out);
    ASSERT_TRUE(doc) << r.out;
    EXPECT_EQ(doc->keys(), (std::vector<std::string>{"tests", "coverage", "passed", "failed"}));
    EXPECT_EQ((*doc)["passed"].number, 6);
    EXPECT_EQ((*doc)["failed"].number, 1);

    const Json& tests = (*doc)["tests"];
    ASSERT_EQ(tests.array.size(), 7u);
    const Json& first = tests.array[0];
    EXPECT_EQ(first.keys(),
              (std::vector<std::string>{"name", "kind", "as_of", "passed", "failures"}));
    EXPECT_EQ(first["name"].string, f.tests_path() + ":1 restricting workers violates Article 1");
    EXPECT_EQ(first["kind"].string, "test");
    EXPECT_EQ(first["as_of"].string, "2020-01-01");
    EXPECT_TRUE(first["passed"].boolean);
    EXPECT_TRUE(first["failures"].array.empty());
    EXPECT_EQ(tests.array[3]["as_of"].string, "2005-01-01");

    const Json& failed = tests.array[6];
    EXPECT_EQ(failed["name"].string, "ru.unsure \u2192 t.p1");
    EXPECT_EQ(failed["kind"].string, "expect");
    EXPECT_FALSE(failed["passed"].boolean);
    ASSERT_EQ(failed["failures"].array.size(), 1u);
    const Json& why = failed["failures"].array[0];
    EXPECT_EQ(why.keys(),
              (std::vector<std::string>{"provision", "expected", "actual", "explanation"}));
    EXPECT_EQ(why["provision"].string, "t.p1");
    EXPECT_EQ(why["expected"].string, "violation");
    EXPECT_EQ(why["actual"].string, "undetermined");
    EXPECT_EQ(
        why["explanation"].string.rfind("ru.unsure against t.p1 (Article 1) as of 2020-01-01\n"
                                        "outcome: undetermined\n",
                                        0),
        0u)
        << why["explanation"].string;

    const Json& coverage = (*doc)["coverage"];
    EXPECT_EQ(coverage.keys(), (std::vector<std::string>{"covered", "total", "percent", "rows"}));
    EXPECT_EQ(coverage["covered"].number, 9);
    EXPECT_EQ(coverage["total"].number, 12);
    EXPECT_EQ(coverage["percent"].string, "75.0");
    std::map<std::string, std::string> rows;
    for (const Json& row : coverage["rows"].array) {
        EXPECT_EQ(row.keys(), (std::vector<std::string>{"row", "kind", "instrument", "reached"}));
        std::string reached;
        for (const Json& o : row["reached"].array)
            reached += (reached.empty() ? "" : ",") + o.string;
        rows[row["row"].string] =
            row["kind"].string + " " + row["instrument"].string + " " + reached;
    }
    std::map<std::string, std::string> want = {
        {"t.late", "provision t "},
        {"t.p1", "provision t violation,compliant,undetermined"},
        {"t.p1#unless1", "unless t violation,compliant,undetermined"},
        {"t.p1_order", "exception t violation,compliant,undetermined"},
    };
    EXPECT_EQ(rows, want);
}

// ---------------------------------------------------------------- the shipped rules

TEST(TestCommand, ShippedRulesPassAndCoverEveryTreatyProvision) {
    std::string home = LEXCHECK_SOURCE_DIR;
    auto r = run_cli({"test", "--rules", home + "/rules", "--corpus", home + "/corpus", "--format",
                      "json", "--no-cache"});
    EXPECT_EQ(r.status, 0) << r.err;
    auto doc = parse_json(r.out);
    ASSERT_TRUE(doc);
    EXPECT_EQ((*doc)["failed"].number, 0);
    for (const Json& t : (*doc)["tests"].array) {
        EXPECT_TRUE(t["passed"].boolean) << t["name"].string;
    }
    const Json& coverage = (*doc)["coverage"];
    EXPECT_GE(coverage["covered"].number * 100, 90 * coverage["total"].number)
        << coverage["covered"].number << "/" << coverage["total"].number;

    // Every provision (not exception) of the EAEU instruments (the Treaty, the Pension
    // Agreement) and of the ICRMW has a test reaching `violation` and one reaching `compliant`.
    std::map<std::string, int> provisions;
    for (const Json& row : coverage["rows"].array) {
        const std::string& instrument = row["instrument"].string;
        if (row["kind"].string != "provision" ||
            (instrument.rfind("eaeu", 0) != 0 && instrument != "icrmw"))
            continue;
        ++provisions[instrument];
        std::set<std::string> reached;
        for (const Json& o : row["reached"].array) reached.insert(o.string);
        EXPECT_TRUE(reached.count("violation"))
            << row["row"].string << " has no test reaching violation";
        EXPECT_TRUE(reached.count("compliant"))
            << row["row"].string << " has no test reaching compliant";
    }
    EXPECT_GE(provisions["eaeu_treaty"], 10) << "the EAEU Treaty's provisions are in the coverage";
    EXPECT_GE(provisions["icrmw"], 10) << "the ICRMW's provisions are in the coverage";
}

TEST(TestCommand, ShippedRulesMeetTheCiThreshold) {
    // CI runs `lexcheck test --threshold 90` with the shipped data (README).
    std::string home = LEXCHECK_SOURCE_DIR;
    auto r = run_cli({"test", "--rules", home + "/rules", "--corpus", home + "/corpus",
                      "--threshold", "90", "--no-cache"});
    EXPECT_EQ(r.status, 0) << r.err << r.out;
    EXPECT_TRUE(contains(r.out, "\ncoverage: ")) << r.out;
    EXPECT_TRUE(contains(lines_of(r.out).back(), " passed, 0 failed")) << r.out;
}

}  // namespace
}  // namespace lexcheck::testing
