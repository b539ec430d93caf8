// reports::word_diff (LANGUAGE.md §11): the word-level difference of a locked and a current
// text that every report format shows.
#include "lexcheck/reports/source_change.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lexcheck::reports {
namespace {

/// `word [-removed-] {+added+}`, as the text report marks the runs
std::string marked(std::string_view locked, std::string_view current) {
    std::string out;
    for (const WordRun& r : word_diff(locked, current)) {
        if (!out.empty()) out += ' ';
        if (r.kind == WordRun::Kind::removed)
            out += "[-" + r.text + "-]";
        else if (r.kind == WordRun::Kind::added)
            out += "{+" + r.text + "+}";
        else
            out += r.text;
    }
    return out;
}

TEST(WordDiff, EqualTextsAreOneKeptRun) {
    auto runs = word_diff("the State shall", "the State shall");
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].kind, WordRun::Kind::kept);
    EXPECT_EQ(runs[0].text, "the State shall");
}

TEST(WordDiff, ReplacedWordInTheMiddle) {
    EXPECT_EQ(marked("the State shall not ban", "the State may not ban"),
              "the State [-shall-] {+may+} not ban");
}

TEST(WordDiff, AddedAndRemovedAtTheEnds) {
    EXPECT_EQ(marked("shall ban", "no State shall ban"), "{+no State+} shall ban");
    EXPECT_EQ(marked("no State shall ban", "no State"), "no State [-shall ban-]");
}

TEST(WordDiff, EmptySides) {
    EXPECT_TRUE(word_diff("", "").empty());
    EXPECT_EQ(marked("", "new text"), "{+new text+}");
    EXPECT_EQ(marked("old text", ""), "[-old text-]");
}

TEST(WordDiff, RunsOfOneKindAreMergedAndWordsAreWholeWords) {
    // "banned" and "ban" are different words, not a common prefix
    EXPECT_EQ(marked("a b banned c", "a x y ban c"), "a [-b banned-] {+x y ban+} c");
}

TEST(WordDiff, KeptAndRemovedGiveTheLockedTextKeptAndAddedTheCurrent) {
    std::string locked = "one two three four five six seven";
    std::string current = "one three four 4b five seven eight";
    std::string old_side, new_side;
    for (const WordRun& r : word_diff(locked, current)) {
        if (r.kind != WordRun::Kind::added) old_side += (old_side.empty() ? "" : " ") + r.text;
        if (r.kind != WordRun::Kind::removed) new_side += (new_side.empty() ? "" : " ") + r.text;
    }
    EXPECT_EQ(old_side, locked);
    EXPECT_EQ(new_side, current);
}

TEST(WordDiff, BeyondTheBoundTheMiddleIsOneRemovalAndOneAddition) {
    std::string locked = "head", current = "head";
    for (int i = 0; i < 2100; ++i) {  // 2100 x 2100 words > 4·10^6 pairs
        locked += " a" + std::to_string(i);
        current += " b" + std::to_string(i);
    }
    locked += " tail";
    current += " tail";
    auto runs = word_diff(locked, current);
    ASSERT_EQ(runs.size(), 4u);
    EXPECT_EQ(runs[0].text, "head");
    EXPECT_EQ(runs[1].kind, WordRun::Kind::removed);
    EXPECT_EQ(runs[2].kind, WordRun::Kind::added);
    EXPECT_EQ(runs[3].text, "tail");
}

TEST(WordDiff, KindNames) {
    EXPECT_EQ(word_run_kind_name(WordRun::Kind::kept), "kept");
    EXPECT_EQ(word_run_kind_name(WordRun::Kind::removed), "removed");
    EXPECT_EQ(word_run_kind_name(WordRun::Kind::added), "added");
}

}  // namespace
}  // namespace lexcheck::reports
