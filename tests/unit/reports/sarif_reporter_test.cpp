// The SARIF log on a hand-built report: levels, fingerprints, and validity against the
// official SARIF 2.1.0 schema (tests/schemas/sarif-2.1.0.json, through tests/browser/).
#include "golden_case.hpp"
#include "node_tools.hpp"
#include "report_fixture.hpp"
#include "temp_dir.hpp"

#include "lexcheck/core/sha256.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace lexcheck {
namespace {

namespace fs = std::filesystem;

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST(SarifReport, OneResultPerViolationOrUndeterminedWithItsLevel) {
    testing::ReportFixture fx;
    std::string sarif = fx.render("sarif");
    EXPECT_EQ(count(sarif, "\"ruleId\": "), 3u) << "compliant findings are not results";
    EXPECT_EQ(count(sarif, "\"level\": \"error\""), 1u);    // binding violation
    EXPECT_EQ(count(sarif, "\"level\": \"warning\""), 1u);  // advisory violation
    EXPECT_EQ(count(sarif, "\"level\": \"note\""), 1u);     // undetermined
    EXPECT_EQ(count(sarif, "\"id\": \"t.p2\""), 1u) << "every provision is a rule";
}

TEST(SarifReport, FingerprintsNameTheMeasureAndProvisionOnly) {
    testing::ReportFixture fx;
    std::string sarif = fx.render("sarif");
    std::string key = "kz.m2";
    key += '\0';
    key += "t.p1";
    EXPECT_NE(sarif.find("\"lexcheckFinding/v1\": \"" + core::sha256_hex(key) + "\""),
              std::string::npos);
    // Moving the measure in its file changes its region, never its fingerprint.
    fx.corpus.measures[1].span.begin += 3;
    fx.corpus.measures[1].span.end += 3;
    EXPECT_NE(fx.render("sarif").find(core::sha256_hex(key)), std::string::npos);
}

TEST(SarifReport, LocatesResultsAtTheMeasureAndTheProvision) {
    testing::ReportFixture fx;
    std::string sarif = fx.render("sarif");
    EXPECT_NE(sarif.find("\"uri\": \"corpus/m.yaml\",\n                  \"index\": 0"),
              std::string::npos);
    EXPECT_NE(sarif.find("\"uri\": \"rules/t.lex\",\n                  \"index\": 1"),
              std::string::npos);
    EXPECT_NE(sarif.find("\"codeFlows\""), std::string::npos);
    EXPECT_NE(sarif.find(
                  "prohibits: `banned` is true (banned = true; note = \\\"<script>x</script>\\\")"),
              std::string::npos);
}

TEST(SarifReport, ValidatesAgainstTheOfficialSchema) {
    if (auto missing = testing::node_tools_missing())
        GTEST_SKIP() << "SARIF schema check skipped: " << *missing;
    testing::ReportFixture fx;
    fx.timestamp = "2024-05-06T07:08:09Z";
    testing::TempDir temp("sarif");  // not a fixed name, which every worktree's build shared
    fs::path file = temp.path() / "fixture.sarif";
    testing::write_text(file, fx.render("sarif"));
    std::string out;
    std::string script = std::string(LEXCHECK_SOURCE_DIR) + "/tests/browser/validate_sarif.mjs";
    EXPECT_EQ(testing::run_command("node " + testing::shell_quote(script) + " " +
                                       testing::shell_quote(file.string()),
                                   out),
              0)
        << out;
}

TEST(SarifReport, GoldenSarifFilesValidateAgainstTheOfficialSchema) {
    if (auto missing = testing::node_tools_missing())
        GTEST_SKIP() << "SARIF schema check skipped: " << *missing;
    auto files = testing::golden_files(fs::path(LEXCHECK_TEST_DIR) / "golden/report", ".sarif");
    if (files.empty()) GTEST_SKIP() << "no golden SARIF files yet";
    std::string args;
    for (const auto& f : files) args += " " + testing::shell_quote(f.string());
    std::string out;
    std::string script = std::string(LEXCHECK_SOURCE_DIR) + "/tests/browser/validate_sarif.mjs";
    EXPECT_EQ(testing::run_command("node " + testing::shell_quote(script) + args, out), 0) << out;
}

}  // namespace
}  // namespace lexcheck
