// Progress on standard error (docs/cli.md): on a terminal a line redrawn at most ten times a
// second and cleared at the end; nothing in a pipe, a file or a CI log unless --progress
// asks, and then plain lines. The terminal is a pseudo-terminal (forkpty).
#include "progress.hpp"

#include "cli_runner.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <sstream>
#include <thread>

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

namespace lexcheck {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

/// The shipped rules and corpus, checked into a file so that only standard error remains
std::vector<std::string> check_args(const testing::TempDir& dir) {
    return {"check",
            "--rules",
            std::string(LEXCHECK_SOURCE_DIR) + "/rules",
            "--corpus",
            std::string(LEXCHECK_SOURCE_DIR) + "/corpus",
            "--as-of",
            "2024-01-01",
            "--format",
            "json",
            "--output",
            dir.str() + "/report.json",
            "--fail-on",
            "never"};
}

TEST(Progress, NoneInAPipeOrAFileUnlessAsked) {
    testing::TempDir dir("progress");
    testing::CliResult quiet = testing::run_cli(check_args(dir));
    EXPECT_EQ(quiet.status, 0) << quiet.err;
    EXPECT_FALSE(testing::contains(quiet.err, "measures decided")) << quiet.err;

    std::vector<std::string> args = check_args(dir);
    args.push_back("--progress");
    testing::CliResult asked = testing::run_cli(args);
    EXPECT_EQ(asked.status, 0) << asked.err;
    EXPECT_TRUE(testing::contains(asked.err, "lexcheck: files read: ")) << asked.err;
    EXPECT_TRUE(testing::contains(asked.err, "lexcheck: measures decided: 44 of 44 ("))
        << asked.err;
    EXPECT_EQ(asked.err.find('\r'), std::string::npos) << "plain lines, no terminal control";
    EXPECT_EQ(asked.err.find('\x1b'), std::string::npos);
}

TEST(Progress, TestAndLintShowWhatTheyDoWhenAsked) {
    testing::CliResult test = testing::run_cli({"test", "--progress"});
    EXPECT_TRUE(testing::contains(test.err, "lexcheck: tests run: ")) << test.err;
    testing::CliResult lint = testing::run_cli({"lint", "--progress"});
    EXPECT_TRUE(testing::contains(lint.err, "lexcheck: files read: ")) << lint.err;
}

TEST(Progress, ImpactLockScaffoldAndConflictsShowWhatTheyDoWhenAsked) {
    testing::TempDir dir("progress-new");
    const std::string bill = std::string(LEXCHECK_SOURCE_DIR) + "/bills/ru-fz114-art26-draft";
    testing::CliResult impact = testing::run_cli(
        {"impact", "--bill", bill + ".yaml", "--output", dir.str() + "/impact.txt", "--progress"});
    EXPECT_TRUE(testing::contains(impact.err, "lexcheck: files read: ")) << impact.err;
    EXPECT_TRUE(testing::contains(impact.err, "lexcheck: measures decided without the bill: "))
        << impact.err;
    EXPECT_TRUE(testing::contains(impact.err, "lexcheck: measures decided with the bill: "))
        << impact.err;
    testing::CliResult quiet =
        testing::run_cli({"impact", "--bill", bill + ".yaml", "--output", dir.str() + "/i.txt"});
    EXPECT_FALSE(testing::contains(quiet.err, "measures decided")) << quiet.err;
    testing::CliResult lock = testing::run_cli({"lock", "--check", "--progress"});
    EXPECT_TRUE(testing::contains(lock.err, "lexcheck: files read: ")) << lock.err;
    testing::CliResult scaffold = testing::run_cli(
        {"scaffold", bill + ".akn.xml", "--output", dir.str() + "/draft.yaml", "--progress"});
    EXPECT_TRUE(testing::contains(scaffold.err, "lexcheck: files read: ")) << scaffold.err;
    testing::CliResult conflicts =
        testing::run_cli({"conflicts", "--as-of", "2024-01-01", "--jurisdiction", "KG", "--output",
                          dir.str() + "/conflicts.txt", "--progress"});
    EXPECT_TRUE(testing::contains(conflicts.err, "lexcheck: proving (")) << conflicts.err;
}

TEST(Progress, TheBinaryInAPipeWritesPlainLinesOnlyWithProgress) {
    testing::TempDir dir("progress");
    std::string command = std::string(LEXCHECK_BINARY);
    for (const std::string& a : check_args(dir)) command += " '" + a + "'";
    for (bool asked : {false, true}) {
        std::FILE* pipe = ::popen((command + (asked ? " --progress" : "") + " 2>&1").c_str(), "r");
        ASSERT_NE(pipe, nullptr);
        std::string out;
        char buf[4096];
        for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
        EXPECT_EQ(::pclose(pipe), 0) << out;
        EXPECT_EQ(testing::contains(out, "lexcheck: measures decided: 44 of 44"), asked) << out;
        EXPECT_EQ(out.find('\r'), std::string::npos) << out;
    }
}

/// Runs the lexcheck binary with standard error on a pseudo-terminal and returns what it
/// wrote there; `ci` sets CI=true as CI services do
std::string on_a_terminal(const std::vector<std::string>& args, bool ci) {
    int master = -1;
    pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (pid == 0) {
        ::setenv("TERM", "xterm", 1);
        if (ci) {
            ::setenv("CI", "true", 1);
        } else {
            ::unsetenv("CI");
        }
        std::vector<char*> argv{const_cast<char*>(LEXCHECK_BINARY)};
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(LEXCHECK_BINARY, argv.data());
        ::_exit(127);
    }
    std::string out;
    char buf[4096];
    for (ssize_t n; (n = ::read(master, buf, sizeof buf)) > 0;) out.append(buf, std::size_t(n));
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(master);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << out;
    return out;
}

TEST(Progress, ATerminalGetsOneLineClearedAtTheEnd) {
    testing::TempDir dir("progress");
    std::string out = on_a_terminal(check_args(dir), false);
    EXPECT_TRUE(testing::contains(out, "\rlexcheck: files read: ")) << out;
    EXPECT_TRUE(testing::contains(out, "\rlexcheck: measures decided: ")) << out;
    ASSERT_GE(out.size(), 4u);
    EXPECT_EQ(out.substr(out.size() - 4), "\r\x1b[K") << "the line is cleared at the end";
    std::size_t first = out.find("\rlexcheck: files read");
    EXPECT_EQ(out.find('\n', first), std::string::npos) << "redrawn in place, never a new line";
}

TEST(Progress, ACiLogOnATerminalGetsNoneUnlessAsked) {
    testing::TempDir dir("progress");
    EXPECT_FALSE(testing::contains(on_a_terminal(check_args(dir), true), "measures decided"));
    std::vector<std::string> args = check_args(dir);
    args.push_back("--progress");
    EXPECT_TRUE(testing::contains(on_a_terminal(args, true), "\rlexcheck: measures decided"));
}

/// Counts `done` up for `seconds` with a progress display of `mode` and returns its output
std::string busy(cli::Progress::Mode mode, double seconds) {
    std::ostringstream err;
    std::atomic<std::size_t> done{0}, total{1'000'000'000};
    {
        cli::Progress progress(mode, err);
        progress.counting("things counted", done, total);
        auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        while (std::chrono::steady_clock::now() < until) {
            done.fetch_add(1, std::memory_order_relaxed);
            std::this_thread::sleep_for(std::chrono::microseconds(50));
        }
    }
    return err.str();
}

TEST(Progress, UpdatesAtMostTenTimesASecond) {
    std::string lines = busy(cli::Progress::Mode::lines, 1.0);
    EXPECT_GE(count(lines, "\n"), 5u) << lines;
    EXPECT_LE(count(lines, "\n"), 12u) << "ten ticks and the final count: " << lines;
    std::string terminal = busy(cli::Progress::Mode::terminal, 1.0);
    EXPECT_LE(count(terminal, "\rlexcheck: things counted"), 12u) << terminal;
    EXPECT_EQ(terminal.substr(terminal.size() - 4), "\r\x1b[K");
}

TEST(Progress, OffWritesNothing) {
    EXPECT_EQ(busy(cli::Progress::Mode::off, 0.2), "");
}

}  // namespace
}  // namespace lexcheck
