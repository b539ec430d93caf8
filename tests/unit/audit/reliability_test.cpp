// Reliability of the audit database (issue 16): concurrent writers, a process killed while
// recording, files that are not a sound database, and the report and the run together.
#include "audit_helpers.hpp"
#include "file_check.hpp"

#include "lexcheck/audit/database.hpp"
#include "lexcheck/audit/error.hpp"
#include "lexcheck/core/sha256.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>

#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

/// Every run has its findings, and every input row its blob: nothing half-written
void expect_consistent(const std::string& db) {
    EXPECT_EQ(query_int(db,
                        "SELECT count(*) FROM run_findings WHERE findings_sha256 NOT IN "
                        "(SELECT sha256 FROM findings_blobs)"),
              0);
    EXPECT_EQ(query_text(db, "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(query_int(db,
                        "SELECT count(*) FROM runs WHERE id NOT IN "
                        "(SELECT run FROM run_findings)"),
              0);
    EXPECT_EQ(query_int(db,
                        "SELECT count(*) FROM run_findings WHERE run NOT IN "
                        "(SELECT id FROM runs)"),
              0);
    EXPECT_EQ(query_int(db,
                        "SELECT count(*) FROM run_inputs WHERE run NOT IN "
                        "(SELECT id FROM runs) OR sha256 NOT IN (SELECT sha256 FROM blobs)"),
              0);
}

/// `args` in a child killed with SIGKILL with the run written and not committed
int killed_before_commit(std::vector<std::string> args) {
    return ended_before_commit(std::move(args), [] { std::raise(SIGKILL); });
}

TEST(Concurrency, FourProcessesRecordingAtOnceAllLand) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";  // new: the four also race to create it
    std::vector<int> pids;
    for (int i = 0; i < 4; ++i) {
        pids.push_back(spawn_lexcheck(recorded_check(db, {"--all", "--format", "json"})));
    }
    for (int pid : pids) EXPECT_EQ(wait_for(pid), 1);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 4);
    EXPECT_EQ(query_text(db, "PRAGMA journal_mode"), "wal");
    expect_consistent(db);
}

TEST(Crash, KilledBeforeCommitLeavesNoneOfTheRun) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(wait_for(spawn_lexcheck(recorded_check(db))), 1);
    std::int64_t blobs = query_int(db, "SELECT count(*) FROM blobs");
    // The second run has an input the first did not: its blob must not survive either.
    std::string extra = dir.write("extra/m.yaml", "measures: []\n");
    EXPECT_EQ(killed_before_commit(recorded_check(db, {"--corpus", extra})), 128 + SIGKILL);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 1);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM blobs"), blobs);
    expect_consistent(db);
    EXPECT_EQ(run_cli({"replay", "--db", db, "--run", "1"}).status, 0);
}

// A run's findings are stored ahead of its run, while its report is written
// (Database::store_findings_ahead): killed before the run commits, they stay with no run,
// and the next run with the same findings uses them
TEST(Crash, FindingsStoredAheadOfARunKilledBeforeCommitServeTheNextRun) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(wait_for(spawn_lexcheck(recorded_check(db))), 1);
    std::vector<std::string> violations = recorded_check(db, {"--only", "violation"});
    EXPECT_EQ(killed_before_commit(violations), 128 + SIGKILL);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 1);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM findings_blobs"), 2);
    expect_consistent(db);
    std::string report = dir.str() + "/violations.json";
    violations.insert(violations.end(), {"--format", "json", "--output", report});
    ASSERT_EQ(wait_for(spawn_lexcheck(violations)), 1);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM findings_blobs"), 2);
    expect_consistent(db);
    CliResult stored = run_cli({"report", "--db", db, "--run", "2", "--format", "json"});
    ASSERT_EQ(stored.status, 0) << stored.err;
    EXPECT_EQ(stored.out, read_all(report));
    EXPECT_EQ(run_cli({"replay", "--db", db, "--run", "2"}).status, 0);
}

TEST(Crash, KilledBeforeCommittingANewDatabaseLeavesNoDatabase) {
    // A new database is written whole under another name and linked into place
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    EXPECT_EQ(killed_before_commit(recorded_check(db)), 128 + SIGKILL);
    EXPECT_FALSE(fs::exists(db));
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 1);
    EXPECT_EQ(query_text(db, "PRAGMA journal_mode"), "wal");
    expect_consistent(db);
}

TEST(Crash, KilledAtAnyMomentLeavesWholeRunsOnly) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    // The shipped rules and corpus with every finding: long enough to be killed mid-record.
    std::vector<std::string> args = {"check",    "--as-of", "2024-01-01", "--all",
                                     "--format", "html",    "--record",   db};
    std::int64_t runs = 0;
    for (int i = 0; i < 16; ++i) {
        int pid = spawn_lexcheck(args);
        std::this_thread::sleep_for(std::chrono::milliseconds(30 * i));
        ::kill(pid, SIGKILL);
        int status = wait_for(pid);
        if (!fs::exists(db)) continue;
        EXPECT_EQ(query_text(db, "PRAGMA integrity_check"), "ok");
        if (query_int(db, "SELECT count(*) FROM sqlite_master WHERE name = 'runs'") == 0) {
            EXPECT_EQ(runs, 0) << "kill " << i;  // killed before the schema was committed
            continue;
        }
        // A process killed after its commit has recorded its run: whole, like the others.
        std::int64_t now = query_int(db, "SELECT count(*) FROM runs");
        EXPECT_TRUE(now == runs + 1 || (now == runs && status != 0)) << "kill " << i;
        runs = now;
        expect_consistent(db);
        EXPECT_EQ(query_int(db,
                            "SELECT count(DISTINCT n) FROM (SELECT count(*) AS n FROM "
                            "run_inputs GROUP BY run)"),
                  runs ? 1 : 0);
    }
    // Whatever the kills left, the database takes the next run (timing decides how many of
    // the killed ones finished first, so this is the one count the test can know).
    EXPECT_EQ(wait_for(spawn_lexcheck(args)), 0);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), runs + 1);
    expect_consistent(db);
}

struct BadFile {
    const char* name;
    std::function<void(const std::string& db)> damage;
    const char* message;
};

std::string make_database(const TempDir& dir) {
    std::string db = dir.str() + "/audit.db";
    EXPECT_EQ(run_cli(recorded_check(db)).status, 1);
    exec_sql(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    return db;
}

void overwrite(const std::string& path, std::streamoff at, const std::string& bytes) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(at);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Another lexcheck's checkpoint writes the header's new page count before the pages past the
// file's end: while the database is in use (its -wal file exists), a file that looks
// truncated is looked at again instead of being refused (it made one of the four processes
// of Concurrency.FourProcessesRecordingAtOnceAllLand fail now and then).
TEST(BadDatabase, ADatabaseAnotherRunIsExtendingIsNotTakenForTruncated) {
    TempDir dir("audit");
    std::string db = make_database(dir);
    const std::string whole = read_all(db);
    fs::resize_file(db, whole.size() / 2 + 100);
    std::ofstream(db + "-wal").flush();  // in use
    // The pages written in place past the end, as a checkpoint does (a rewrite from empty
    // would show a file that is not a database at all for a moment)
    std::thread checkpoint([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        overwrite(db, 0, whole);
    });
    std::optional<audit::detail::FileState> state;
    try {
        state = audit::detail::check_file(db, audit::Access::record);
    } catch (const audit::Error& e) {
        ADD_FAILURE() << e.what();
    }
    checkpoint.join();
    EXPECT_EQ(state, audit::detail::FileState::database);
    // Not in use: refused at once (after one more look)
    fs::remove(db + "-wal");
    fs::resize_file(db, whole.size() / 2 + 100);
    EXPECT_THROW(audit::detail::check_file(db, audit::Access::record), audit::Error);
}

TEST(BadDatabase, RefusedWithExitTwoAndNeverModified) {
    std::vector<BadFile> cases = {
        {"not sqlite", [](const std::string& db) { std::ofstream(db) << "rules = \"x\"\n"; },
         "is not an SQLite database"},
        {"truncated",
         [](const std::string& db) { fs::resize_file(db, fs::file_size(db) / 2 + 100); },
         "is truncated"},
        {"corrupt schema page",
         [](const std::string& db) { overwrite(db, 100, std::string(3000, '\xa5')); },
         "is damaged"},
        {"another program's database",
         [](const std::string& db) {
             fs::remove(db);
             exec_sql(db, "CREATE TABLE notes (x TEXT)");
         },
         "not a lexcheck audit database"},
        {"read-only",
         [](const std::string& db) {
             fs::permissions(db, fs::perms::owner_read | fs::perms::group_read);
         },
         "is read-only"},
    };
    for (const BadFile& c : cases) {
        TempDir dir("audit");
        std::string db = make_database(dir);
        fs::remove(db + "-wal");
        fs::remove(db + "-shm");
        c.damage(db);
        std::string before = file_sha256(db);
        std::string report = dir.str() + "/report.html";
        CliResult check = run_cli(recorded_check(db, {"--format", "html", "--output", report}));
        EXPECT_EQ(check.status, 2) << c.name;
        EXPECT_TRUE(contains(check.err, c.message)) << c.name << ": " << check.err;
        EXPECT_TRUE(contains(check.err, "  = help: ")) << c.name;
        EXPECT_TRUE(contains(check.err, "no report was written")) << c.name;
        EXPECT_FALSE(fs::exists(report)) << c.name;
        EXPECT_EQ(file_sha256(db), before) << c.name;
    }
}

TEST(BadDatabase, FolderAndMissingFile) {
    TempDir dir("audit");
    CliResult folder = run_cli(recorded_check(dir.str()));
    EXPECT_EQ(folder.status, 2);
    EXPECT_TRUE(contains(folder.err, "is a folder, not a database file")) << folder.err;
    std::string missing = dir.str() + "/none.db";
    for (const char* command : {"history", "report", "replay"}) {
        std::vector<std::string> args = {command, "--db", missing};
        if (std::string(command) != "history") args.insert(args.end(), {"--run", "1"});
        CliResult r = run_cli(args);
        EXPECT_EQ(r.status, 2) << command;
        EXPECT_TRUE(contains(r.err, "does not exist")) << r.err;
        EXPECT_FALSE(fs::exists(missing)) << command;
    }
}

// Storing findings ahead does not wait for another program's lock (that wait, up to the busy
// timeout, is record()'s alone): a lock held for minutes delays the error once, not twice
TEST(Busy, FindingsStoredAheadDoNotWaitForAnotherProgramsLock) {
    TempDir dir("audit");
    std::string db = make_database(dir);
    audit::Database database(db, audit::Access::record);
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    // The other program keeps its lock for 1.5 s
    std::thread holder([other] {
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    });
    auto start = std::chrono::steady_clock::now();
    std::string sha256 = database.store_findings_ahead("findings no run has");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
    EXPECT_EQ(sha256, core::sha256_hex("findings no run has"));
    // The run itself waits for the lock as before (the busy timeout is back to 30 s), and
    // stores the findings with it
    audit::RunRecord run;
    run.command = "check";
    run.findings = "findings no run has";
    run.findings_sha256 = sha256;
    std::int64_t id = 0;
    EXPECT_NO_THROW(id = database.record(run));
    holder.join();
    sqlite3_close(other);
    EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(1500));
    EXPECT_EQ(query_text(
                  db, "SELECT findings_sha256 FROM run_findings WHERE run = " + std::to_string(id)),
              sha256);
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM findings_blobs WHERE sha256 = '" + sha256 + "'"),
              1);
}

// The database is opened while the inputs are read: when both are wrong, both are said, and
// nothing is written either way
TEST(BadDatabase, AndInputsWithErrorsAreBothReported) {
    TempDir dir("audit");
    std::string rules = dir.str() + "/rules.lex";
    std::ofstream(rules) << "provision broken {\n";
    std::string report = dir.str() + "/report.json";
    for (const char* command : {"check", "impact"}) {
        std::vector<std::string> args = {command,   "--rules",  rules,       "--corpus",
                                         dir.str(), "--record", dir.str(),   "--output",
                                         report,    "--as-of",  "2020-01-01"};
        if (std::string(command) == "impact") args.insert(args.end(), {"--bill", rules});
        CliResult r = run_cli(args);
        EXPECT_EQ(r.status, 2) << command;
        EXPECT_TRUE(contains(r.err, "rules.lex:")) << command << r.err;
        EXPECT_TRUE(contains(r.err, "is a folder, not a database file")) << command << r.err;
        EXPECT_TRUE(contains(r.err, "nothing was checked and no report was written"))
            << command << r.err;
        EXPECT_FALSE(fs::exists(report)) << command;
    }
}

TEST(ReportAndRun, RecordingFailsAfterTheReportSaysTheRunIsMissing) {
    TempDir dir("audit");
    std::string db = make_database(dir);
    exec_sql(db,
             "CREATE TRIGGER refuse BEFORE INSERT ON runs BEGIN SELECT RAISE(ABORT, "
             "'refused'); END");
    std::string report = dir.str() + "/report.json";
    CliResult check = run_cli(recorded_check(db, {"--format", "json", "--output", report}));
    EXPECT_EQ(check.status, 2);
    EXPECT_TRUE(fs::exists(report));
    EXPECT_TRUE(contains(
        check.err, "the report was written to `" + report + "`, but the run was not recorded"))
        << check.err;
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 1);
}

TEST(ReportAndRun, ReportThatCannotBeWrittenRecordsNoRun) {
    TempDir dir("audit");
    std::string db = make_database(dir);
    CliResult check =
        run_cli(recorded_check(db, {"--output", dir.str() + "/no/such/folder/report.txt"}));
    EXPECT_EQ(check.status, 2);
    EXPECT_TRUE(contains(check.err, "the run was not recorded")) << check.err;
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 1);
}

/// What the seams below see and do at the moment a run is about to be committed
struct AtCommit {
    std::string report;           ///< The report's path
    int commits = 0;              ///< Commits about to be made
    bool report_existed = false;  ///< Whether the report was in place at one of them
};
AtCommit at_commit;

void note_the_report() {
    ++at_commit.commits;
    at_commit.report_existed = at_commit.report_existed || fs::exists(at_commit.report);
}

/// A folder where the report is to be placed: renaming the report there fails
void block_the_report() {
    note_the_report();
    fs::create_directories(at_commit.report + "/taken");
}

void block_the_report_and_refuse_the_run() {
    block_the_report();
    throw audit::Error("refused by the test");
}

/// `check --record` in-process with `seam` run just before the run is committed
CliResult check_with_seam(const std::string& db, void (*seam)(),
                          const std::vector<std::string>& more = {}) {
    at_commit = AtCommit{};
    at_commit.report = fs::path(db).parent_path() / "report.json";
    std::vector<std::string> args = {"--format", "json", "--output", at_commit.report};
    args.insert(args.end(), more.begin(), more.end());
    audit::before_commit_for_tests = seam;
    CliResult check = run_cli(recorded_check(db, args));
    audit::before_commit_for_tests = nullptr;
    return check;
}

// The database's commit and checkpoint are on disk before the report replaces a file: on ext4
// an fsync after that waits for the report's pages too (docs/performance.md)
TEST(ReportAndRun, TheRunIsRecordedBeforeTheReportIsPlaced) {
    for (bool existing : {false, true}) {
        TempDir dir("audit");
        std::string db = existing ? make_database(dir) : dir.str() + "/new.db";
        CliResult check = check_with_seam(db, note_the_report);
        EXPECT_EQ(check.status, 1) << check.err;  // the basic case has violations
        EXPECT_EQ(at_commit.commits, 1) << existing;
        EXPECT_FALSE(at_commit.report_existed) << existing;
        EXPECT_TRUE(fs::exists(at_commit.report)) << existing;
        EXPECT_EQ(query_text(db, "SELECT report_sha256 FROM runs ORDER BY id DESC LIMIT 1"),
                  file_sha256(at_commit.report));
    }
}

/// check_with_seam() into a database with one run, where the report cannot be placed
CliResult check_with_the_report_blocked(const std::string& db, void (*seam)()) {
    CliResult check = check_with_seam(db, seam);
    EXPECT_EQ(check.status, 2);
    EXPECT_TRUE(contains(check.err, "cannot replace `" + at_commit.report + "`")) << check.err;
    return check;
}

TEST(ReportAndRun, AReportThatCannotBePlacedAfterTheRunIsRecordedSaysHowToWriteItAgain) {
    TempDir dir("audit");
    std::string db = make_database(dir);
    CliResult check = check_with_the_report_blocked(db, block_the_report);
    std::string again = "`lexcheck report --db " + db + " --run 2 --format json --output " +
                        at_commit.report + "` writes it again";
    EXPECT_TRUE(contains(check.err, "the run was recorded as run 2 in `" + db +
                                        "`, but its report is missing; " + again))
        << check.err;
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 2);
    EXPECT_TRUE(fs::is_directory(at_commit.report));
    for (const auto& e : fs::directory_iterator(dir.path()))  // no temporary report left
        EXPECT_EQ(e.path().filename().string().find(".report.json.tmp"), std::string::npos);
}

TEST(ReportAndRun, NeitherTheRunNorTheReportSaysBoth) {
    TempDir dir("audit");
    std::string db = make_database(dir);
    CliResult check = check_with_the_report_blocked(db, block_the_report_and_refuse_the_run);
    EXPECT_TRUE(contains(check.err, "the run was not recorded either: refused by the test"))
        << check.err;
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 1);
}

}  // namespace
}  // namespace lexcheck::testing
