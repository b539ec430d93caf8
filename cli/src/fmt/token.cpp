#include "fmt/token.hpp"

#include <algorithm>
#include <cstddef>

namespace lexcheck::cli::fmt {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ident_start(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}
bool is_ident_char(char c) {
    return is_ident_start(c) || is_digit(c);
}

class Lexer {
public:
    explicit Lexer(std::string_view s) : s_(s) {}

    std::vector<Token> run() {
        std::vector<Token> out;
        while (true) {
            std::uint32_t newlines = skip_space();
            if (pos_ >= s_.size()) break;
            std::size_t start = pos_;
            TokenKind kind = scan();
            out.push_back(Token{kind, s_.substr(start, pos_ - start), newlines, false});
        }
        mark_type_brackets(out);
        return out;
    }

private:
    char at(std::size_t i) const { return i < s_.size() ? s_[i] : '\0'; }
    bool starts(std::string_view p) const { return s_.substr(pos_, p.size()) == p; }

    std::uint32_t skip_space() {
        std::uint32_t newlines = 0;
        while (pos_ < s_.size() && is_space(s_[pos_])) newlines += s_[pos_++] == '\n';
        return newlines;
    }

    TokenKind scan() {
        char c = s_[pos_];
        if (starts("//")) {
            while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
            return TokenKind::line_comment;
        }
        if (starts("/*")) {
            std::size_t end = s_.find("*/", pos_ + 2);
            pos_ = end == std::string_view::npos ? s_.size() : end + 2;
            return TokenKind::block_comment;
        }
        if (starts("\"\"\"")) return scan_string(3);
        if (c == '"') return scan_string(1);
        if (is_ident_start(c)) {
            // A qualified id is one token: `a.b` must never be printed as `a . b`.
            do {
                ++pos_;
                while (is_ident_char(at(pos_))) ++pos_;
            } while (at(pos_) == '.' && is_ident_start(at(pos_ + 1)));
            return TokenKind::word;
        }
        if (is_digit(c) || (c == '-' && is_digit(at(pos_ + 1)))) {
            // As the parser's numeric scanner: `.` and `-` only before a digit.
            ++pos_;
            while (is_ident_char(at(pos_)) ||
                   ((at(pos_) == '.' || at(pos_) == '-') && is_digit(at(pos_ + 1)))) {
                ++pos_;
            }
            return TokenKind::literal;
        }
        for (std::string_view op : {"==", "!=", "<=", ">="}) {
            if (starts(op)) {
                pos_ += 2;
                return TokenKind::punct;
            }
        }
        if (std::string_view("{}(),:=<>").find(c) != std::string_view::npos) {
            ++pos_;
            return TokenKind::punct;
        }
        // Keep a multi-byte UTF-8 character whole.
        ++pos_;
        while ((static_cast<unsigned char>(at(pos_)) & 0xC0) == 0x80) ++pos_;
        return TokenKind::other;
    }

    // As the parser reads them: a block string ends at the first `"""`; in a "…" string a
    // backslash escapes the next byte.
    TokenKind scan_string(std::size_t quotes) {
        pos_ += quotes;
        if (quotes == 3) {
            std::size_t end = s_.find("\"\"\"", pos_);
            pos_ = end == std::string_view::npos ? s_.size() : end + 3;
            return TokenKind::string;
        }
        while (pos_ < s_.size() && s_[pos_] != '"' && s_[pos_] != '\n')
            pos_ += s_[pos_] == '\\' ? 2 : 1;
        if (at(pos_) == '"') ++pos_;
        pos_ = std::min(pos_, s_.size());
        return TokenKind::string;
    }

    // `set<ENUM>` is a type, not two comparisons.
    static void mark_type_brackets(std::vector<Token>& tokens) {
        for (std::size_t i = 0; i + 3 < tokens.size(); ++i) {
            if (tokens[i].kind == TokenKind::word && tokens[i].text == "set" &&
                tokens[i + 1].is("<") && tokens[i + 2].kind == TokenKind::word &&
                tokens[i + 3].is(">")) {
                tokens[i + 1].type_bracket = true;
                tokens[i + 3].type_bracket = true;
            }
        }
    }

    std::string_view s_;
    std::size_t pos_ = 0;
};

}  // namespace

std::vector<Token> tokenize(std::string_view source) {
    return Lexer(source).run();
}

}  // namespace lexcheck::cli::fmt
