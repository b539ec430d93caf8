// The remedies of a finding (issue 17, --remedies) in each report format: one function per
// format, called once from that format's finding, so the reporters stay as they are.
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace lexcheck::reports::detail {

/// The remedies computed for finding `f` (an element of r.result.findings), or nullptr
const core::FindingRemedies* remedies_for(const Report& r, const core::Finding& f);

/// `,\n      "remedies": {…}` for the JSON report's finding (docs/json-format.md)
void append_remedies_json(std::string& out, const Report& r, const core::FindingRemedies& rem);

/// A "What would make it comply" part of an HTML finding
void write_remedies_html(const Report& r, const core::Finding& f, std::ostream& out);

/// The same for a Markdown finding
void write_remedies_markdown(const Report& r, const core::Finding& f, std::ostream& out);

/// The same for the text report, indented below its finding
void write_remedies_plain(const Report& r, const core::Finding& f, std::ostream& out);

}  // namespace lexcheck::reports::detail
