// The tokens `lexcheck fmt` re-emits: every byte of a .lex file that is not whitespace
// belongs to exactly one token, so printing the tokens in order keeps the file's meaning.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace lexcheck::cli::fmt {

enum class TokenKind : std::uint8_t {
    word,           ///< An ident or a qualified id (`eaeu_treaty.art97.p1`)
    literal,        ///< A number, date or duration (`-3`, `1.5`, `2015-01-01`, `90d`)
    string,         ///< `"…"` or `"""…"""`, kept byte-for-byte
    line_comment,   ///< `// …` without its newline
    block_comment,  ///< `/* … */`
    punct,          ///< An operator or bracket: `{ } ( ) , : = == != < <= > >=`
    other           ///< Any other byte; the parser has rejected such a file already
};

/// One token, pointing into the formatted text
struct Token {
    TokenKind kind = TokenKind::other;
    std::string_view text;
    /// Newlines in the whitespace between the previous token and this one
    std::uint32_t newlines_before = 0;
    /// Whether it is the `<` or `>` of a `set<ENUM>` type, written without spaces
    bool type_bracket = false;

    bool is(std::string_view s) const {
        return (kind == TokenKind::punct || kind == TokenKind::word) && text == s;
    }
    bool is_comment() const {
        return kind == TokenKind::line_comment || kind == TokenKind::block_comment;
    }
};

/// Splits `source` into tokens (LANGUAGE.md §1). Never fails: an unterminated string or
/// comment runs to the end of the text.
std::vector<Token> tokenize(std::string_view source);

}  // namespace lexcheck::cli::fmt
