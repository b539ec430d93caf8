// A reader for the block-style YAML subset that measure files are written in: block maps and
// sequences by indentation, plain and quoted one-line scalars (as values and as keys), one-level
// flow sequences, empty `{}`, comments and `---`. It builds the tree yaml-cpp would
// (yaml/yaml_cpp_tree.hpp), spans included; on anything outside the subset it gives up and yaml-cpp
// reads the file.
#pragma once

#include "tree/tree.hpp"

#include "lexcheck/core/source.hpp"

#include <string_view>

namespace lexcheck::parser::detail {

/// Reads `text` (the text of `file`) into `tree`; false when it is outside the subset (then
/// `tree` is garbage)
bool read_fast_yaml(std::string_view text, core::SourceId file, Tree& tree);

}  // namespace lexcheck::parser::detail
