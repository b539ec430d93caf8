// The regime-overlap view shared by the HTML and Markdown reports: findings grouped by the
// origin of their instrument (regional / universal / external) and the provision's
// paradigm (economic / rights / security), and the measures that meet several regimes.
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace lexcheck::reports::detail {

/// Rows of the grid: the three origins, then "origin not stated"
inline constexpr std::size_t kOrigins = 4;
/// Columns of the grid: the three paradigms, then "no paradigm"
inline constexpr std::size_t kParadigms = 4;

/// Counts per outcome (indexed by core::Outcome) of the findings in one grid cell
using OutcomeCounts = std::array<std::size_t, 5>;

/// One instrument a measure meets, with what it found there
struct RegimeHit {
    std::string instrument;
    std::size_t origin = kOrigins - 1;
    std::size_t paradigm = kParadigms - 1;
    OutcomeCounts counts{};
    std::size_t binding = 0;  ///< Of its findings, those that bind the measure's State
    std::size_t total = 0;
};

/// A measure whose findings come from more than one instrument
struct MeasureOverlap {
    std::uint32_t measure = 0;
    std::vector<RegimeHit> hits;  ///< Sorted by instrument id, then paradigm
};

struct RegimeOverlap {
    std::array<std::array<OutcomeCounts, kParadigms>, kOrigins> grid{};
    std::vector<MeasureOverlap> measures;  ///< In finding (measure id) order
};

/// Groups every finding except not_applicable ones (those never met the regime)
RegimeOverlap regime_overlap(const Report& r);

/// Whether findings bind: "binding", "advisory", or "binding for 3 of 5 findings"
std::string binding_share(std::size_t binding, std::size_t total);

/// "regional", "universal", "external", "origin not stated"
std::string_view origin_label(std::size_t origin);
/// "economic", "rights", "security", "no paradigm"
std::string_view paradigm_label(std::size_t paradigm);

}  // namespace lexcheck::reports::detail
