// `lexcheck test --coverage` and `--threshold`: the outcomes the tests reach per provision,
// exception and `unless`; and the shipped rules' own tests, which CI runs with a threshold.
#include "cli_runner.hpp"
#include "json_reader.hpp"
#include "test_command_fixture.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace lexcheck::testing {
namespace {

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
