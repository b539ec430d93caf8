#include "yaml/locator.hpp"

#include "yaml/text_spans.hpp"

#include <algorithm>

namespace lexcheck::parser::detail {

YamlLocator::YamlLocator(core::SourceId file, std::string_view text) : file_(file), text_(text) {
    line_starts_.push_back(0);
    for (std::uint32_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
}

std::uint32_t YamlLocator::offset(const YAML::Mark& mark) const {
    auto size = static_cast<std::uint32_t>(text_.size());
    if (mark.line < 0 || mark.column < 0) return 0;
    std::size_t line = base_line_ + static_cast<std::size_t>(mark.line);
    if (line >= line_starts_.size()) return size;
    // INVARIANT: yaml-cpp counts columns in bytes of the UTF-8 input, as the spans do, but
    // not the byte order mark it skips at the start.
    std::uint32_t bom = line == 0 && text_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    return std::min(size, line_starts_[line] + bom + static_cast<std::uint32_t>(mark.column));
}

core::SourceSpan YamlLocator::point(const YAML::Mark& mark) const {
    std::uint32_t begin = offset(mark);
    auto end = std::min<std::uint32_t>(begin + 1, static_cast<std::uint32_t>(text_.size()));
    if (begin < text_.size() && text_[begin] == '\n') end = begin;
    return {file_, begin, end};
}

core::SourceSpan YamlLocator::span(const YAML::Mark& mark, NodeKind kind,
                                   std::string_view scalar) const {
    std::uint32_t begin = offset(mark);
    if (begin >= text_.size()) return {file_, begin, begin};
    char c = text_[begin];
    std::uint32_t end = begin;
    if (kind == NodeKind::scalar && (c == '"' || c == '\'')) {
        end = quoted_end(text_, begin);
    } else if (kind == NodeKind::scalar && c != '|' && c != '>') {
        // A plain scalar is written exactly as read unless it was folded over lines.
        if (text_.substr(begin, scalar.size()) == scalar) {
            end = begin + static_cast<std::uint32_t>(scalar.size());
        } else {
            end = line_end(text_, begin);
        }
    } else if (c == '[' || c == '{') {
        end = bracket_end(text_, begin);
    } else {
        end = line_end(text_, begin);
    }
    return {file_, begin, end};
}

}  // namespace lexcheck::parser::detail
