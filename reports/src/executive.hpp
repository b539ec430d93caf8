// The executive summary of the HTML and Markdown reports, as data: per State and
// instrument, the findings that need a lawyer first (binding violations and contested
// findings, most severe first), then what stays undetermined and the facts missing most.
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexcheck::reports::detail {

/// The listed findings of one State under one instrument
struct RegimeSummary {
    std::string state;
    std::uint32_t instrument = 0;  ///< Index into RuleSet::instruments
    /// Binding violations and contested findings (indices into the findings), most severe
    /// first, then in finding order
    std::vector<std::size_t> attention;
    std::vector<std::size_t> advisory_violations;  ///< In finding order
    std::size_t undetermined = 0;
    std::size_t binding_undetermined = 0;
    std::size_t compliant = 0;
    std::size_t not_applicable = 0;  ///< Listed ones only (`--all`)
    std::size_t total = 0;
    std::size_t binding = 0;  ///< Of `total`
    /// The facts missing from the undetermined findings, most often missing first (at most
    /// three), with the number of those findings that miss each
    std::vector<std::pair<std::string, std::size_t>> missing;
    std::size_t example = 0;  ///< A finding of the group, for its binding basis
};

/// Every (State, instrument) with a listed finding, by State, then instrument id
std::vector<RegimeSummary> executive_summary(const Report& r);

/// The opening sentence: what was checked, on what day, and what came out
std::string overview_sentence(const Report& r);

/// What goes before item `k` of `n` in a list in words: "", then ", ", and " and " before
/// the last
std::string_view list_separator(std::size_t k, std::size_t n);

}  // namespace lexcheck::reports::detail
