#include "project/toml_subset.hpp"

#include <optional>
#include <string_view>

namespace lexcheck::cli::project {

namespace {

constexpr const char* kCode = "cli_project_syntax";

bool is_key_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

/// Ends a bare word: blanks, a comment, a comma or bracket of a list, the line's end
bool ends_bare(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '#' || c == ',' || c == ']' ||
           c == '[';
}

class Reader {
public:
    Reader(const core::SourceManager& sources, core::SourceId file, core::DiagnosticSink& sink)
        : text_(sources.text(file)), file_(file), sink_(sink) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // A UTF-8 byte order mark
    }

    std::vector<TomlEntry> entries() {
        std::vector<TomlEntry> out;
        while (!at_end()) {
            skip_blanks();
            if (at_end()) break;
            char c = peek();
            if (c == '\n' || c == '#') {
                skip_line();
            } else if (c == '[') {
                error(pos_, line_end(), "lexcheck.toml has no sections",
                      "write the keys at the top of the file, without a [section] line");
                skip_line();
            } else if (auto e = entry()) {
                out.push_back(std::move(*e));
            }
        }
        return out;
    }

private:
    bool at_end() const { return pos_ >= text_.size(); }
    char peek() const { return at_end() ? '\n' : text_[pos_]; }
    core::SourceSpan span(std::size_t begin, std::size_t end) const {
        return {file_, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
    }
    std::size_t line_end() const {
        std::size_t nl = text_.find('\n', pos_);
        std::size_t end = nl == std::string_view::npos ? text_.size() : nl;
        return end > pos_ && text_[end - 1] == '\r' ? end - 1 : end;
    }

    void skip_blanks() {
        while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\r')) ++pos_;
    }
    /// To the start of the next line (after an entry, a comment, or an error)
    void skip_line() {
        std::size_t nl = text_.find('\n', pos_);
        pos_ = nl == std::string_view::npos ? text_.size() : nl + 1;
    }
    /// Blanks, line breaks and comments, inside a list
    void skip_space() {
        while (true) {
            skip_blanks();
            if (peek() == '#') {
                skip_line();
            } else if (!at_end() && peek() == '\n') {
                ++pos_;
            } else {
                return;
            }
        }
    }

    void error(std::size_t begin, std::size_t end, std::string message, std::string help) {
        if (end <= begin) end = begin + (begin < text_.size() ? 1 : 0);
        sink_.error(kCode, span(begin, end), std::move(message), std::move(help));
    }

    std::optional<TomlEntry> entry() {
        TomlEntry e;
        std::size_t start = pos_;
        if (peek() == '"' || peek() == '\'') {
            auto quoted = string_value();
            if (!quoted) return skip_failed_line();
            e.key = quoted->text;
        } else {
            while (!at_end() && is_key_char(peek())) ++pos_;
            e.key = std::string(text_.substr(start, pos_ - start));
        }
        e.key_span = span(start, pos_);
        if (e.key_span.begin == e.key_span.end) {
            error(pos_, line_end(), "expected a key, such as `rules`",
                  "write one `key = value` per line");
            return skip_failed_line();
        }
        skip_blanks();
        if (peek() == '.') {
            error(pos_, pos_ + 1, "lexcheck.toml has no dotted keys",
                  "write the key alone, as in `rules = \"rules\"`");
            return skip_failed_line();
        }
        if (peek() != '=') {
            error(pos_, line_end(), "expected `=` after `" + e.key + "`",
                  "write `" + e.key + " = value`");
            return skip_failed_line();
        }
        ++pos_;
        skip_blanks();
        auto value = top_value();
        if (!value) return skip_failed_line();
        e.value = std::move(*value);
        skip_blanks();
        if (peek() != '#' && peek() != '\n') {
            error(pos_, line_end(), "expected the end of the line after the value",
                  "write one `key = value` per line; a comment starts with #");
            return skip_failed_line();
        }
        skip_line();
        return e;
    }

    std::optional<TomlEntry> skip_failed_line() {
        skip_line();
        return std::nullopt;
    }

    std::optional<TomlValue> top_value() {
        char c = peek();
        if (c == '"' || c == '\'') return string_value();
        if (c == '[') return list();
        if (c == '\n' || c == '#') {
            error(pos_, pos_, "expected a value after `=`",
                  "write a path in double quotes, or a date after as-of");
            return std::nullopt;
        }
        if (c == '{') {
            error(pos_, line_end(), "lexcheck.toml has no tables",
                  "write the value itself, as in `corpus = \"corpus\"`");
            return std::nullopt;
        }
        // A bare value runs to the comment or the line's end: `rules = my rules` is one
        // mistake, reported once by the reader of the key.
        std::size_t start = pos_;
        std::size_t end = line_end();
        std::size_t hash = text_.find('#', start);
        if (hash < end) end = hash;
        while (end > start && (text_[end - 1] == ' ' || text_[end - 1] == '\t')) --end;
        pos_ = end;
        return TomlValue{TomlValue::Kind::bare,
                         std::string(text_.substr(start, end - start)),
                         span(start, end),
                         {}};
    }

    std::optional<TomlValue> list() {
        std::size_t start = pos_++;
        TomlValue v{TomlValue::Kind::list, "", {}, {}};
        while (true) {
            skip_space();
            if (at_end()) {
                error(start, start + 1, "this list is not closed", "end it with `]`");
                return std::nullopt;
            }
            if (peek() == ']') break;
            auto item = list_item();
            if (!item) return give_up_list();
            v.items.push_back(std::move(*item));
            skip_space();
            if (at_end()) {
                error(start, start + 1, "this list is not closed", "end it with `]`");
                return std::nullopt;
            }
            if (peek() == ',') {
                ++pos_;
            } else if (peek() != ']') {
                error(pos_, pos_ + 1, "expected `,` or `]` in the list",
                      "separate the items with commas: [\"a\", \"b\"]");
                return give_up_list();
            }
        }
        ++pos_;
        v.span = span(start, pos_);
        return v;
    }

    /// After an error inside a list, its other lines would each read as a broken entry:
    /// go on after its `]` instead
    std::optional<TomlValue> give_up_list() {
        std::size_t close = text_.find(']', pos_);
        pos_ = close == std::string_view::npos ? text_.size() : close + 1;
        return std::nullopt;
    }

    std::optional<TomlValue> list_item() {
        if (peek() == '"' || peek() == '\'') return string_value();
        if (peek() == '[') {
            error(pos_, pos_ + 1, "lexcheck.toml has no lists inside lists",
                  "write the paths in one list: [\"a\", \"b\"]");
            return std::nullopt;
        }
        std::size_t start = pos_;
        while (!at_end() && !ends_bare(peek())) ++pos_;
        if (pos_ == start) {
            error(pos_, pos_ + 1, "expected an item of the list", "write a path in double quotes");
            return std::nullopt;
        }
        return TomlValue{TomlValue::Kind::bare,
                         std::string(text_.substr(start, pos_ - start)),
                         span(start, pos_),
                         {}};
    }

    std::optional<TomlValue> string_value() {
        std::size_t start = pos_;
        char quote = text_[pos_];
        if (text_.substr(pos_, 3) == std::string(3, quote)) {
            error(start, start + 3, "lexcheck.toml has no multi-line strings",
                  "write the value on one line between single quotes");
            return std::nullopt;
        }
        ++pos_;
        std::string value;
        while (!at_end() && peek() != quote && peek() != '\n') {
            if (quote == '"' && peek() == '\\') {
                if (!escape(value)) return std::nullopt;
            } else {
                value += text_[pos_++];
            }
        }
        if (peek() != quote) {
            error(start, pos_, "this string is not closed",
                  std::string("end it with `") + quote + "` on the same line");
            return std::nullopt;
        }
        ++pos_;
        return TomlValue{TomlValue::Kind::string, std::move(value), span(start, pos_), {}};
    }

    /// One escape of a "double-quoted" string; TOML's \uXXXX forms are left out
    bool escape(std::string& value) {
        std::size_t start = pos_++;
        char c = peek();
        const std::string_view from = "\"\\bfnrt";
        const std::string_view to = "\"\\\b\f\n\r\t";
        if (!at_end() && from.find(c) != std::string_view::npos) {
            value += to[from.find(c)];
            ++pos_;
            return true;
        }
        error(start, start + 2,
              "`" + std::string(text_.substr(start, at_end() ? 1 : 2)) +
                  "` is not an escape lexcheck.toml knows",
              "write `\\\\` for a backslash, or put the path in 'single quotes', where \\ is "
              "an ordinary character");
        return false;
    }

    std::string_view text_;
    core::SourceId file_;
    core::DiagnosticSink& sink_;
    std::size_t pos_ = 0;
};

}  // namespace

std::vector<TomlEntry> read_toml_subset(const core::SourceManager& sources, core::SourceId file,
                                        core::DiagnosticSink& sink) {
    return Reader(sources, file, sink).entries();
}

}  // namespace lexcheck::cli::project
