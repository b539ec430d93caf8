// core::TraceStore: what trace steps view stays where it was put, however much is added after
// it, from however many threads.
#include "lexcheck/core/trace_store.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace lexcheck::core {
namespace {

/// Reads 0..n-1 of fact `fact`, told apart by their spans
std::vector<FactRead> reads(std::uint32_t fact, std::size_t n) {
    std::vector<FactRead> out;
    for (std::size_t i = 0; i < n; ++i)
        out.push_back({fact,
                       i % 2 == 0,
                       {fact, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i) + 1}});
    return out;
}

TEST(TraceStore, KeptTextsAndReadsStayWhereTheyWerePut) {
    TraceStore store;
    std::vector<std::string> texts;
    std::vector<std::string_view> views;
    std::vector<std::span<const FactRead>> kept;
    // Short texts (in the string itself) and long ones; runs of reads shorter and longer than
    // a block, so that blocks fill up and new ones are made.
    for (std::uint32_t i = 0; i < 3000; ++i) {
        texts.push_back(i % 2 ? std::to_string(i) : std::string(40 + i % 7, 'a' + i % 26));
        views.push_back(store.keep(texts.back()));
        kept.push_back(store.keep(reads(i, i % 5 == 0 ? 1500 : i % 4)));
    }
    for (std::uint32_t i = 0; i < texts.size(); ++i) {
        ASSERT_EQ(views[i], texts[i]);
        std::vector<FactRead> expected = reads(i, i % 5 == 0 ? 1500 : i % 4);
        ASSERT_EQ(kept[i].size(), expected.size());
        for (std::size_t k = 0; k < expected.size(); ++k) {
            ASSERT_EQ(kept[i][k].fact, expected[k].fact);
            ASSERT_EQ(kept[i][k].present, expected[k].present);
            ASSERT_EQ(kept[i][k].at, expected[k].at);
        }
    }
    EXPECT_TRUE(store.keep(std::span<const FactRead>{}).empty());
}

TEST(TraceStore, AskingForATextAgainGivesTheTextKept) {
    // The store grows with the distinct texts, not with the findings that show them.
    TraceStore store;
    std::string_view first = store.keep(std::string(50, 'x'));
    std::string_view again = store.keep(std::string(50, 'x'));
    EXPECT_EQ(first.data(), again.data());
    EXPECT_NE(store.keep(std::string(50, 'y')).data(), first.data());
    EXPECT_EQ(store.keep("").size(), 0u);
}

TEST(TraceStore, ThreadsKeepAtTheSameTime) {
    TraceStore store;
    constexpr std::uint32_t kThreads = 4, kEach = 2000;
    std::vector<std::vector<std::string_view>> views(kThreads);
    std::vector<std::vector<std::span<const FactRead>>> kept(kThreads);
    std::vector<std::thread> threads;
    for (std::uint32_t t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (std::uint32_t i = 0; i < kEach; ++i) {
                views[t].push_back(
                    store.keep("thread " + std::to_string(t) + " text " + std::to_string(i)));
                kept[t].push_back(store.keep(reads(t * kEach + i, 3)));
            }
        });
    }
    for (std::thread& th : threads) th.join();
    for (std::uint32_t t = 0; t < kThreads; ++t) {
        for (std::uint32_t i = 0; i < kEach; ++i) {
            ASSERT_EQ(views[t][i], "thread " + std::to_string(t) + " text " + std::to_string(i));
            ASSERT_EQ(kept[t][i].size(), 3u);
            for (const FactRead& r : kept[t][i]) ASSERT_EQ(r.fact, t * kEach + i);
        }
    }
}

}  // namespace
}  // namespace lexcheck::core
