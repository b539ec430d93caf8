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
    // INVARIANT: yaml-cpp counts columns in bytes of the UTF-8 input, as the spans do.
    return std::min(size, line_starts_[line] + static_cast<std::uint32_t>(mark.column));
}

core::SourceSpan YamlLocator::point(const YAML::Mark& mark) const {
    std::uint32_t begin = offset(mark);
    auto end = std::min<std::uint32_t>(begin + 1, static_cast<std::uint32_t>(text_.size()));
    if (begin < text_.size() && text_[begin] == '\n') end = begin;
    return {file_, begin, end};
}

core::SourceSpan YamlLocator::span(const YAML::Node& node) const {
    std::uint32_t begin = offset(node.Mark());
    if (begin >= text_.size()) return {file_, begin, begin};
    char c = text_[begin];
    std::uint32_t end = begin;
    if (node.IsScalar() && (c == '"' || c == '\'')) {
        end = quoted_end(text_, begin);
    } else if (node.IsScalar() && c != '|' && c != '>') {
        // A plain scalar is written exactly as read unless it was folded over lines.
        const std::string& s = node.Scalar();
        if (text_.substr(begin, s.size()) == s) {
            end = begin + static_cast<std::uint32_t>(s.size());
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

core::SourceSpan YamlLocator::after(const YAML::Node& key) const {
    core::SourceSpan k = span(key);
    std::uint32_t at = k.end;
    if (at < text_.size() && text_[at] == ':') ++at;
    return {file_, at, at};
}

}  // namespace lexcheck::parser::detail
