// lexcheck's one way to run work on several threads: a parallel loop over indices, and a
// turnstile that lets its iterations pass one section in index order. Loading the corpus,
// checking, hashing the input files and writing the large reports all use it, so that the
// thread count, error handling and determinism rules are written once:
// - `threads` 0 means the hardware concurrency; the calling thread is one of the threads;
// - every index runs exactly once and writes its own slot, so results do not depend on
//   scheduling; the first exception stops further work and is rethrown to the caller.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace lexcheck::core {

/// `threads` or, when 0, the hardware concurrency (at least 1)
inline unsigned thread_count(unsigned threads) {
    if (threads == 0) threads = std::thread::hardware_concurrency();
    return std::max(1u, threads);
}

/// Calls `body(i)` for every i in [0, n) on up to `threads` threads (the caller is one).
/// Each index is visited exactly once; callers write results to slot i, so the outcome does
/// not depend on scheduling. The first exception thrown by a body is rethrown here.
template <class Body>
void parallel_for(std::size_t n, unsigned threads, Body&& body) {
    std::size_t workers = std::min<std::size_t>(thread_count(threads), n);
    if (workers <= 1) {
        for (std::size_t i = 0; i < n; ++i) body(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> errors(workers);
    auto work = [&](std::size_t worker) {
        try {
            for (std::size_t i; (i = next.fetch_add(1)) < n;) body(i);
        } catch (...) {
            errors[worker] = std::current_exception();
            next.store(n);
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    for (std::size_t w = 1; w < workers; ++w) {
        try {
            pool.emplace_back(work, w);
        } catch (const std::system_error&) {
            break;  // no more threads to be had: the others claim the remaining indices
        }
    }
    work(0);
    for (std::thread& t : pool) t.join();
    for (const std::exception_ptr& e : errors) {
        if (e) std::rethrow_exception(e);
    }
}

/// Lets the iterations of a parallel_for run one section each in increasing index order
/// (index i after i - 1), e.g. to register files in the SourceManager in sorted order while
/// they are read and decoded on several threads. parallel_for claims indices in increasing
/// order, so an index waits only for iterations already running.
/// INVARIANT: every index in [0, n) calls run() exactly once, even when it fails before.
class InOrder {
public:
    /// Waits for the turn of index `i`, calls `section()`, then passes the turn on (also when
    /// `section` throws)
    template <class Section>
    void run(std::size_t i, Section&& section) {
        for (std::size_t t = turn_.load(std::memory_order_acquire); t != i;
             t = turn_.load(std::memory_order_acquire)) {
            turn_.wait(t, std::memory_order_acquire);
        }
        struct Pass {
            std::atomic<std::size_t>& turn;
            std::size_t next;
            ~Pass() {
                turn.store(next, std::memory_order_release);
                turn.notify_all();
            }
        } pass{turn_, i + 1};
        section();
    }

private:
    std::atomic<std::size_t> turn_{0};
};

}  // namespace lexcheck::core
