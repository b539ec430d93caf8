#include "yaml/stray_comma.hpp"

namespace lexcheck::parser::detail {

namespace {

bool blank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

/// `---` or `...` at the start of `line`, as a whole token
bool marker(std::string_view line, std::string_view m) {
    return line.substr(0, 3) == m && (line.size() == 3 || blank(line[3]));
}

}  // namespace

std::optional<std::size_t> comma_opening_a_document(std::string_view text) {
    bool at_start = true;  // No node of the current document seen yet
    std::size_t pos = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        std::size_t i = 0;
        if (marker(line, "---") || marker(line, "...")) {
            at_start = true;
            i = 3;
        } else if (at_start && !line.empty() && line[0] == '%') {
            i = line.size();  // a directive
        }
        while (at_start && i < line.size()) {
            if (blank(line[i])) {
                ++i;
            } else if (line[i] == '#') {
                break;
            } else if (line[i] == '!' || line[i] == '&') {
                while (i < line.size() && !blank(line[i])) ++i;  // a node property
            } else if (line[i] == ',') {
                return pos + i;
            } else {
                at_start = false;
            }
        }
        pos = end + 1;
    }
    return std::nullopt;
}

}  // namespace lexcheck::parser::detail
