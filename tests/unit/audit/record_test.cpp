// check --record, history, report and replay through the command line (issue 16).
#include "audit_helpers.hpp"

#include "lexcheck/audit/database.hpp"
#include "lexcheck/audit/findings_codec.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lexcheck::testing {
namespace {

TEST(Record, ReportOfEveryFormatIsByteIdenticalToTheOneTheRunWrote) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    int run = 0;
    for (std::string format : {"text", "json", "html", "md", "sarif"}) {
        for (bool timestamp : {false, true}) {
            std::string written = dir.str() + "/run." + format;
            std::vector<std::string> more = {"--format", format, "--output", written, "--all"};
            if (timestamp) more.push_back("--timestamp");
            CliResult check = run_cli(recorded_check(db, more));
            ASSERT_EQ(check.status, 1) << check.err;
            ++run;
            EXPECT_TRUE(contains(check.err, "recorded as run " + std::to_string(run)));
            CliResult report =
                run_cli({"report", "--db", db, "--run", std::to_string(run), "--format", format});
            ASSERT_EQ(report.status, 0) << report.err;
            EXPECT_EQ(report.out, read_all(written)) << format;
            EXPECT_EQ(report.err, "");  // no warning: the digest matches
            // Is this report authentic? The run recorded the SHA-256 of the file it wrote.
            EXPECT_EQ(
                query_text(db, "SELECT report_sha256 FROM runs WHERE id = " + std::to_string(run)),
                file_sha256(written));
        }
    }
}

/// What `sha256sum FILE` prints as the digest (coreutils: another implementation than ours)
std::string sha256sum(const std::string& path) {
    std::string digest(64, '\0');
    FILE* p = ::popen(("sha256sum '" + path + "'").c_str(), "r");
    if (!p) return "";
    std::size_t n = std::fread(digest.data(), 1, digest.size(), p);
    ::pclose(p);
    return n == digest.size() ? digest : "";
}

// The report is hashed while it is written, in pieces (small writes gathered, megabyte blocks
// passed straight on, chunks of several threads): the digest recorded is that of the bytes in
// the file, as sha256sum computes it, for a report of several megabytes too, and for the
// report written to standard output.
TEST(Record, RecordedDigestIsSha256sumOfTheWrittenReport) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    std::int64_t run = 0;
    for (std::string format : {"json", "html", "text"}) {
        std::string written = dir.str() + "/report." + format;
        CliResult check = run_cli({"check", "--as-of", "2024-01-01", "--all", "--format", format,
                                   "--threads", "2", "--output", written, "--record", db});
        ASSERT_EQ(check.status, 0) << check.err;
        ++run;
        EXPECT_GT(std::filesystem::file_size(written), 1u << 20) << format;
        std::string recorded =
            query_text(db, "SELECT report_sha256 FROM runs WHERE id = " + std::to_string(run));
        EXPECT_EQ(recorded, sha256sum(written)) << format;
        ASSERT_EQ(recorded.size(), 64u);
    }
    CliResult out = run_cli({"check", "--as-of", "2024-01-01", "--all", "--format", "json",
                             "--threads", "2", "--record", db});
    ASSERT_EQ(out.status, 0) << out.err;
    std::string printed = dir.write("printed.json", out.out);
    EXPECT_EQ(
        query_text(db, "SELECT report_sha256 FROM runs WHERE id = " + std::to_string(run + 1)),
        sha256sum(printed));
}

TEST(Record, ReportWarnsWhenItsRenderingDiffersFromTheRecordedDigest) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db, {"--format", "json"})).status, 1);
    exec_sql(db, "UPDATE runs SET report_sha256 = 'abc' WHERE id = 1");
    CliResult report = run_cli({"report", "--db", db, "--run", "1", "--format", "json"});
    EXPECT_EQ(report.status, 0);
    EXPECT_TRUE(contains(report.err,
                         "warning: this report differs from the one run 1 wrote "
                         "(SHA-256 abc, now "))
        << report.err;
}

TEST(Record, ReportInAnotherFormatEqualsThatFormatOfTheSameCheck) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db, {"--format", "md"})).status, 1);
    CliResult direct = run_cli({"check", "--rules", LEXCHECK_TEST_DIR "/golden/report/basic/rules",
                                "--corpus", LEXCHECK_TEST_DIR "/golden/report/basic/corpus",
                                "--as-of", "2020-01-01", "--format", "json"});
    CliResult report = run_cli({"report", "--db", db, "--run", "1", "--format", "json"});
    ASSERT_EQ(report.status, 0) << report.err;
    EXPECT_EQ(report.out, direct.out);
}

TEST(Record, HtmlAndMarkdownShowWhatChangedSinceThePreviousRunOverTheSamePaths) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    CliResult first = run_cli(recorded_check(db, {"--format", "md", "--only", "violation"}));
    EXPECT_TRUE(contains(first.out,
                         "## Since the previous run\n\nNo earlier run over the same "
                         "rules and corpus is recorded"))
        << first.out;
    // Other paths are another series: not compared.
    std::string other = dir.write("other/m.yaml", "measures: []\n");
    ASSERT_EQ(run_cli(recorded_check(db, {"--corpus", other})).status, 1);
    CliResult second = run_cli(recorded_check(db, {"--format", "md"}));
    EXPECT_TRUE(contains(second.out, "Compared with run 1 (recorded ")) << second.out;
    EXPECT_TRUE(contains(second.out,
                         " added, 0 removed, 0 changed, 3 unchanged.\n\n| Change | "
                         "Provision | Measure | Before | After |"))
        << second.out;
    EXPECT_TRUE(contains(second.out, "| added | `")) << second.out;
    CliResult html = run_cli(recorded_check(db, {"--format", "html"}));
    EXPECT_TRUE(contains(html.out,
                         "<h2 id=\"since-previous-title\">Since the previous run</h2>\n"
                         "<p>Compared with run 3 (recorded "))
        << html.out;
    EXPECT_TRUE(contains(html.out, "0 added, 0 removed, 0 changed, "));
    // Rendered again later, a report shows the same section, whatever was recorded since.
    ASSERT_EQ(run_cli(recorded_check(db, {"--only", "violation"})).status, 1);
    CliResult again = run_cli({"report", "--db", db, "--run", "3", "--format", "md"});
    EXPECT_EQ(again.out, second.out);
    // JSON, text and SARIF have no such section.
    CliResult json = run_cli(recorded_check(db, {"--format", "json"}));
    EXPECT_FALSE(contains(json.out, "previous"));
}

TEST(Record, SameInputsAgainAddNoBlob) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    std::int64_t blobs = query_int(db, "SELECT count(*) FROM blobs");
    EXPECT_EQ(blobs, query_int(db, "SELECT count(*) FROM run_inputs WHERE run = 1"));
    ASSERT_EQ(run_cli(recorded_check(db, {"--format", "json"})).status, 1);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM blobs"), blobs);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 2);
}

// A quarterly check of unchanged legislation must not grow the database by its findings
// each time (schema version 3): equal findings are stored once, whatever the report format
TEST(Record, TheSameFindingsAgainAreStoredOnce) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";  // new: the first run writes it whole
    std::string first = dir.str() + "/first.json", again = dir.str() + "/again.md";
    ASSERT_EQ(run_cli(recorded_check(db, {"--format", "json", "--output", first})).status, 1);
    ASSERT_EQ(run_cli(recorded_check(db, {"--format", "md", "--output", again})).status, 1);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM findings_blobs"), 1);
    EXPECT_EQ(query_int(db, "SELECT count(DISTINCT findings_sha256) FROM run_findings"), 1);
    EXPECT_EQ(query_text(db, "SELECT findings_sha256 FROM run_findings WHERE run = 1"),
              query_text(db, "SELECT sha256 FROM findings_blobs"));
    // Other findings (only the violations) are stored beside them
    ASSERT_EQ(run_cli(recorded_check(db, {"--only", "violation"})).status, 1);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM findings_blobs"), 2);
    // Each run still renders what it wrote, and replays
    CliResult json = run_cli({"report", "--db", db, "--run", "1", "--format", "json"});
    ASSERT_EQ(json.status, 0) << json.err;
    EXPECT_EQ(json.out, read_all(first));
    CliResult md = run_cli({"report", "--db", db, "--run", "2", "--format", "md"});
    ASSERT_EQ(md.status, 0) << md.err;
    EXPECT_EQ(md.out, read_all(again));
    for (const char* run : {"1", "2", "3"})
        EXPECT_EQ(run_cli({"replay", "--db", db, "--run", run}).status, 0) << "run " << run;
}

TEST(Record, StoresTheLockWhenOneIsRead) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    std::string lock = dir.write("lexcheck.lock", "{\"entries\": []}\n");
    CliResult check = run_cli_in(dir.path(), recorded_check(db));
    ASSERT_EQ(check.status, 1) << check.err;
    EXPECT_EQ(query_text(db, "SELECT path FROM run_inputs WHERE role = 'lock'"), "lexcheck.lock");
    EXPECT_EQ(query_text(db,
                         "SELECT b.content FROM run_inputs i JOIN blobs b USING (sha256) "
                         "WHERE i.role = 'lock'"),
              "{\"entries\": []}\n");
}

TEST(History, ListsRunsNewestFirstInTextAndJson) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    std::vector<std::string> later = recorded_check(db, {"--fail-on", "never"});
    later[6] = "2024-01-01";  // --as-of
    ASSERT_EQ(run_cli(later).status, 0);
    CliResult text = run_cli({"history", "--db", db});
    ASSERT_EQ(text.status, 0) << text.err;
    std::vector<std::string> lines = lines_of(text.out);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_TRUE(contains(lines[1], "     2  ") && contains(lines[1], "2024-01-01")) << lines[1];
    EXPECT_TRUE(contains(lines[2], "     1  ") && contains(lines[2], "2020-01-01")) << lines[2];
    CliResult json = run_cli({"history", "--db", db, "--format", "json"});
    ASSERT_EQ(json.status, 0);
    EXPECT_LT(json.out.find("\"id\": 2"), json.out.find("\"id\": 1"));
    EXPECT_TRUE(contains(json.out, "\"exit_status\": 0"));
    EXPECT_TRUE(contains(json.out, "\"report_format\": \"text\""));
}

TEST(Replay, IdenticalFindingsExitZero) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db, {"--all"})).status, 1);
    CliResult replay = run_cli({"replay", "--db", db, "--run", "1"});
    EXPECT_EQ(replay.status, 0) << replay.err;
    EXPECT_TRUE(contains(replay.out, "the findings are identical")) << replay.out;
}

TEST(Replay, AlteredStoredInputExitsOne) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    std::string path = query_text(db,
                                  "SELECT path FROM run_inputs WHERE path LIKE '%.yaml' "
                                  "ORDER BY path LIMIT 1");
    ASSERT_FALSE(path.empty());
    exec_sql(db,
             "UPDATE blobs SET content = CAST('measures: []' AS BLOB) WHERE sha256 = "
             "(SELECT sha256 FROM run_inputs WHERE path = '" +
                 path + "')");
    CliResult replay = run_cli({"replay", "--db", db, "--run", "1"});
    EXPECT_EQ(replay.status, 1) << replay.err;
    EXPECT_TRUE(contains(replay.out, "the stored inputs were altered")) << replay.out;
    EXPECT_TRUE(contains(replay.out, "altered  " + path)) << replay.out;
}

TEST(Replay, DifferentFindingsExitOneWithTheDelta) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    ASSERT_EQ(run_cli(recorded_check(db, {"--only", "violation"})).status, 1);
    // Run 1 claims the findings of run 2 (only the violations): the rest is missing from it.
    exec_sql(db,
             "UPDATE run_findings SET findings_sha256 = "
             "(SELECT findings_sha256 FROM run_findings WHERE run = 2) WHERE run = 1");
    CliResult replay = run_cli({"replay", "--db", db, "--run", "1"});
    EXPECT_EQ(replay.status, 1) << replay.err;
    EXPECT_TRUE(contains(replay.out, "the findings differ")) << replay.out;
    EXPECT_TRUE(contains(replay.out, "  added  ")) << replay.out;
    EXPECT_TRUE(contains(replay.out, "no finding → compliant, binding")) << replay.out;
}

TEST(Replay, UnknownRunIsAnError) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    CliResult replay = run_cli({"replay", "--db", db, "--run", "7"});
    EXPECT_EQ(replay.status, 2);
    EXPECT_TRUE(contains(replay.err, "has no run 7")) << replay.err;
    EXPECT_TRUE(contains(replay.err, "numbered 1 to 1")) << replay.err;
}

TEST(Migration, FirstSchemaVersionFixtureOpensAndIsUpgraded) {
    TempDir dir("audit");
    std::string db = dir.str() + "/v1.db";
    std::filesystem::copy_file(LEXCHECK_TEST_DIR "/fixtures/audit/schema-v1.db", db);
    EXPECT_EQ(query_int(db, "PRAGMA user_version"), 1);
    CliResult history = run_cli({"history", "--db", db, "--format", "json"});
    ASSERT_EQ(history.status, 0) << history.err;
    EXPECT_TRUE(contains(history.out, "\"report_format\": null"));
    EXPECT_EQ(query_int(db, "PRAGMA user_version"), audit::kSchemaVersion);
    // Runs of version 1 replay and render; new runs go in beside them, their findings stored
    // by content (version 3) while the old runs keep theirs in their own rows.
    EXPECT_EQ(run_cli({"replay", "--db", db, "--run", "1"}).status, 0);
    EXPECT_EQ(run_cli({"report", "--db", db, "--run", "2", "--format", "json"}).status, 0);
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 3);
    EXPECT_EQ(query_int(db,
                        "SELECT count(*) FROM run_findings WHERE findings_sha256 IS NULL "
                        "AND length(data) > 0"),
              2);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM findings_blobs"), 1);
    EXPECT_EQ(run_cli({"replay", "--db", db, "--run", "3"}).status, 0);
    EXPECT_EQ(query_text(db, "PRAGMA integrity_check"), "ok");
}

// A run that left measures out (not in force on its as-of date) says so in its report; the
// stored run must say so too (findings encoding 4: before it, the count was not kept)
TEST(Record, ReportOfARunThatLeftMeasuresOutIsByteIdenticalInEveryFormat) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    std::string basic = LEXCHECK_TEST_DIR "/golden/report/basic";
    int run = 0;
    for (std::string format : {"text", "json", "html", "md", "sarif"}) {
        std::string written = dir.str() + "/run." + format;
        // On 2015-01-01 bb.decree.1 is not yet in force
        CliResult check = run_cli({"check", "--rules", basic + "/rules", "--corpus",
                                   basic + "/corpus", "--as-of", "2015-01-01", "--record", db,
                                   "--format", format, "--output", written, "--all"});
        ASSERT_LE(check.status, 1) << check.err;
        ++run;
        ASSERT_TRUE(format != "md" ||
                    contains(read_all(written), "1 measure not in force on 2015-01-01"));
        CliResult report =
            run_cli({"report", "--db", db, "--run", std::to_string(run), "--format", format});
        ASSERT_EQ(report.status, 0) << report.err;
        EXPECT_EQ(report.out, read_all(written)) << format;
        EXPECT_EQ(report.err, "");  // no warning: the digest matches
    }
}

/// Each (run, format) of a fixture database renders as the report that run wrote (kept beside
/// the database as FIXTURE/runRUN.FORMAT), without a warning, and replays with the same findings
void expect_stored_runs_render_and_replay(
    const std::string& db, const std::string& fixture,
    const std::vector<std::pair<std::string, std::string>>& runs) {
    for (const auto& [run, format] : runs) {
        CliResult report = run_cli({"report", "--db", db, "--run", run, "--format", format});
        ASSERT_EQ(report.status, 0) << report.err;
        EXPECT_EQ(report.out, read_all(fixture + "/run" + run + "." + format)) << run;
        EXPECT_EQ(report.err, "") << run;  // the recorded digest matches
        CliResult replay = run_cli({"replay", "--db", db, "--run", run});
        EXPECT_EQ(replay.status, 0) << replay.out << replay.err;
    }
}

/// A copy of the fixture database tests/fixtures/audit/NAME.db in a folder of its own
struct FixtureCopy {
    explicit FixtureCopy(const std::string& name)
        : fixture(LEXCHECK_TEST_DIR "/fixtures/audit/" + name), db(dir.str() + "/" + name + ".db") {
        std::filesystem::copy_file(fixture + ".db", db);
    }
    TempDir dir{"audit"};
    std::string fixture;  ///< Its folder of the reports its runs wrote
    std::string db;
};

/// The basic case recorded into a fixture database of three runs (recorded_check with `more`)
/// goes in as run 4, in the current encoding, with the findings of the fixture's run `same_as`
void expect_new_run_has_the_findings_of(const std::string& db, const std::string& same_as,
                                        const std::vector<std::string>& more) {
    ASSERT_EQ(run_cli(recorded_check(db, more)).status, 1);
    EXPECT_EQ(query_int(db, "SELECT encoding FROM run_findings WHERE run = 4"),
              audit::kFindingsEncoding);
    CliResult diff = run_cli({"diff", "--db", db, same_as, "4"});
    ASSERT_EQ(diff.status, 0) << diff.err;
    EXPECT_TRUE(contains(diff.out, "0 added, 0 removed, 0 changed")) << diff.out;
}

// tests/fixtures/audit/encoding-2.db was recorded by the lexcheck before findings encoding 3
// (commit acb2ad2), with the reports those runs wrote beside it (tests/fixtures/audit/encoding-2/):
// the readings case in JSON, then in HTML (with "Since the previous run"), and the basic case in
// Markdown with traces.
TEST(Migration, RunsOfFindingsEncoding2RenderByteIdenticallyAndReplay) {
    FixtureCopy copy("encoding-2");
    const std::string& db = copy.db;
    ASSERT_EQ(query_int(db, "SELECT count(*) FROM run_findings WHERE encoding = 2"), 3);
    expect_stored_runs_render_and_replay(db, copy.fixture,
                                         {{"1", "json"}, {"2", "html"}, {"3", "md"}});
    // A new run goes in beside them in the current encoding; its delta reads the keys of
    // encoding 2
    expect_new_run_has_the_findings_of(db, "3", {"--format", "md"});
}

// tests/fixtures/audit/encoding-3.db was recorded by the lexcheck before findings encoding 4
// (commit c42910f), with the reports those runs wrote beside it (tests/fixtures/audit/encoding-3/):
// the basic case in Markdown with traces, then the readings case in JSON.
TEST(Migration, RunsOfFindingsEncoding3RenderByteIdenticallyAndReplay) {
    FixtureCopy copy("encoding-3");
    const std::string& db = copy.db;
    ASSERT_EQ(query_int(db, "SELECT count(*) FROM run_findings WHERE encoding = 3"), 2);
    expect_stored_runs_render_and_replay(db, copy.fixture, {{"1", "md"}, {"2", "json"}});
}

// tests/fixtures/audit/encoding-4.db was recorded by the lexcheck before findings encoding 5
// (commit a864d62), with the reports those runs wrote beside it (tests/fixtures/audit/encoding-4/):
// the basic case in Markdown with traces (every measure checked: encoding 5 stores a flag for
// it), the readings case in JSON, then the basic case in HTML on 2015-01-01 (one measure left
// out as not in force: encoding 5 still lists the measures checked; "Since the previous run"
// against run 1).
TEST(Migration, RunsOfFindingsEncoding4RenderByteIdenticallyAndReplay) {
    FixtureCopy copy("encoding-4");
    const std::string& db = copy.db;
    ASSERT_EQ(query_int(db, "SELECT count(*) FROM run_findings WHERE encoding = 4"), 3);
    expect_stored_runs_render_and_replay(db, copy.fixture,
                                         {{"1", "md"}, {"2", "json"}, {"3", "html"}});
    // A new run of run 1's inputs goes in beside them in the current encoding
    expect_new_run_has_the_findings_of(db, "1", {"--format", "md", "--all"});
}

TEST(Migration, NewerSchemaIsRefused) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    exec_sql(db, "PRAGMA user_version = 99");
    CliResult history = run_cli({"history", "--db", db});
    EXPECT_EQ(history.status, 2);
    EXPECT_TRUE(contains(history.err, "written by a newer lexcheck (audit schema 99"))
        << history.err;
}

}  // namespace
}  // namespace lexcheck::testing
