// LANGUAGE.md §13: one decisive step in words, from its fact's `as` words and the labels of
// the values, else its condition text with "holds", "does not hold" or "is not known".
#pragma once

#include "lexcheck/reports/reasons.hpp"

#include <string>

namespace lexcheck::reports::detail {

/// "the measure is an entry ban", "it is not known whether the authority must assess the
/// person", or "`applies_to has eaeu_worker` holds" where a label is missing
std::string step_words(const ReasonContext& at, const core::ReasonStep& step, const Markup& markup);

/// "a", "a and b", "a, b and c" (`conjunction` "or": "a, b or c")
std::string spoken_list(const std::vector<std::string>& items, std::string_view conjunction);

}  // namespace lexcheck::reports::detail
