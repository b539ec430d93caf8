// core::TraceStore: what trace steps view stays where it was put, however much is added after
// it, from however many threads.
#include "lexcheck/core/trace_store.hpp"

#include "lexcheck/core/finding.hpp"

#include <gtest/gtest.h>

#include <algorithm>
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

TEST(TraceStore, KeptArraysAreAlignedCopiesThatStayFromAnyThread) {
    // Reasons and exceptions tried (issue 20): arrays of any size, a byte array between them
    // so that the next one must be aligned again, and one longer than a block.
    TraceStore store;
    constexpr std::uint32_t kThreads = 4, kEach = 500;
    std::vector<std::vector<std::span<const ReasonStep>>> steps(kThreads);
    std::vector<std::vector<std::span<const ExceptionTried>>> tried(kThreads);
    std::vector<std::vector<std::uint64_t>> shapes(kThreads);
    std::vector<std::thread> threads;
    for (std::uint32_t t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (std::uint32_t i = 0; i < kEach; ++i) {
                std::vector<ReasonStep> s(i % 7 == 0 ? 3000 : i % 5, {t * kEach + i, Truth::yes});
                steps[t].push_back(store.keep_array<ReasonStep>(s));
                const char odd[] = {'x', 'y', 'z'};
                store.keep_array<char>({odd, 1 + i % 3});
                const ExceptionTried e[] = {{"label", Truth::no}, {"other", Truth::unknown}};
                tried[t].push_back(store.keep_array<ExceptionTried>(e));
                shapes[t].push_back(store.new_shape());
            }
        });
    }
    for (std::thread& th : threads) th.join();
    std::vector<std::uint64_t> every;
    for (std::uint32_t t = 0; t < kThreads; ++t) {
        for (std::uint32_t i = 0; i < kEach; ++i) {
            ASSERT_EQ(steps[t][i].size(), i % 7 == 0 ? 3000u : i % 5) << t << " " << i;
            ASSERT_EQ(reinterpret_cast<std::uintptr_t>(steps[t][i].data()) % alignof(ReasonStep),
                      0u);
            for (const ReasonStep& r : steps[t][i]) ASSERT_EQ(r.cond, t * kEach + i);
            ASSERT_EQ(tried[t][i].size(), 2u);
            EXPECT_EQ(tried[t][i][0].label, "label");
            EXPECT_EQ(tried[t][i][1].value, Truth::unknown);
            every.push_back(shapes[t][i]);
        }
    }
    std::sort(every.begin(), every.end());
    EXPECT_EQ(std::adjacent_find(every.begin(), every.end()), every.end()) << "shapes are unique";
    EXPECT_GT(every.front(), 0u) << "0 means no shape";
    EXPECT_TRUE(store.keep_array<ReasonStep>({}).empty());
}

}  // namespace
}  // namespace lexcheck::core
