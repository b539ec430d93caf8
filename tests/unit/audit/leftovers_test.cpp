// Temporary files of a recording (issue 16, docs/audit.md "Reliability"): a new database is
// written as FILE.lexcheck-new-PID. A recorder killed with SIGKILL leaves it behind, and the
// next recording removes it, but only when its process is gone and nothing holds it locked;
// SIGINT or SIGTERM during a run leaves no temporary file at all.
#include "audit_helpers.hpp"

#include "lexcheck/audit/database.hpp"
#include "lexcheck/core/sha256.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

/// The names in `dir` that are a database's temporary files
std::vector<std::string> new_files(const TempDir& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir.path())) {
        std::string name = e.path().filename().string();
        if (name.find(".lexcheck-new-") != std::string::npos) names.push_back(name);
    }
    return names;
}

/// Everything in `dir`, sorted
std::vector<std::string> all_files(const TempDir& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir.path()))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

/// A pid that no process has any more: a child that has ended and been waited for
int dead_pid() {
    int pid = ::fork();
    if (pid == 0) std::_Exit(0);
    wait_for(pid);
    return pid;
}

/// A child process that holds `path` open and locked, as a recorder writing it does, until
/// it is killed
int hold_locked(const std::string& path) {
    int ready[2];
    if (::pipe(ready) != 0) return -1;
    int pid = ::fork();
    if (pid == 0) {
        int fd = ::open(path.c_str(), O_RDWR | O_CREAT, 0644);
        ::flock(fd, LOCK_EX);
        (void)!::write(ready[1], "x", 1);
        while (true) ::pause();
    }
    char c = 0;
    (void)!::read(ready[0], &c, 1);
    ::close(ready[0]);
    ::close(ready[1]);
    return pid;
}

TEST(Leftovers, KilledRecordersFileIsRemovedByTheNextRecording) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    // SIGKILL while the new database is written: its temporary file stays behind
    EXPECT_EQ(ended_before_commit(recorded_check(db), [] { std::raise(SIGKILL); }), 128 + SIGKILL);
    ASSERT_EQ(new_files(dir).size(), 1u);
    EXPECT_FALSE(fs::exists(db));
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    EXPECT_EQ(new_files(dir), std::vector<std::string>{});
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 1);
    // A leftover next to a database that exists by now goes too, and the run is recorded
    std::string stale = dir.write("audit.db.lexcheck-new-" + std::to_string(dead_pid()), "half");
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    EXPECT_FALSE(fs::exists(stale));
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 2);
    EXPECT_EQ(query_text(db, "PRAGMA integrity_check"), "ok");
}

TEST(Leftovers, FileOfARecorderStillAtWorkIsKept) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    // Its process runs: kept, even unlocked
    int alive = hold_locked(dir.str() + "/unrelated");
    std::string running = dir.write("audit.db.lexcheck-new-" + std::to_string(alive), "");
    // Locked by a process (its pid reused, say): kept, even though its named process is gone
    std::string locked = dir.str() + "/audit.db.lexcheck-new-" + std::to_string(dead_pid());
    int holder = hold_locked(locked);
    // Not this database's: kept
    std::string other = dir.write("other.db.lexcheck-new-" + std::to_string(dead_pid()), "");
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    EXPECT_TRUE(fs::exists(running));
    EXPECT_TRUE(fs::exists(locked));
    EXPECT_TRUE(fs::exists(other));
    // Once the holder is killed, the next recording removes the file it held
    ::kill(holder, SIGKILL);
    EXPECT_EQ(wait_for(holder), 128 + SIGKILL);
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    EXPECT_FALSE(fs::exists(locked));
    EXPECT_TRUE(fs::exists(running));
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 2);
    ::kill(alive, SIGKILL);
    wait_for(alive);
}

TEST(Leftovers, LeftoverOfAnEarlierProcessWithThisPidIsTakenOver) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    // run_cli runs in this process, so the recording's own name is taken by junk
    std::string mine =
        dir.write("audit.db.lexcheck-new-" + std::to_string(::getpid()), "not a database at all");
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    EXPECT_FALSE(fs::exists(mine));
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 1);
}

TEST(Leftovers, SignalWhileANewDatabaseIsWrittenLeavesNoTemporaryFile) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db", report = dir.str() + "/report.json";
    // The report is written, then the run recorded, then the report put in place: a signal
    // before the commit leaves neither (nor the report's temporary file)
    EXPECT_EQ(
        ended_before_commit(recorded_check(db, {"--output", report}), [] { std::raise(SIGTERM); }),
        128 + SIGTERM);
    EXPECT_EQ(all_files(dir), std::vector<std::string>{});
    EXPECT_EQ(ended_before_commit(recorded_check(db), [] { std::raise(SIGINT); }), 128 + SIGINT);
    EXPECT_EQ(all_files(dir), std::vector<std::string>{});
}

// A new database's inputs are stored while the check runs (Database::store_inputs_ahead), into
// its temporary file: nothing is at the database's name before the run is recorded, and a
// run that is never recorded leaves nothing at all.
TEST(Leftovers, InputsStoredAheadAreInvisibleAndGoWhenNoRunIsRecorded) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    {
        audit::Database d(db, audit::Access::record);
        std::string content = "measures: []\n";
        d.store_inputs_ahead({{"corpus.yaml", core::sha256_hex(content), content}}, std::nullopt);
        d.wait_for_inputs();
        EXPECT_FALSE(fs::exists(db));
        EXPECT_EQ(new_files(dir).size(), 1u);
    }
    EXPECT_EQ(all_files(dir), std::vector<std::string>{});
}

TEST(Leftovers, ReportThatCannotBeWrittenLeavesNoNewDatabase) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    CliResult check =
        run_cli(recorded_check(db, {"--output", dir.str() + "/no/such/folder/report.txt"}));
    EXPECT_EQ(check.status, 2);
    EXPECT_TRUE(contains(check.err, "the run was not recorded")) << check.err;
    EXPECT_EQ(all_files(dir), std::vector<std::string>{});
}

TEST(Leftovers, SignalWhileRecordingIntoADatabaseLeavesItWithoutTheRun) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    EXPECT_EQ(ended_before_commit(recorded_check(db), [] { std::raise(SIGINT); }), 128 + SIGINT);
    EXPECT_EQ(new_files(dir), std::vector<std::string>{});
    EXPECT_EQ(query_int(db, "SELECT count(*) FROM runs"), 1);
    EXPECT_EQ(query_text(db, "PRAGMA integrity_check"), "ok");
}

}  // namespace
}  // namespace lexcheck::testing
