// `lexcheck test`: test blocks and measure `expect:` annotations, failures explained,
// the closing line, exit statuses and input errors. Coverage and the shipped rules' own
// tests: test_command_coverage_test.cpp; JSON output: test_command_json_test.cpp.
#include "cli_runner.hpp"
#include "test_command_fixture.hpp"

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
    std::string measures = std::string(kMeasures) + kUnsureMeasure;
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

}  // namespace
}  // namespace lexcheck::testing
