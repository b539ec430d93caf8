// What hovering over a name shows (Markdown): a fact's type, description and values; a
// provision's cite, text and wording; a define's condition; a reading's position and
// authorities; an instrument's parties; a measure's findings.
#pragma once

#include "index.hpp"

#include "lexcheck/core/date.hpp"

#include <string>

namespace lexcheck::lsp::detail {

struct Snapshot;

/// The Markdown shown for `symbol`; findings of a measure are as of `as_of`
std::string hover_text(const Snapshot& s, const Symbol& symbol, core::Date as_of);

/// A fact's hover (also shown for a key of a measure file)
std::string fact_hover(const Snapshot& s, std::uint32_t fact);

/// The findings of one measure as of `as_of`, one line per provision
std::string measure_findings_text(const Snapshot& s, std::uint32_t measure, core::Date as_of);

/// "2 violation · 1 contested · 3 compliant" (the code lens), or "no findings"
std::string findings_summary(const Snapshot& s, std::uint32_t measure, core::Date as_of);

}  // namespace lexcheck::lsp::detail
