// `lexcheck impact … --record FILE.db` (issue 16): an impact run in the audit database, its
// output rendered again by `report`, computed again by `replay`, and kept apart from the check
// runs that `diff --db` and "Since the previous run" compare.
#include "audit_helpers.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace lexcheck::testing {
namespace {

const std::string kBill = "bills/ru-fz114-art26-draft.yaml";  // tests run in the source folder

std::vector<std::string> impact(const std::vector<std::string>& more) {
    std::vector<std::string> args = {"impact", "--bill", kBill, "--threads", "2"};
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

TEST(ImpactRecord, RecordsTheRunAndReportGivesItsOutputByteForByte) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db", written = dir.str() + "/impact.json";
    CliResult plain = run_cli(impact({"--format", "md"}));
    ASSERT_NE(plain.status, 2) << plain.err;
    CliResult recorded = run_cli(impact({"--format", "json", "--output", written, "--record", db}));
    ASSERT_EQ(recorded.status, plain.status) << recorded.err;
    EXPECT_TRUE(contains(recorded.err, "recorded as run 1 in `" + db + "`")) << recorded.err;
    EXPECT_EQ(query_text(db, "SELECT command FROM runs WHERE id = 1"), "impact");
    EXPECT_EQ(query_text(db, "SELECT report_sha256 FROM runs WHERE id = 1"), file_sha256(written));
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM run_inputs WHERE path = '" + kBill + "'"), 1);
    EXPECT_EQ(query_text(db, "SELECT group_concat(value) FROM run_options WHERE name = 'bill'"),
              kBill);
    // The run's own format, checked against its digest (no warning), and another format
    CliResult json = run_cli({"report", "--db", db, "--run", "1", "--format", "json"});
    ASSERT_EQ(json.status, 0) << json.err;
    EXPECT_EQ(json.out, read_all(written));
    EXPECT_EQ(json.err, "");
    CliResult md = run_cli({"report", "--db", db, "--run", "1", "--format", "md"});
    ASSERT_EQ(md.status, 0) << md.err;
    EXPECT_EQ(md.out, plain.out);
    CliResult history = run_cli({"history", "--db", db, "--format", "json"});
    EXPECT_TRUE(contains(history.out, "\"command\": \"impact\"")) << history.out;
}

TEST(ImpactRecord, ReplayComputesTheRunAgain) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_NE(run_cli(impact({"--record", db})).status, 2);
    CliResult replay = run_cli({"replay", "--db", db, "--run", "1"});
    EXPECT_EQ(replay.status, 0) << replay.err << replay.out;
    EXPECT_TRUE(contains(replay.out, "the findings are identical")) << replay.out;
}

TEST(ImpactRecord, IsNeitherAPreviousCheckRunNorComparedByDiff) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_NE(run_cli(impact({"--record", db})).status, 2);
    CliResult check = run_cli({"check", "--format", "md", "--record", db, "--threads", "2"});
    ASSERT_NE(check.status, 2) << check.err;
    EXPECT_TRUE(contains(check.out, "No earlier run over the same rules and corpus"))
        << check.out.substr(0, 2000);
    CliResult diff = run_cli({"diff", "--db", db, "1", "2"});
    EXPECT_EQ(diff.status, 2);
    EXPECT_TRUE(contains(diff.err,
                         "run 1 is an `impact` run; `diff --db` compares runs of "
                         "`check`"))
        << diff.err;
    CliResult sarif = run_cli({"report", "--db", db, "--run", "1", "--format", "sarif"});
    EXPECT_EQ(sarif.status, 2);
    EXPECT_TRUE(contains(sarif.err, "run 1 is an `impact` run: it has no `sarif` output"))
        << sarif.err;
}

}  // namespace
}  // namespace lexcheck::testing
