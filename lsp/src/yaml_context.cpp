#include "yaml_context.hpp"

#include <algorithm>
#include <cctype>

namespace lexcheck::lsp::detail {

namespace {

bool key_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
}

/// One line of block YAML: where its key starts (after indentation and `- `), and the key
struct KeyLine {
    std::size_t indent = 0;    ///< Column of the key (or of the text after `- `)
    std::string key;           ///< Empty when the line has no `key:`
    bool opens_block = false;  ///< `key:` with nothing after it but a comment
};

KeyLine read_line(std::string_view line) {
    KeyLine k;
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ') ++i;
    while (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ') {
        i += 2;
        while (i < line.size() && line[i] == ' ') ++i;
    }
    k.indent = i;
    std::size_t start = i;
    while (i < line.size() && key_char(line[i])) ++i;
    if (i == start || i >= line.size() || line[i] != ':') return k;
    k.key = std::string(line.substr(start, i - start));
    std::size_t rest = i + 1;
    while (rest < line.size() && (line[rest] == ' ' || line[rest] == '\r')) ++rest;
    k.opens_block = rest == line.size() || line[rest] == '#';
    return k;
}

std::string_view line_at(std::string_view text, std::size_t offset, std::size_t& start) {
    std::size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    start = newline == std::string_view::npos ? 0 : newline + 1;
    std::size_t end = text.find('\n', offset);
    return text.substr(start, (end == std::string_view::npos ? text.size() : end) - start);
}

}  // namespace

YamlContext yaml_context(std::string_view text, std::size_t offset) {
    YamlContext ctx;
    offset = std::min(offset, text.size());
    std::size_t start = 0;
    std::string_view line = line_at(text, offset, start);
    std::string_view before = line.substr(0, offset - start);
    KeyLine here = read_line(before);
    std::size_t indent = here.indent;
    // On a key: only key characters between the indentation and the cursor.
    std::string_view typed = before.substr(std::min(here.indent, before.size()));
    bool only_key_chars = true;
    for (char c : typed) only_key_chars = only_key_chars && key_char(c);
    ctx.on_key = only_key_chars;
    ctx.key = ctx.on_key ? std::string(typed) : here.key;
    // Enclosing keys: earlier lines that open a block and are indented less.
    std::size_t pos = start;
    while (pos > 0 && indent > 0) {
        std::size_t prev_start = 0;
        std::string_view prev = line_at(text, pos - 1, prev_start);
        pos = prev_start;
        KeyLine k = read_line(prev);
        bool blank = k.indent >= prev.size() || prev[k.indent] == '#';
        if (blank || k.indent >= indent) continue;
        // `- key: value` starts a list item inside its parent: the item itself is no key.
        if (k.opens_block) ctx.parents.insert(ctx.parents.begin(), k.key);
        indent = k.indent;
        std::size_t dash = prev.find_first_not_of(' ');
        if (dash != std::string_view::npos && prev[dash] == '-') indent = dash;
    }
    for (std::size_t i = 0; i < ctx.parents.size(); ++i) {
        if (ctx.parents[i] == "facts") {
            ctx.in_facts = true;
            ctx.fact_prefix.clear();
            for (std::size_t j = i + 1; j < ctx.parents.size(); ++j)
                ctx.fact_prefix += ctx.parents[j] + ".";
        }
    }
    return ctx;
}

std::string yaml_key_at(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t start = 0;
    std::string_view line = line_at(text, offset, start);
    KeyLine k = read_line(line);
    if (k.key.empty() || offset - start < k.indent || offset - start > k.indent + k.key.size())
        return {};
    return k.key;
}

}  // namespace lexcheck::lsp::detail
