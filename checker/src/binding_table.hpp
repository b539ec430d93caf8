// Which instruments bind the state of each measure (LANGUAGE.md §5 step 2; `affects`, §9),
// found once per run for check.cpp.
#pragma once

#include "lexcheck/checker/check.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexcheck::checker::detail {

/// How many two-capital State codes there are
inline constexpr std::size_t kStateCodes = 26 * 26;

/// The index of a two-capital State code (`AA`: 0, `ZZ`: 675), else kStateCodes
inline std::size_t state_code(std::string_view s) {
    if (s.size() != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z') return kStateCodes;
    return static_cast<std::size_t>(s[0] - 'A') * 26 + static_cast<std::size_t>(s[1] - 'A');
}

/// Binding of every instrument for every jurisdiction present, computed once. Rows are
/// found by the two capitals of the state code, without a string comparison per measure.
class BindingTable {
public:
    /// Rows for `states` (each once: select_measures)
    BindingTable(const core::RuleSet& rules, const std::vector<std::string_view>& states,
                 core::Date as_of)
        : slot_(kCodes, kNone) {
        for (std::string_view state : states) {
            std::size_t c = code(state);
            std::vector<Binding> row;
            for (const auto& inst : rules.instruments)
                row.push_back(binding_of(inst, std::string(state), as_of));
            if (c != kOther) slot_[c] = static_cast<std::uint32_t>(rows_.size());
            rows_.emplace_back(state, std::move(row));
        }
        for (const auto& inst : rules.instruments) reciprocal_ = reciprocal_ || inst.reciprocal;
    }
    /// Whether a measure's `affects` can change its row (LANGUAGE.md §9)
    bool depends_on_affects(const core::MeasureHead& m) const {
        return reciprocal_ && m.has_affects;
    }
    const std::vector<Binding>& row(std::string_view state) const {
        std::uint32_t slot = slot_[code(state)];
        if (slot != kNone) return rows_[slot].second;
        // Not a two-capital code (the loaders reject those; kept for in-memory corpora).
        return *find(state);
    }

private:
    static constexpr std::uint32_t kNone = core::kNone;
    static constexpr std::size_t kOther = kStateCodes;
    static constexpr std::size_t kCodes = kOther + 1;
    static std::size_t code(std::string_view s) { return state_code(s); }
    const std::vector<Binding>* find(std::string_view state) const {
        for (const auto& [s, row] : rows_) {
            if (s == state) return &row;
        }
        return nullptr;
    }
    std::vector<std::uint32_t> slot_;
    std::vector<std::pair<std::string, std::vector<Binding>>> rows_;
    bool reciprocal_ = false;
};

/// A measure's binding row when its `affects` narrows a reciprocal instrument
inline std::vector<Binding> binding_row(const core::RuleSet& rules, const core::Measure& m,
                                        core::Date as_of) {
    std::vector<Binding> row;
    row.reserve(rules.instruments.size());
    for (const auto& inst : rules.instruments)
        row.push_back(binding_of(inst, m.jurisdiction, as_of, &m.affects));
    return row;
}

}  // namespace lexcheck::checker::detail
