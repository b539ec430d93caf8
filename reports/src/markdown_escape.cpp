#include "markdown_escape.hpp"

#include <algorithm>
#include <string_view>

namespace lexcheck::reports::detail {

namespace {

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

/// Escapes what would start a list, heading underline or thematic break at a line start
std::string escape_line_start(std::string line) {
    if (line.empty()) return line;
    if (line[0] == '-' || line[0] == '+' || line[0] == '=') return "\\" + line;
    std::size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')')) {
        line.insert(digits, "\\");
    }
    return line;
}

}  // namespace

std::string md_escape(std::string_view s) {
    // `(`, `)`, `.`, `-` and `!` only act next to characters escaped here or at the start
    // of a line (md_quote handles that), so ordinary prose keeps its look. An `_` between
    // two letters or digits never emphasises in GFM, so fact names stay readable.
    static constexpr std::string_view kActive = "\\`*_[]<>|~#&";
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\n' || c == '\r') {
            out += ' ';
            continue;
        }
        bool intraword =
            c == '_' && i > 0 && i + 1 < s.size() && is_alnum(s[i - 1]) && is_alnum(s[i + 1]);
        if (kActive.find(c) != std::string_view::npos && !intraword) out += '\\';
        out += c;
    }
    return out;
}

std::string md_code(std::string_view s) {
    std::size_t longest = 0, run = 0;
    for (char c : s) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    std::string fence(longest + 1, '`');
    std::string body(s);
    std::replace(body.begin(), body.end(), '\n', ' ');
    bool pad = !body.empty() && (body.front() == '`' || body.back() == '`');
    return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

std::string md_cell(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\n' || c == '\r') {
            out += ' ';
        } else if (c == '|' && (i == 0 || s[i - 1] != '\\')) {
            out += "\\|";
        } else {
            out += c;
        }
    }
    return out;
}

std::string md_quote(std::string_view s) {
    std::string out;
    std::size_t start = 0;
    bool blank = true;  // No blank quote lines at the start
    while (start <= s.size()) {
        std::size_t end = s.find('\n', start);
        if (end == std::string_view::npos) end = s.size();
        std::string_view line = trim(s.substr(start, end - start));
        if (!line.empty()) {
            out += "> " + escape_line_start(md_escape(line)) + "\n";
            blank = false;
        } else if (!blank) {
            out += ">\n";
            blank = true;
        }
        start = end + 1;
    }
    while (out.size() >= 2 && out.compare(out.size() - 2, 2, ">\n") == 0 &&
           (out.size() == 2 || out[out.size() - 3] == '\n')) {
        out.erase(out.size() - 2);
    }
    return out;
}

std::string md_slug(std::string_view heading) {
    std::string out;
    for (char c : heading) {
        auto b = static_cast<unsigned char>(c);
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
            out += c;
        else if (c == ' ')
            out += '-';
        else if (b >= 0x80)
            out += c;
    }
    return out;
}

}  // namespace lexcheck::reports::detail
