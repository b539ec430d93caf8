// Hand-written token scanners for LANGUAGE.md §1 (identifiers, keywords, numbers, dates,
// durations, strings). X3 composes them; they are plain loops because they run once per
// token of every file. Each skips blanks and comments first, as X3 primitives do.
#pragma once

#include <lexcheck/core/language.hpp>

#include <boost/spirit/home/x3.hpp>

#include <cstring>
#include <string_view>

namespace lexcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

inline bool is_ident_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool is_ident_char(char c) {
    return is_ident_start(c) || (c >= '0' && c <= '9');
}
inline bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/// LANGUAGE.md §1: words reserved inside conditions
inline bool is_reserved(std::string_view word) {
    return core::language::is_reserved_word(word);
}

/// Base for scanners without an attribute: the enclosing rule records the span
template <typename Derived>
struct scanner : x3::parser<Derived> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
        x3::skip_over(first, last, ctx);
        It i = first;
        if (!static_cast<Derived const&>(*this).scan(i, last)) return false;
        first = i;
        return true;
    }
};

/// A keyword: the word not followed by an identifier character (contextual keywords)
struct keyword_parser : scanner<keyword_parser> {
    const char* word;
    std::size_t size;
    constexpr explicit keyword_parser(const char* w)
        : word(w), size(std::char_traits<char>::length(w)) {}

    template <typename It>
    bool scan(It& i, It const& last) const {
        // Most attempts fail on the first letter: test it before calling memcmp.
        if (static_cast<std::size_t>(last - i) < size || *i != word[0] ||
            std::memcmp(&*i + 1, word + 1, size - 1) != 0) {
            return false;
        }
        if (static_cast<std::size_t>(last - i) > size && is_ident_char(i[size])) return false;
        i += size;
        return true;
    }
};

inline constexpr keyword_parser kw(const char* word) {
    return keyword_parser(word);
}

/// An identifier, optionally dotted (`a.b.c`); optionally refusing condition keywords
template <bool Dotted, bool RejectReserved>
struct ident_parser : scanner<ident_parser<Dotted, RejectReserved>> {
    template <typename It>
    bool scan(It& i, It const& last) const {
        It start = i;
        if (i == last || !is_ident_start(*i)) return false;
        ++i;
        while (i != last && is_ident_char(*i)) ++i;
        if (RejectReserved && is_reserved(std::string_view(&*start, i - start))) return false;
        if (Dotted) {
            while (last - i >= 2 && *i == '.' && is_ident_start(i[1])) {
                i += 2;
                while (i != last && is_ident_char(*i)) ++i;
            }
        }
        return true;
    }
};

/// `true` or `false`
struct bool_parser : scanner<bool_parser> {
    template <typename It>
    bool scan(It& i, It const& last) const {
        return kw("true").scan(i, last) || kw("false").scan(i, last);
    }
};

/// Anything that starts like a number: `-?[0-9]` then digits, letters, `_`, and `.`/`-`
/// before a digit. Lowering decides whether it is an int, number, date or duration, so
/// `2023-02-30` and `3x` get precise errors instead of a syntax error.
struct numeric_parser : scanner<numeric_parser> {
    template <typename It>
    bool scan(It& i, It const& last) const {
        It j = i;
        if (j != last && *j == '-') ++j;
        if (j == last || !is_digit(*j)) return false;
        while (j != last) {
            if (is_ident_char(*j)) {
                ++j;
            } else if ((*j == '.' || *j == '-') && last - j >= 2 && is_digit(j[1])) {
                j += 2;
            } else {
                break;
            }
        }
        i = j;
        return true;
    }
};

/// `"…"` (escapes checked by lowering; no raw line breaks) or `"""…"""`. An unterminated
/// string is a syntax error at its opening quote.
struct string_parser : scanner<string_parser> {
    template <typename It>
    bool scan(It& i, It const& last) const {
        if (i == last || *i != '"') return false;
        It open = i;
        if (last - i >= 3 && i[1] == '"' && i[2] == '"') {
            for (It j = i + 3; last - j >= 3; ++j) {
                if (j[0] == '"' && j[1] == '"' && j[2] == '"') {
                    i = j + 3;
                    return true;
                }
            }
            throw x3::expectation_failure<It>(open, "unterminated_block_string");
        }
        for (It j = i + 1; j != last; ++j) {
            if (*j == '"') {
                i = j + 1;
                return true;
            }
            if (*j == '\n') break;
            if (*j == '\\' && j + 1 != last && j[1] != '\n') ++j;
        }
        throw x3::expectation_failure<It>(open, "unterminated_string");
    }
};

/// Consumes nothing; true when the next token can start what follows a path in a
/// condition (`in`, `has`, `is`, a comparison), so that the five alternatives after each
/// path are only tried when one can match
struct path_suffix_start_parser : scanner<path_suffix_start_parser> {
    template <typename It>
    bool scan(It& i, It const& last) const {
        if (i == last) return false;
        switch (*i) {
            case 'i':
            case 'h':
            case '=':
            case '!':
            case '<':
            case '>':
                return true;
            default:
                return false;
        }
    }
};

/// `==`, `!=`, `<=`, `>=`, `<`, `>`
struct compare_op_parser : scanner<compare_op_parser> {
    template <typename It>
    bool scan(It& i, It const& last) const {
        if (i == last) return false;
        bool two = last - i >= 2 && i[1] == '=';
        switch (*i) {
            case '=':
            case '!':
                if (!two) return false;
                i += 2;
                return true;
            case '<':
            case '>':
                i += two ? 2 : 1;
                return true;
            default:
                return false;
        }
    }
};

}  // namespace lexcheck::parser::grammar
