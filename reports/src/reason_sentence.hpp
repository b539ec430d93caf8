// One reason sentence (LANGUAGE.md §13) appended where the caller writes: reason_sentences
// gives each its own string, the JSON report phrases them straight into its output with an
// escaping Markup (a string per sentence, then escaped, was a fifth of that report's time).
#pragma once

#include "lexcheck/reports/reasons.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace lexcheck::reports::detail {

/// Where each step's words are in the sentence being written, to say a repeated one once;
/// kept by the caller from sentence to sentence so that it is allocated once
using SentenceScratch = std::vector<std::pair<std::size_t, std::size_t>>;

/// Appends the sentence of `part`, one of `reasons`' parts, to `out`: the same bytes as
/// reason_sentences gives it
void append_reason_sentence(const ReasonContext& at, const core::Reasons& reasons,
                            const core::ReasonPart& part, const Markup& markup, std::string& out,
                            SentenceScratch& said);

}  // namespace lexcheck::reports::detail
