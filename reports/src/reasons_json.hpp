// The JSON report's `"reasons"` (LANGUAGE.md §13): the sentences phrased straight into the
// report's buffer, escaped as they are written.
#pragma once

#include "reason_sentence.hpp"

#include <string>
#include <string_view>

namespace lexcheck::reports::detail {

/// Appends `["Sentence.", …]` with one sentence a line, indented as JsonWriter would below
/// `indent`: the bytes of reason_texts' strings written as JSON string literals
void append_reasons_json(std::string& out, const ReasonContext& at, const core::Reasons& reasons,
                         std::string_view indent, SentenceScratch& said);

}  // namespace lexcheck::reports::detail
