// The signal handler may only do async-signal-safe things: it reads fixed slots (paths copied
// in beforehand, an atomic flag each) and calls unlink(2), then ends the process by the signal.
#include "lexcheck/core/temporary_file.hpp"

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstring>
#include <mutex>

#include <signal.h>
#include <time.h>
#include <unistd.h>

namespace lexcheck::core {

namespace {

struct Slot {
    std::atomic<bool> used{false};
    char path[PATH_MAX] = {};
};
constexpr int kSlots = 32;
Slot g_slots[kSlots];
std::mutex g_slots_mutex;  // between threads taking slots; the handler only reads
static_assert(std::atomic<bool>::is_always_lock_free);

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

std::atomic<int> g_creating{0};     // CreationSections open now
std::atomic<bool> g_ending{false};  // the handler has begun
static_assert(std::atomic<int>::is_always_lock_free);

/// Waits, in the handler, until no CreationSection is open, but at most about a second: the
/// section may be waiting for a lock that the thread this handler interrupted holds (malloc's,
/// when the signal came in the middle of an allocation: SQLite allocates while it opens a file),
/// and would never end. A section still open by then is taken to be stuck; should it create
/// its file after all, before the process ends, that file is a new audit database's, named
/// after this process, which the next recording removes as a leftover. (nanosleep and
/// clock_gettime are async-signal-safe.)
void wait_for_creation_sections() {
    timespec start{}, now{};
    ::clock_gettime(CLOCK_MONOTONIC, &start);
    const timespec pause{0, 1'000'000};
    while (g_creating.load() != 0) {
        ::nanosleep(&pause, nullptr);
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        long long waited =
            (now.tv_sec - start.tv_sec) * 1'000'000'000LL + now.tv_nsec - start.tv_nsec;
        if (waited >= 1'000'000'000LL) return;
    }
}

extern "C" void remove_temporary_files(int sig) {
    int saved = errno;
    // seq_cst on both sides: either a section sees g_ending and never creates, or this sees it
    // open and waits for its file to be there before removing it
    g_ending.store(true);
    wait_for_creation_sections();
    for (Slot& s : g_slots) {
        if (s.used.load(std::memory_order_acquire)) ::unlink(s.path);
    }
    // The default action, once this handler returns: the process ends by the signal, so its
    // parent sees what it would have seen without us.
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    ::sigaction(sig, &dfl, nullptr);
    ::raise(sig);  // blocked while the handler runs, delivered when it returns
    errno = saved;
}

void install_handlers() {
    struct sigaction ours {};
    ours.sa_handler = remove_temporary_files;
    sigemptyset(&ours.sa_mask);
    for (int sig : kSignals) sigaddset(&ours.sa_mask, sig);  // one handler run at a time
    for (int sig : kSignals) {
        struct sigaction old {};
        if (::sigaction(sig, nullptr, &old) != 0) continue;
        bool is_default = !(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_DFL;
        if (is_default) ::sigaction(sig, &ours, nullptr);
    }
}

}  // namespace

TemporaryFileGuard::TemporaryFileGuard(const std::string& path) {
    if (path.size() >= PATH_MAX) return;
    static std::once_flag installed;
    std::call_once(installed, install_handlers);
    std::lock_guard lock(g_slots_mutex);
    for (int i = 0; i < kSlots; ++i) {
        Slot& s = g_slots[i];
        if (s.used.load(std::memory_order_relaxed)) continue;
        std::memcpy(s.path, path.c_str(), path.size() + 1);
        s.used.store(true, std::memory_order_release);  // the path is complete before this
        slot_ = i;
        return;
    }
}

SignalsDeferred::SignalsDeferred() {
    sigset_t block;
    sigemptyset(&block);
    for (int sig : kSignals) sigaddset(&block, sig);
    ::pthread_sigmask(SIG_BLOCK, &block, &old_mask_);
}

SignalsDeferred::~SignalsDeferred() {
    ::pthread_sigmask(SIG_SETMASK, &old_mask_, nullptr);
}

CreationSection::CreationSection() {
    g_creating.fetch_add(1);
    if (!g_ending.load()) return;
    g_creating.fetch_sub(1);
    for (;;) ::pause();  // the signals are blocked here: the process ends by the handler's raise
}

CreationSection::~CreationSection() {
    g_creating.fetch_sub(1);
}

TemporaryFileGuard::~TemporaryFileGuard() {
    if (slot_ < 0) return;
    std::lock_guard lock(g_slots_mutex);
    g_slots[slot_].used.store(false, std::memory_order_release);
}

}  // namespace lexcheck::core
