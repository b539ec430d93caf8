// A minimal parallel loop over indices, for reading files on several threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace lexcheck::parser::detail {

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
    for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(work, w);
    work(0);
    for (std::thread& t : pool) t.join();
    for (const std::exception_ptr& e : errors) {
        if (e) std::rethrow_exception(e);
    }
}

}  // namespace lexcheck::parser::detail
