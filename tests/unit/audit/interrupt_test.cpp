// A real Ctrl-C (issue 16, docs/audit.md "Reliability"): the lexcheck binary, on a check that
// writes a report of ~20 MB and records the run, gets SIGINT while it works. Afterwards the
// report is whole or absent, no temporary file is left, and the database passes the
// integrity check and holds the whole run or none of it.
//
// Not flaky: the test waits until the moment it aims at is visible in the folder (the
// report's temporary file, the new database's `FILE.lexcheck-new-PID`, the WAL growing), stops
// the process there with SIGSTOP, checks that the moment has not passed, sends SIGINT and
// lets the process go on with SIGCONT: the signal is handled before the process runs one more
// instruction of its own, so it lands at that moment whatever the load. An attempt whose
// process got past the moment before it was stopped is made again (at most five times).
#include "audit_helpers.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>

#include <signal.h>
#include <sys/wait.h>

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

/// A folder with the basic case's rules and 5,000 measures: `check --all` lists 20,000
/// findings with their traces, a JSON report of ~20 MB
class BigCase {
public:
    BigCase() {
        fs::copy(LEXCHECK_TEST_DIR "/golden/report/basic/rules", dir_.path() / "rules");
        std::ofstream out(dir_.path() / "measures.yaml");
        out << "measures:\n";
        for (int i = 0; i < 5000; ++i) {
            out << "  - id: bb.decree." << i << "\n    jurisdiction: BB\n"
                << "    in_force: 2018-03-01\n    facts:\n      kind: entry_ban\n"
                << "      covers_workers: " << (i % 2 ? "true" : "false") << "\n"
                << "      individual_assessment: " << (i % 3 ? "true" : "false") << "\n";
        }
    }
    std::string str() const { return dir_.str(); }
    std::string db() const { return str() + "/audit.db"; }
    std::string report() const { return str() + "/report.json"; }
    std::vector<std::string> check() const {
        return {"check",    "--rules",    str() + "/rules", "--corpus", str() + "/measures.yaml",
                "--as-of",  "2020-01-01", "--all",          "--format", "json",
                "--output", report(),     "--record",       db(),       "--threads",
                "1"};
    }
    std::map<std::string, std::string> env() const {
        return {{"XDG_CACHE_HOME", str() + "/cache"}};
    }
    /// Whether a file in the folder has a name containing `part`
    bool has_file(const std::string& part) const {
        for (const auto& e : fs::directory_iterator(dir_.path()))
            if (e.path().filename().string().find(part) != std::string::npos) return true;
        return false;
    }

private:
    TempDir dir_{"interrupt"};
};

/// Starts the check; once `moment()` holds, stops the process, and if `moment()` still holds,
/// interrupts it there. Returns whether it was interrupted at that moment; `status` is its
/// wait_for() status either way.
bool interrupt_when(const BigCase& c, const std::function<bool()>& moment, int& status) {
    int pid = spawn_lexcheck(c.check(), c.env());
    int raw = 0;
    while (!moment()) {
        if (::waitpid(pid, &raw, WNOHANG) == pid) {  // ended before the moment came
            status = WIFSIGNALED(raw) ? 128 + WTERMSIG(raw) : WEXITSTATUS(raw);
            return false;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    ::kill(pid, SIGSTOP);
    while (::waitpid(pid, &raw, WUNTRACED) < 0) {
    }
    if (!WIFSTOPPED(raw)) {  // ended between the two
        status = WIFSIGNALED(raw) ? 128 + WTERMSIG(raw) : WEXITSTATUS(raw);
        return false;
    }
    bool at_moment = moment();
    if (at_moment) ::kill(pid, SIGINT);
    ::kill(pid, SIGCONT);
    status = wait_for(pid);
    return at_moment;
}

/// What every interrupted run leaves: no temporary file, a report whole or absent, and a
/// database (when there is one) that passes the integrity check and holds whole runs only
void expect_sound(const BigCase& c, const std::string& whole_report) {
    EXPECT_FALSE(c.has_file(".lexcheck-new-"));
    EXPECT_FALSE(c.has_file(".tmp-"));
    if (fs::exists(c.report())) {
        EXPECT_TRUE(read_all(c.report()) == whole_report);
    }
    if (!fs::exists(c.db())) return;
    EXPECT_EQ(query_text(c.db(), "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(query_int(c.db(),
                        "SELECT count(*) FROM runs WHERE id NOT IN (SELECT run FROM run_findings) "
                        "OR report_sha256 IS NULL"),
              0);
    EXPECT_EQ(query_int(c.db(),
                        "SELECT count(*) FROM run_inputs WHERE run NOT IN (SELECT id FROM runs) "
                        "OR sha256 NOT IN (SELECT sha256 FROM blobs)"),
              0);
}

/// Runs `attempt` (true: it interrupted the process at its moment) up to five times, until
/// one interrupts
void until_interrupted(const std::function<bool()>& attempt) {
    int tries = 0;
    while (tries < 5 && !attempt()) ++tries;
    EXPECT_LT(tries, 5) << "the process never was at the moment the test aims at";
}

/// The report an uninterrupted run writes, and a database with that one run
std::string record_once(const BigCase& c) {
    EXPECT_EQ(wait_for(spawn_lexcheck(c.check(), c.env())), 1);  // violations found
    EXPECT_EQ(query_int(c.db(), "SELECT count(*) FROM runs"), 1);
    return read_all(c.report());
}

TEST(Interrupt, CtrlCWhileTheReportIsWrittenLeavesNoReportAndNoRun) {
    BigCase c;
    std::string whole = record_once(c);
    ASSERT_GT(whole.size(), 10'000'000u);
    until_interrupted([&] {
        fs::remove(c.report());
        std::int64_t runs = query_int(c.db(), "SELECT count(*) FROM runs");
        int status = 0;
        bool hit = interrupt_when(
            c, [&] { return c.has_file(".tmp-"); }, status);
        expect_sound(c, whole);
        if (!hit) return false;
        EXPECT_EQ(status, 128 + SIGINT);
        EXPECT_FALSE(fs::exists(c.report()));
        EXPECT_EQ(query_int(c.db(), "SELECT count(*) FROM runs"), runs);
        return true;
    });
}

// A new database is written under its temporary name from the start of the check (its inputs
// are stored while the check runs) until the run is recorded, which is before the report is
// put in place: interrupted then, the process leaves neither.
TEST(Interrupt, CtrlCWhileANewDatabaseIsWrittenLeavesNoDatabase) {
    BigCase c;
    std::string whole = record_once(c);
    until_interrupted([&] {
        fs::remove(c.db());
        fs::remove(c.report());
        int status = 0;
        bool hit = interrupt_when(
            c, [&] { return c.has_file(".lexcheck-new-"); }, status);
        expect_sound(c, whole);
        if (!hit) return false;
        EXPECT_EQ(status, 128 + SIGINT);
        EXPECT_FALSE(fs::exists(c.db()));
        EXPECT_FALSE(fs::exists(c.report()));
        return true;
    });
}

// Into an existing database the run is one transaction: stopped while SQLite writes it (the
// WAL growing), the run is either all there or not at all.
TEST(Interrupt, CtrlCWhileRecordingIntoADatabaseLeavesTheWholeRunOrNone) {
    BigCase c;
    std::string whole = record_once(c);
    auto wal_size = [&] {
        std::error_code e;  // the file comes and goes
        std::uintmax_t size = fs::file_size(c.db() + "-wal", e);
        return e ? 0 : size;
    };
    until_interrupted([&] {
        std::int64_t before = query_int(c.db(), "SELECT count(*) FROM runs");
        std::uintmax_t start = wal_size();
        int status = 0;
        bool hit = interrupt_when(
            c, [&] { return wal_size() > start; }, status);
        expect_sound(c, whole);
        if (!hit) return false;
        EXPECT_EQ(status, 128 + SIGINT);
        std::int64_t after = query_int(c.db(), "SELECT count(*) FROM runs");
        EXPECT_TRUE(after == before || after == before + 1) << before << " then " << after;
        return true;
    });
}

}  // namespace
}  // namespace lexcheck::testing
