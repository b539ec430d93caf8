// core::TemporaryFileGuard: a signal that ends the process removes the guarded files first,
// and only those; the process still ends by that signal. Each case runs in a child process.
#include "lexcheck/core/temporary_file.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <thread>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace lexcheck::core {
namespace {

namespace fs = std::filesystem;

/// Runs `body` in a child; returns the signal that ended it, or -1 when it exited
template <typename Body>
int signal_ending(const Body& body) {
    pid_t pid = ::fork();
    if (pid == 0) {
        body();
        std::_Exit(0);
    }
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid) return -2;
    return WIFSIGNALED(status) ? WTERMSIG(status) : -1;
}

fs::path touch(const fs::path& path) {
    std::ofstream(path) << "partial";
    return path;
}

TEST(TemporaryFileGuard, SignalRemovesGuardedFilesOnly) {
    fs::path dir = fs::temp_directory_path() / ("lexcheck-guard-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
        fs::path guarded = touch(dir / "guarded"), released = touch(dir / "released"),
                 other = touch(dir / "other");
        int ended = signal_ending([&] {
            TemporaryFileGuard keep(guarded.string());
            { TemporaryFileGuard done(released.string()); }  // renamed into place, say
            std::raise(sig);
        });
        EXPECT_EQ(ended, sig);  // the process still ends by the signal
        EXPECT_FALSE(fs::exists(guarded)) << sig;
        EXPECT_TRUE(fs::exists(released)) << sig;
        EXPECT_TRUE(fs::exists(other)) << sig;
    }
    fs::remove_all(dir);
}

TEST(TemporaryFileGuard, IgnoredSignalStaysIgnored) {
    fs::path file =
        touch(fs::temp_directory_path() / ("lexcheck-guard-ignored-" + std::to_string(::getpid())));
    int ended = signal_ending([&] {
        std::signal(SIGHUP, SIG_IGN);  // as under nohup
        TemporaryFileGuard keep(file.string());
        std::raise(SIGHUP);
    });
    EXPECT_EQ(ended, -1);
    EXPECT_TRUE(fs::exists(file));
    fs::remove(file);
}

// A signal raised while SignalsDeferred lives waits for its end, when the file is guarded;
// a thread started under it never takes the signal.
TEST(SignalsDeferred, SignalWaitsUntilTheFileIsGuarded) {
    fs::path file =
        fs::temp_directory_path() / ("lexcheck-guard-deferred-" + std::to_string(::getpid()));
    int ended = signal_ending([&] {
        std::optional<TemporaryFileGuard> guard;
        {
            SignalsDeferred deferred;
            std::raise(SIGINT);  // before the file exists: without the deferral it would stay
            touch(file);
            guard.emplace(file.string());
        }
        std::_Exit(0);  // not reached: the signal is delivered as the deferral ends
    });
    EXPECT_EQ(ended, SIGINT);
    EXPECT_FALSE(fs::exists(file));
    fs::remove(file);
}

// The handler waits for a CreationSection to end, but not for ever: here the section's thread
// waits for a lock held by the thread the signal interrupts (as when the signal comes in the
// middle of malloc and the section allocates). Before, the process hung, the handler spinning.
TEST(CreationSection, SignalEndsTheProcessEvenWhenTheSectionWaitsForTheInterruptedThread) {
    fs::path file =
        touch(fs::temp_directory_path() / ("lexcheck-guard-section-" + std::to_string(::getpid())));
    pid_t pid = ::fork();
    if (pid == 0) {
        TemporaryFileGuard guard(file.string());
        std::mutex held;
        std::atomic<bool> in_section{false};
        std::unique_lock lock(held);
        std::thread creating([&] {
            CreationSection section;
            in_section = true;
            std::lock_guard wait(held);  // never: the interrupted thread keeps it
        });
        while (!in_section) std::this_thread::yield();
        std::raise(SIGTERM);
        std::_Exit(0);  // not reached
    }
    int status = 0;
    for (int i = 0; i < 1000 && ::waitpid(pid, &status, WNOHANG) == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (::waitpid(pid, &status, WNOHANG) == 0) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        ADD_FAILURE() << "the process hung in the handler";
    } else {
        EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    }
    EXPECT_FALSE(fs::exists(file));
    fs::remove(file);
}

TEST(SignalsDeferred, ThreadStartedUnderItKeepsTheSignalsBlocked) {
    bool blocked = false, restored = false;
    {
        SignalsDeferred deferred;
        std::thread([&] {
            sigset_t now;
            ::pthread_sigmask(SIG_BLOCK, nullptr, &now);
            blocked = sigismember(&now, SIGINT) && sigismember(&now, SIGTERM) &&
                      sigismember(&now, SIGHUP);
        }).join();
    }
    sigset_t now;
    ::pthread_sigmask(SIG_BLOCK, nullptr, &now);
    restored = !sigismember(&now, SIGINT);
    EXPECT_TRUE(blocked);
    EXPECT_TRUE(restored);
}

}  // namespace
}  // namespace lexcheck::core
