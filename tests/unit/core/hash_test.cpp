// The one hash function (lexcheck/core/hash.hpp): stable, and every byte, its position and
// the length matter, on both sides of the four-lane and the tail boundaries.
#include "lexcheck/core/hash.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lexcheck::core {
namespace {

TEST(HashBytes, IsTheSameForTheSameBytes) {
    std::string a = "trigger.offence_count", b = a;
    EXPECT_EQ(hash_bytes(a), hash_bytes(b));
    EXPECT_EQ(hash_bytes(""), hash_bytes(std::string_view()));
}

TEST(HashBytes, EveryByteAndItsPositionChangeIt) {
    for (std::size_t n : {1u, 3u, 4u, 7u, 8u, 9u, 31u, 32u, 33u, 64u, 100u}) {
        std::string base(n, 'a');
        std::set<std::uint64_t> seen{hash_bytes(base)};
        for (std::size_t i = 0; i < n; ++i) {
            std::string changed = base;
            changed[i] = 'b';
            EXPECT_TRUE(seen.insert(hash_bytes(changed)).second) << "byte " << i << " of " << n;
        }
    }
}

TEST(HashBytes, TheLengthMatters) {
    std::set<std::uint64_t> seen;
    for (std::size_t n = 0; n < 70; ++n) {
        EXPECT_TRUE(seen.insert(hash_bytes(std::string(n, '\0'))).second) << n << " zero bytes";
    }
}

TEST(HashBytes, SpreadsShortNamesOverTheLowBits) {
    // The resolver's table takes the low bits: 1,000 fact names must not pile up.
    std::set<std::uint64_t> buckets;
    for (int i = 0; i < 1000; ++i) buckets.insert(hash_bytes("fact" + std::to_string(i)) & 4095);
    EXPECT_GT(buckets.size(), 850u);
}

TEST(HashWord, SpreadsSmallKeysOverTheHighBits) {
    std::set<std::uint64_t> buckets;
    for (std::uint64_t file = 0; file < 4; ++file) {
        for (std::uint64_t offset = 0; offset < 32; ++offset)
            buckets.insert(hash_word((file << 32) | offset) >> 57);  // 128 slots
    }
    EXPECT_GT(buckets.size(), 70u);
}

}  // namespace
}  // namespace lexcheck::core
