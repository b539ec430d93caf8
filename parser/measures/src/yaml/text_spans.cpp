#include "yaml/text_spans.hpp"

namespace lexcheck::parser::detail {

std::uint32_t quoted_end(std::string_view text, std::uint32_t begin) {
    char quote = text[begin];
    for (std::uint32_t i = begin + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;  // '' is an escaped quote
                continue;
            }
            return i + 1;
        }
    }
    return static_cast<std::uint32_t>(text.size());
}

std::uint32_t bracket_end(std::string_view text, std::uint32_t begin) {
    int depth = 0;
    for (std::uint32_t i = begin; i < text.size(); ++i) {
        char c = text[i];
        if (c == '"' || c == '\'') {
            i = quoted_end(text, i) - 1;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0) return i + 1;
        } else if (c == '#' && i > begin && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
            while (i < text.size() && text[i] != '\n') ++i;
        }
    }
    return line_end(text, begin);
}

std::uint32_t line_end(std::string_view text, std::uint32_t begin) {
    std::uint32_t end = begin;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') {
        if (text[end] == '#' && end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) {
            break;
        }
        ++end;
    }
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    return end;
}

}  // namespace lexcheck::parser::detail
