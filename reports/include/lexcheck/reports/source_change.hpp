// A quoted source text that changed since it was locked (LANGUAGE.md §11), and the
// word-level difference that every report format shows of it.
#pragma once

#include "lexcheck/core/source.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::reports {

struct SourceChange {
    std::string id;  ///< The measure's or provision's id
    bool provision = false;
    std::string akn;  ///< As the lock names it (relative to the lock file)
    std::string eid;
    std::string locked;   ///< The text the lock holds
    std::string current;  ///< The element's text now
    core::SourceSpan at;  ///< The measure's `eId` or the provision's `source`
};

/// One run of words of a word-level difference: kept, removed (only in the locked text) or
/// added (only in the current one). Runs of one kind are merged; words are separated by one
/// space, as the element texts collapse white space.
struct WordRun {
    enum class Kind { kept, removed, added } kind = Kind::kept;
    std::string text;
};

/// The shortest edit from `locked` to `current` by words (a longest common subsequence of
/// words; beyond 4·10^6 word pairs between the common head and tail, the middle is one removal
/// and one addition)
std::vector<WordRun> word_diff(std::string_view locked, std::string_view current);

std::string_view word_run_kind_name(WordRun::Kind k);

}  // namespace lexcheck::reports
