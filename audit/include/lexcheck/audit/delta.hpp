// The delta of two sets of findings (LANGUAGE.md §12): pairs matched by measure and
// provision; added, removed, changed (outcome or binding) and unchanged. Kept apart from the
// database so that `impact` and `diff` of two JSON reports can share it (issue 15).
#pragma once

#include "lexcheck/audit/findings_codec.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace lexcheck::audit {

enum class ChangeKind { added, removed, changed };

std::string_view change_kind_name(ChangeKind k);

struct Change {
    ChangeKind kind = ChangeKind::changed;
    std::optional<FindingKey> before;  ///< Absent for `added`
    std::optional<FindingKey> after;   ///< Absent for `removed`
    std::size_t before_index = 0;      ///< Its index in `before`, when there is one
    std::size_t after_index = 0;       ///< Its index in `after`, when there is one
    const FindingKey& key() const { return after ? *after : *before; }
};

struct Delta {
    std::vector<Change> changes;  ///< Sorted by provision, then measure (natural order)
    std::size_t unchanged = 0;
};

/// The changes from `before` to `after`; each list holds a pair at most once
Delta compute_delta(const std::vector<FindingKey>& before, const std::vector<FindingKey>& after);

}  // namespace lexcheck::audit
