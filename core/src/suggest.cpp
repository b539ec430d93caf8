#include "lexcheck/core/suggest.hpp"

#include <algorithm>
#include <numeric>

namespace lexcheck::core {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
    // Rows i-2, i-1 and i of the table (optimal string alignment: a transposition of two
    // neighbours is one edit, the typo lawyers make most, issue 21).
    std::vector<std::size_t> before(b.size() + 1), above(b.size() + 1), row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        before.swap(above);
        above.swap(row);
        row[0] = i;
        std::size_t best = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            row[j] =
                std::min({above[j] + 1, row[j - 1] + 1, above[j - 1] + (a[i - 1] != b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                row[j] = std::min(row[j], before[j - 2] + 1);
            best = std::min(best, row[j]);
        }
        if (best > limit) return limit + 1;
    }
    return row[b.size()];
}

namespace {

/// Whether `part` is `whole`'s first or last words joined by `_` (`worker` in `eaeu_worker`)
bool is_word_part(std::string_view part, std::string_view whole) {
    if (part.size() < 3 || part.size() >= whole.size()) return false;
    return (whole.starts_with(part) && whole[part.size()] == '_') ||
           (whole.ends_with(part) && whole[whole.size() - part.size() - 1] == '_');
}

/// The one candidate that the name is a part of, or that is a part of the name, in words
/// (`third_country` for `third_country_national`, issue 21): too far apart in edits, but
/// the lawyer's meaning is plain. Nothing when several candidates fit.
std::optional<std::string> word_part_of(std::string_view name,
                                        const std::vector<std::string>& candidates) {
    std::optional<std::string> found;
    for (const std::string& c : candidates) {
        if (!is_word_part(name, c) && !is_word_part(c, name)) continue;
        if (found) return std::nullopt;
        found = c;
    }
    return found;
}

}  // namespace

std::optional<std::string> closest_name(std::string_view name,
                                        const std::vector<std::string>& candidates) {
    // One edit per four characters, at least one, at most three.
    std::size_t limit = std::clamp<std::size_t>(name.size() / 4, 1, 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const std::string& c : candidates) {
        std::size_t d = edit_distance(name, c, limit);
        if (d < best_distance || (d == best_distance && best && c < *best)) {
            best_distance = d;
            best = c;
        }
    }
    if (best_distance <= limit) return best;
    return word_part_of(name, candidates);
}

std::optional<std::string> did_you_mean(std::string_view name,
                                        const std::vector<std::string>& candidates) {
    auto best = closest_name(name, candidates);
    if (!best) return std::nullopt;
    return "did you mean `" + *best + "`?";
}

}  // namespace lexcheck::core
