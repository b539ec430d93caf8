// Field-by-field comparison of two readers' results for one measure file, spans included:
// the differential tests and the measures fuzz target check the fast readers with it.
#pragma once

#include "lexcheck/parser/measures.hpp"

#include <string>

namespace lexcheck::testing {

/// The first difference between `a` and `b` ("measure 3 (`m1`): fact 2: span 10-12 vs
/// 10-13"), or an empty string when they are equal in every field
std::string measure_file_diff(const parser::MeasureFile& a, const parser::MeasureFile& b);

}  // namespace lexcheck::testing
