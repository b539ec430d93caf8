// Positions of YAML nodes: yaml-cpp marks (0-based line and byte column) to SourceSpans.
#pragma once

#include "tree/tree.hpp"

#include "lexcheck/core/source.hpp"

#include <yaml-cpp/mark.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace lexcheck::parser::detail {

/// Turns yaml-cpp marks into byte spans of one file. `base_line` shifts every mark, for
/// JSON Lines where each line is parsed on its own.
class YamlLocator {
public:
    YamlLocator(core::SourceId file, std::string_view text);

    void set_base_line(std::uint32_t line) { base_line_ = line; }
    core::SourceId file() const { return file_; }
    std::string_view text() const { return text_; }

    /// Byte offset of a mark, clamped to the file
    std::uint32_t offset(const YAML::Mark& mark) const;
    /// One character at a mark (for syntax errors)
    core::SourceSpan point(const YAML::Mark& mark) const;
    /// The written node at `mark`: a scalar with its quotes, a flow collection up to its
    /// closing bracket, otherwise the rest of the node's first line without a trailing comment
    core::SourceSpan span(const YAML::Mark& mark, NodeKind kind, std::string_view scalar) const;

private:
    core::SourceId file_;
    std::string_view text_;
    std::vector<std::uint32_t> line_starts_;
    std::uint32_t base_line_ = 0;
};

}  // namespace lexcheck::parser::detail
