// Lining up the trailing `//` comments of consecutive lines, as gofmt does, so that a
// commented list (an enum's values, an instrument's clauses) reads as a table.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lexcheck::cli::fmt::detail {

/// `text` has a trailing comment after each offset in `marks` (ascending), separated from
/// the code by exactly two spaces. Returns `text` with each run of such comments on
/// consecutive lines starting in one column, two past the longest code of the run.
std::string align_trailing_comments(const std::string& text, const std::vector<std::size_t>& marks);

}  // namespace lexcheck::cli::fmt::detail
