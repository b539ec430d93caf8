// "Did you mean" suggestions: the nearest name within a distance that grows with its length.
#include "lexcheck/core/suggest.hpp"

#include <gtest/gtest.h>

namespace lexcheck::core {
namespace {

TEST(Suggest, NamesTheNearestCandidate) {
    EXPECT_EQ(closest_name("chek", {"check", "test", "lint", "fmt", "explain"}), "check");
    EXPECT_EQ(did_you_mean("--coverge", {"--coverage", "--threshold"}),
              "did you mean `--coverage`?");
}

TEST(Suggest, BreaksTiesAlphabetically) {
    EXPECT_EQ(closest_name("art97.p", {"art97.p2", "art97.p1", "art97.p3"}), "art97.p1");
}

TEST(Suggest, SuggestsNothingTooFarAway) {
    EXPECT_EQ(closest_name("frobnicate", {"check", "test"}), std::nullopt);
    EXPECT_EQ(did_you_mean("x", {}), std::nullopt);
}

TEST(Suggest, CountsEditsUpToALimit) {
    EXPECT_EQ(edit_distance("kitten", "sitting", 5), 3u);
    EXPECT_EQ(edit_distance("kitten", "sitting", 1), 2u);  // Stops early: above the limit
}

}  // namespace
}  // namespace lexcheck::core
