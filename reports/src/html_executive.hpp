// The executive summary section of the HTML report.
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <iosfwd>

namespace lexcheck::reports::detail {

/// `section#executive`: an overview sentence, then one article per State and instrument
void write_html_executive(const Report& r, std::ostream& out);

}  // namespace lexcheck::reports::detail
