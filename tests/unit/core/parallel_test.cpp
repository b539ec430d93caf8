// The one thread pool (lexcheck/core/parallel.hpp): every index once, on any thread count,
// failures rethrown to the caller, and sections of a loop passed in index order.
#include "lexcheck/core/parallel.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace lexcheck::core {
namespace {

TEST(ParallelFor, VisitsEveryIndexOnceOnAnyThreadCount) {
    for (unsigned threads : {0u, 1u, 2u, 3u, 8u}) {
        for (std::size_t n : {0u, 1u, 2u, 7u, 1000u}) {
            std::vector<std::atomic<int>> visits(n);
            parallel_for(n, threads, [&](std::size_t i) { ++visits[i]; });
            for (std::size_t i = 0; i < n; ++i) EXPECT_EQ(visits[i], 1) << i << " of " << n;
        }
    }
}

TEST(ParallelFor, RethrowsTheFailureOfABodyAndStopsClaiming) {
    for (unsigned threads : {1u, 4u}) {
        std::atomic<std::size_t> ran{0};
        EXPECT_THROW(parallel_for(100000, threads,
                                  [&](std::size_t i) {
                                      ++ran;
                                      if (i == 10) throw std::runtime_error("bad input");
                                  }),
                     std::runtime_error);
        EXPECT_LT(ran.load(), 100000u) << threads;
    }
}

TEST(ThreadCount, ZeroMeansTheHardwareAndNeverLessThanOne) {
    EXPECT_EQ(thread_count(3), 3u);
    EXPECT_GE(thread_count(0), 1u);
}

TEST(InOrder, SectionsRunInIndexOrderWhateverTheScheduling) {
    std::vector<std::size_t> order;
    InOrder in_order;
    parallel_for(500, 4, [&](std::size_t i) {
        volatile std::size_t spin = (i * 7919) % 2000;  // uneven work before the section
        while (spin > 0) spin = spin - 1;
        in_order.run(i, [&] { order.push_back(i); });
    });
    ASSERT_EQ(order.size(), 500u);
    for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i);
}

TEST(InOrder, PassesTheTurnOnWhenASectionThrows) {
    InOrder in_order;
    std::vector<std::size_t> order;
    EXPECT_THROW(parallel_for(50, 4,
                              [&](std::size_t i) {
                                  in_order.run(i, [&] {
                                      order.push_back(i);
                                      if (i == 20) throw std::runtime_error("write failed");
                                  });
                              }),
                 std::runtime_error);
    ASSERT_GE(order.size(), 21u);
    for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i);
}

}  // namespace
}  // namespace lexcheck::core
