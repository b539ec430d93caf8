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

}  // namespace
}  // namespace lexcheck
