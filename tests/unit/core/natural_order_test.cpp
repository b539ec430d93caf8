// LANGUAGE.md §7 (version 2): natural order of ids.
#include "lexcheck/core/natural_order.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace lexcheck {
namespace {

TEST(NaturalOrder, DigitRunsCompareAsNumbers) {
    EXPECT_TRUE(core::natural_less("kg.art7", "kg.art12"));
    EXPECT_FALSE(core::natural_less("kg.art12", "kg.art7"));
    EXPECT_TRUE(core::natural_less("art2.p10", "art10.p1"));
    EXPECT_TRUE(core::natural_less("a9b", "a10a"));
}

TEST(NaturalOrder, EverythingElseComparesByteByByte) {
    EXPECT_TRUE(core::natural_less("kg.art7", "kz.art1"));
    EXPECT_TRUE(core::natural_less("art", "art1"));
    EXPECT_TRUE(core::natural_less("art1", "art1a"));
    EXPECT_TRUE(core::natural_less("Z1", "a1"));
}

TEST(NaturalOrder, IsAStrictTotalOrder) {
    // Ids equal as numbers (`art7`, `art07`) are ordered byte by byte, so only equal ids tie.
    EXPECT_TRUE(core::natural_less("art07", "art7"));
    EXPECT_FALSE(core::natural_less("art7", "art07"));
    EXPECT_FALSE(core::natural_less("art7", "art7"));
    std::vector<std::string> ids = {"m10", "m9",  "m010", "m1.p2", "m1.p10",
                                    "m",   "m1a", "m0",   "m00",   "m99999999999999999999"};
    std::sort(ids.begin(), ids.end(), core::natural_less);
    EXPECT_EQ(ids, (std::vector<std::string>{"m", "m0", "m00", "m1.p2", "m1.p10", "m1a", "m9",
                                             "m010", "m10", "m99999999999999999999"}));
}

/// The order as LANGUAGE.md §7 states it, written plainly: split into digit runs and the
/// rest, runs compared by value (leading zeros dropped), ties broken byte by byte
bool reference_less(const std::string& a, const std::string& b) {
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && digit(a[ei])) ++ei;
            while (ej < b.size() && digit(b[ej])) ++ej;
            std::string x = a.substr(i, ei - i), y = b.substr(j, ej - j);
            x.erase(0, std::min(x.find_first_not_of('0'), x.size() - 1));
            y.erase(0, std::min(y.find_first_not_of('0'), y.size() - 1));
            if (x.size() != y.size()) return x.size() < y.size();
            if (x != y) return x < y;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size()) return i >= a.size();
    return a < b;
}

TEST(NaturalOrder, TheShortcutForIdsThatDifferInOneByteAgreesWithTheRuns) {
    // Every pair of ids up to 5 bytes long over digits, a letter, a dot and a byte above 127:
    // ids differing inside runs of equal or unequal length, with leading zeros, prefixes.
    const std::string alphabet = {'0', '1', '9', 'a', '.', static_cast<char>(0xC3)};
    std::vector<std::string> ids = {""};
    for (std::size_t from = 0; ids.back().size() < 4;) {
        const std::size_t to = ids.size();
        for (std::size_t k = from; k < to; ++k) {
            for (char c : alphabet) ids.push_back(ids[k] + c);
        }
        from = to;
    }
    std::size_t disagreements = 0;
    for (const std::string& a : ids) {
        for (const std::string& b : ids) {
            if (core::natural_less(a, b) != reference_less(a, b)) ++disagreements;
        }
    }
    EXPECT_EQ(disagreements, 0u) << "over " << ids.size() << " ids";
    // Longer ids (compared 8 bytes a step): a shared prefix of 0 to 19 bytes, then the tails
    std::uint32_t seed = 7;
    auto next = [&seed](std::uint32_t below) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 8) % below;
    };
    for (int pair = 0; pair < 200000; ++pair) {
        std::string prefix, a, b;
        for (std::uint32_t n = next(20); n > 0; --n) prefix += alphabet[next(6)];
        for (std::uint32_t n = next(6); n > 0; --n) a += alphabet[next(6)];
        for (std::uint32_t n = next(6); n > 0; --n) b += alphabet[next(6)];
        a.insert(0, prefix);
        b.insert(0, prefix);
        if (core::natural_less(a, b) != reference_less(a, b)) ++disagreements;
    }
    EXPECT_EQ(disagreements, 0u) << "over pairs of longer ids";
    // Machine-written ids: the same prefix, digit runs of one length
    EXPECT_TRUE(core::natural_less("m0001234", "m0001235"));
    EXPECT_FALSE(core::natural_less("m0001235", "m0001234"));
    EXPECT_TRUE(core::natural_less("m0009999", "m0010000"));
    EXPECT_TRUE(core::natural_less("m999", "m1000"));
    EXPECT_TRUE(core::natural_less("art7.p2", "art7.p10"));
}

}  // namespace
}  // namespace lexcheck
