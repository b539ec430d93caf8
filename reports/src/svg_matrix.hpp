// The compliance matrix of the HTML report: measures × provisions as inline SVG, one cell
// per finding, coloured by outcome and marked with a symbol, linking to the finding.
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <iosfwd>

namespace lexcheck::reports::detail {

/// Writes the `<svg>` element: rows are the checked measures, columns the provisions that
/// have at least one listed finding (both in id order)
void write_matrix_svg(const Report& r, std::ostream& out);

}  // namespace lexcheck::reports::detail
