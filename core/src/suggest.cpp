#include "lexcheck/core/suggest.hpp"

#include <algorithm>
#include <numeric>

namespace lexcheck::core {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        std::size_t best = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (best > limit) return limit + 1;
    }
    return row[b.size()];
}

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
    if (best_distance > limit) return std::nullopt;
    return best;
}

std::optional<std::string> did_you_mean(std::string_view name,
                                        const std::vector<std::string>& candidates) {
    auto best = closest_name(name, candidates);
    if (!best) return std::nullopt;
    return "did you mean `" + *best + "`?";
}

}  // namespace lexcheck::core
