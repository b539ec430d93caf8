// Every file the fast readers leave, read by yaml-cpp 0.7 into the same tree (tree.hpp) from
// its parser's events. yaml-cpp's own node tree is not used: building ours from the events
// lets this file bound what a malformed input can cost, whatever yaml-cpp does with it (see
// yaml_cpp_tree.cpp: a parser that stops advancing, aliases, nesting).
#pragma once

#include "tree/tree.hpp"

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/source.hpp"

#include <string_view>

namespace lexcheck::parser::detail {

/// Reads `text`, the text of `file`, into `tree`: every YAML document of it or, with
/// `json_lines`, the first document of each non-blank line. Malformed input is a
/// `yaml_syntax_error` in `sink` at yaml-cpp's position, and the file (or that line) then
/// gives no documents, as with yaml-cpp's LoadAll. Time and memory stay within a fixed multiple of
/// the text's size.
void read_yaml_cpp(std::string_view text, core::SourceId file, bool json_lines, Tree& tree,
                   core::DiagnosticSink& sink);

}  // namespace lexcheck::parser::detail
