// The findings part of the Markdown report: each measure with its source text and a table
// of its findings, then each finding with its reasons, readings, remedies and folded trace.
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <iosfwd>

namespace lexcheck::reports::detail {

/// The "Findings by measure" section: every measure with findings, and each finding
void write_markdown_findings(const Report& r, std::ostream& out);

}  // namespace lexcheck::reports::detail
