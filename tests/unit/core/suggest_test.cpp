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

// Issue 21: an enum value written short (or long) by whole words is suggested when only one
// candidate fits.
TEST(Suggest, NamesTheOneCandidateThatSharesWholeWords) {
    const std::vector<std::string> persons = {"eaeu_worker", "eaeu_family_member",
                                              "third_country_national"};
    EXPECT_EQ(closest_name("third_country", persons), "third_country_national");
    EXPECT_EQ(closest_name("worker", persons), "eaeu_worker");
    EXPECT_EQ(closest_name("eaeu_worker_family", persons), "eaeu_worker");
    EXPECT_EQ(closest_name("eaeu", persons), std::nullopt);  // two candidates start with it
    EXPECT_EQ(closest_name("ker", persons), std::nullopt);   // not a whole word
}

TEST(Suggest, CountsTwoSwappedLettersAsOneEdit) {
    EXPECT_EQ(edit_distance("wroker", "worker", 3), 1u);
    EXPECT_EQ(closest_name("wroker", {"worker", "other"}), "worker");
    EXPECT_EQ(edit_distance("ab", "ba", 3), 1u);
    EXPECT_EQ(edit_distance("abc", "ca", 3), 3u);  // no edit twice on one substring (OSA)
}

TEST(Suggest, CountsEditsUpToALimit) {
    EXPECT_EQ(edit_distance("kitten", "sitting", 5), 3u);
    EXPECT_EQ(edit_distance("kitten", "sitting", 1), 2u);  // Stops early: above the limit
}

}  // namespace
}  // namespace lexcheck::core
