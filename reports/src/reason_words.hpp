// LANGUAGE.md §13: one decisive step in words, from its fact's `as` words and the labels of
// the values, else its condition text with "holds", "does not hold" or "is not known".
#pragma once

#include "lexcheck/reports/reasons.hpp"

#include <string>

namespace lexcheck::reports::detail {

/// Appends "the measure is an entry ban", "it is not known whether the authority must assess
/// the person", or "`applies_to has eaeu_worker` holds" where a label is missing
void append_step_words(const ReasonContext& at, const core::ReasonStep& step, const Markup& markup,
                       std::string& out);

}  // namespace lexcheck::reports::detail
