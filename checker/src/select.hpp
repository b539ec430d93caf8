// Which measures a run decides (LANGUAGE.md §5: in force on the as-of date, of the States
// asked for, not left out), in id order, and the States they belong to: one pass over the
// corpus, on every thread, for check.cpp.
#pragma once

#include "lexcheck/checker/check.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace lexcheck::checker::detail {

struct Selection {
    std::vector<std::uint32_t> measures;   ///< Positions in the corpus, in id order
    std::size_t not_in_force = 0;          ///< Of the States asked for, left out by date
    std::vector<std::string_view> states;  ///< Each State of `measures` once, in no set order
};

Selection select_measures(const core::Corpus& corpus, const CheckOptions& options);

}  // namespace lexcheck::checker::detail
