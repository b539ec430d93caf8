#include "lexcheck/core/arena.hpp"

#include "lexcheck/core/measure.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <thread>
#include <utility>
#include <vector>

namespace lexcheck::core {
namespace {

using Range = std::pair<std::uintptr_t, std::uintptr_t>;

bool overlap(std::vector<Range> ranges) {
    std::sort(ranges.begin(), ranges.end());
    for (std::size_t i = 1; i < ranges.size(); ++i) {
        if (ranges[i].first < ranges[i - 1].second) return true;
    }
    return false;
}

TEST(BumpArena, HandsOutAlignedDisjointWritableMemory) {
    ArenaStore store;
    BumpArena& arena = store.new_arena();
    std::vector<Range> ranges;
    // Sizes up to past a block (64 KiB) and a region (4 MiB), odd alignments in between.
    for (std::size_t bytes : {1u, 7u, 64u, 1000u, 70'000u, 5u << 20, 3u}) {
        for (std::size_t align : {1u, 8u, 64u}) {
            auto* p = static_cast<char*>(arena.allocate(bytes, align));
            auto at = reinterpret_cast<std::uintptr_t>(p);
            EXPECT_EQ(at % align, 0u) << bytes << " bytes aligned to " << align;
            std::memset(p, 0xAB, bytes);
            ranges.push_back({at, at + bytes});
        }
    }
    EXPECT_FALSE(overlap(ranges));
}

TEST(BlockPool, BlocksTakenOnSeveralThreadsDoNotOverlap) {
    BlockPool pool;
    constexpr int kThreads = 4;
    std::vector<std::vector<Range>> taken(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (std::size_t i = 0; i < 300; ++i) {
                std::size_t bytes = 1000 + 997 * i % 50'000;
                char* p = pool.take(bytes);
                std::memset(p, t, bytes);
                auto at = reinterpret_cast<std::uintptr_t>(p);
                taken[t].push_back({at, at + bytes});
            }
        });
    }
    for (std::thread& t : threads) t.join();
    std::vector<Range> all;
    for (const auto& ranges : taken) all.insert(all.end(), ranges.begin(), ranges.end());
    EXPECT_FALSE(overlap(all));
}

TEST(ArenaAllocator, MovingAFactListTakesItsArenaAlong) {
    ArenaStore store;
    BumpArena& arena = store.new_arena();
    FactList built(3, ArenaAllocator<FactValue>(&arena));
    const FactValue* data = built.data();
    FactList placed;  // on the heap, as in a default-constructed Measure
    placed = std::move(built);
    EXPECT_EQ(placed.data(), data);  // no copy: the arena's memory moved into place
    EXPECT_EQ(placed.get_allocator().arena(), &arena);
    placed.push_back({});  // growing stays in the arena
    EXPECT_EQ(placed.get_allocator().arena(), &arena);
    EXPECT_EQ(placed.size(), 4u);
}

TEST(ArenaAllocator, CopiesGoToTheHeapSoTheyMayOutliveTheArena) {
    FactList copy;
    {
        ArenaStore store;
        FactList in_arena(ArenaAllocator<FactValue>(&store.new_arena()));
        in_arena.push_back({7, make_text("a text long enough to need its own heap block"), {}});
        copy = in_arena;
        FactList constructed(in_arena);
        EXPECT_EQ(constructed.get_allocator().arena(), nullptr);
    }
    EXPECT_EQ(copy.get_allocator().arena(), nullptr);
    ASSERT_EQ(copy.size(), 1u);
    EXPECT_EQ(copy[0].value.text, "a text long enough to need its own heap block");
}

}  // namespace
}  // namespace lexcheck::core
