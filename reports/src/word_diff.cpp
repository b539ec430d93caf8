// Word-level differences of quoted texts (LANGUAGE.md §11).
#include "lexcheck/reports/source_change.hpp"

#include <algorithm>
#include <cstdint>

namespace lexcheck::reports {

namespace {

std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t start = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

void push(std::vector<WordRun>& out, WordRun::Kind kind, std::string_view word) {
    if (!out.empty() && out.back().kind == kind) {
        out.back().text += ' ';
        out.back().text += word;
    } else {
        out.push_back({kind, std::string(word)});
    }
}

constexpr std::size_t kMaxPairs = 4'000'000;

}  // namespace

std::string_view word_run_kind_name(WordRun::Kind k) {
    switch (k) {
        case WordRun::Kind::kept:
            return "kept";
        case WordRun::Kind::removed:
            return "removed";
        case WordRun::Kind::added:
            return "added";
    }
    return "kept";
}

std::vector<WordRun> word_diff(std::string_view locked, std::string_view current) {
    std::vector<std::string_view> a = words(locked), b = words(current);
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    std::vector<WordRun> out;
    for (std::size_t i = 0; i < head; ++i) push(out, WordRun::Kind::kept, a[i]);
    const std::size_t n = a.size() - head - tail, m = b.size() - head - tail;
    if (n * m > kMaxPairs) {
        for (std::size_t i = 0; i < n; ++i) push(out, WordRun::Kind::removed, a[head + i]);
        for (std::size_t j = 0; j < m; ++j) push(out, WordRun::Kind::added, b[head + j]);
    } else {
        // lcs[i][j]: the longest common subsequence of the middles' suffixes from i and j
        std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
        auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
            return lcs[i * (m + 1) + j];
        };
        for (std::size_t i = n; i-- > 0;) {
            for (std::size_t j = m; j-- > 0;) {
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1
                                                      : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        std::size_t i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                push(out, WordRun::Kind::kept, a[head + i]);
                ++i, ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                push(out, WordRun::Kind::removed, a[head + i++]);
            } else {
                push(out, WordRun::Kind::added, b[head + j++]);
            }
        }
    }
    for (std::size_t k = a.size() - tail; k < a.size(); ++k) push(out, WordRun::Kind::kept, a[k]);
    return out;
}

}  // namespace lexcheck::reports
