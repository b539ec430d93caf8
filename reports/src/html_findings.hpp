// The findings part of the HTML report: the filter bar and one article per measure.
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <iosfwd>

namespace lexcheck::reports::detail {

/// The filter bar (hidden until the script shows it) and every measure with findings
void write_html_findings(const Report& r, std::ostream& out);

/// The contents entries of the measures with findings (`<li>` items)
void write_html_measure_toc(const Report& r, std::ostream& out);

}  // namespace lexcheck::reports::detail
