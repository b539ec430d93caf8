// The fast path for machine-written JSON and JSON Lines measure files: simdjson (On-Demand)
// builds the tree (tree.hpp) that yaml-cpp would build from the same bytes, spans included.
// It gives up on anything where the two could differ or that is not plain JSON (malformed
// JSON, an escape or control character in a string, trailing text, deep nesting), and yaml-cpp
// then reads the file and reports whatever there is to report.
#pragma once

#include "tree/tree.hpp"

#include "lexcheck/core/source.hpp"

#include <string_view>

namespace lexcheck::parser::detail {

/// Reads `text`, the text of `file` (with `json_lines`, one JSON value per non-blank line),
/// into `tree`; false when yaml-cpp must read it instead (then `tree` is garbage)
bool read_json(std::string_view text, core::SourceId file, bool json_lines, Tree& tree);

}  // namespace lexcheck::parser::detail
