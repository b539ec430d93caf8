// LANGUAGE.md §1: the values of tokens — strings (escapes, block strings), numbers, dates,
// durations — and their errors, each at the exact offending text.
#include "lower.hpp"

#include <algorithm>
#include <vector>

namespace lexcheck::parser::detail {

namespace {

bool all_digits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// The character a one-letter escape stands for (`\"`, `\\`, `\n`, `\t`), or '\0' for any other
char one_letter_escape(char c) {
    switch (c) {
        case '"':
            return '"';
        case '\\':
            return '\\';
        case 'n':
            return '\n';
        case 't':
            return '\t';
        default:
            return '\0';
    }
}

bool is_blank_line(std::string_view line) {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

}  // namespace

// Block strings `"""…"""` hold quoted law text, so they are raw (no escapes) and their
// layout follows the file's indentation: the line break right after the opening quotes and
// a last line of only blanks before the closing quotes are dropped, then the longest run of
// leading blanks common to every non-blank line is removed (blank lines become empty).
std::string dedent_block(std::string_view raw) {
    if (auto first_break = raw.find('\n');
        first_break != std::string_view::npos && is_blank_line(raw.substr(0, first_break))) {
        raw.remove_prefix(first_break + 1);
    }
    if (auto last_break = raw.rfind('\n');
        last_break != std::string_view::npos && is_blank_line(raw.substr(last_break + 1))) {
        raw = raw.substr(0, last_break);
    } else if (last_break == std::string_view::npos && is_blank_line(raw)) {
        return {};
    }
    std::vector<std::string_view> lines;
    for (std::size_t start = 0;;) {
        std::size_t end = raw.find('\n', start);
        lines.push_back(raw.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    std::optional<std::string_view> common;
    for (std::string_view line : lines) {
        if (is_blank_line(line)) continue;
        std::string_view indent = line.substr(0, line.find_first_not_of(" \t"));
        if (!common) {
            common = indent;
            continue;
        }
        std::size_t n = 0;
        while (n < common->size() && n < indent.size() && (*common)[n] == indent[n]) ++n;
        common = common->substr(0, n);
    }
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) out += '\n';
        std::string_view line = lines[i];
        if (is_blank_line(line)) continue;
        out += line.substr(common ? common->size() : 0);
    }
    return out;
}

std::string Lowerer::string_value(const cst::Token& t) {
    std::string_view raw = slice(t);
    if (raw.size() >= 6 && raw.substr(0, 3) == "\"\"\"") {
        return dedent_block(raw.substr(3, raw.size() - 6));
    }
    raw = raw.substr(1, raw.size() - 2);
    std::string out;
    out.reserve(raw.size());
    const std::uint32_t base = t.begin_offset + 1;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            out += raw[i];
            continue;
        }
        char c = i + 1 < raw.size() ? raw[i + 1] : '\0';
        if (char plain = one_letter_escape(c)) {
            out += plain;
            ++i;
            continue;
        }
        auto at = static_cast<std::uint32_t>(base + i);
        i += c == 'u' ? unicode_escape(raw.substr(i), at, out) : unknown_escape(raw.substr(i), at);
    }
    return out;
}

std::size_t Lowerer::unicode_escape(std::string_view escape, std::uint32_t at, std::string& out) {
    std::size_t n = 0;
    while (n < 4 && 2 + n < escape.size() && is_hex(escape[2 + n])) ++n;
    core::SourceSpan where{file_, at, static_cast<std::uint32_t>(at + 2 + n)};
    if (n < 4) {
        error("lex_invalid_escape", where,
              "`" + std::string(escape.substr(0, 2 + n)) + "` needs four hex digits",
              "write a character as `\\uXXXX`, e.g. `\\u00e9`");
        return 1 + n;
    }
    auto cp = static_cast<std::uint32_t>(std::stoul(std::string(escape.substr(2, 4)), nullptr, 16));
    if (cp >= 0xD800 && cp <= 0xDFFF) {
        error("lex_invalid_escape", where,
              "`" + std::string(escape.substr(0, 6)) + "` is not a character",
              "UTF-16 surrogates cannot be written alone; write the character itself");
    } else {
        append_utf8(out, cp);
    }
    return 1 + n;
}

std::size_t Lowerer::unknown_escape(std::string_view escape, std::uint32_t at) {
    std::size_t len = 2;  // the backslash, then one whole UTF-8 character
    while (len < escape.size() && (static_cast<unsigned char>(escape[len]) & 0xC0) == 0x80) ++len;
    error("lex_invalid_escape", {file_, at, static_cast<std::uint32_t>(at + len)},
          "unknown escape `" + std::string(escape.substr(0, len)) + "` in string",
          "use `\\\"`, `\\\\`, `\\n`, `\\t` or `\\uXXXX`");
    return len - 1;
}

std::optional<core::Date> Lowerer::date(const cst::Token& t) {
    std::string_view text = slice(t);
    if (core::looks_like_date(text)) {
        if (auto d = core::parse_date(text)) return d;
        error("lex_invalid_date", span(t),
              "`" + std::string(text) + "` is not a real calendar date",
              core::calendar_problem(text));
        return std::nullopt;
    }
    error("lex_invalid_date", span(t), "`" + std::string(text) + "` is not a date",
          "write dates as YYYY-MM-DD, e.g. `2015-01-01`");
    return std::nullopt;
}

core::Literal Lowerer::literal(const cst::Token& t) {
    core::Literal lit;
    lit.span = span(t);
    std::string_view text = slice(t);
    lit.text = std::string(text);
    char first = text.empty() ? '\0' : text.front();
    if (first == '"') {
        lit.kind = core::LiteralKind::string;
        lit.text = string_value(t);
        return lit;
    }
    if (text == "true" || text == "false") {
        lit.kind = core::LiteralKind::boolean;
        return lit;
    }
    if (first != '-' && !(first >= '0' && first <= '9')) {
        lit.kind = core::LiteralKind::identifier;
        return lit;
    }
    // Numeric-looking tokens: the scanner took every character that could belong to one.
    bool negative = first == '-';
    std::string_view body = negative ? text.substr(1) : text;
    if (all_digits(body)) {
        lit.kind = core::LiteralKind::integer;
    } else if (body.find('.') != std::string_view::npos) {
        decimal_literal(lit, body);
    } else if (body.find('-') != std::string_view::npos) {
        lit.kind = core::LiteralKind::date;
        date(t);
    } else {
        duration_literal(lit, body, negative);
    }
    return lit;
}

// A number with a decimal point, or a duration written with one (`1.5y`), which is an error.
void Lowerer::decimal_literal(core::Literal& lit, std::string_view body) {
    lit.kind = core::LiteralKind::number;
    std::size_t dot = body.find('.');
    char last = body.back();
    if ((last == 'd' || last == 'w' || last == 'm' || last == 'y') &&
        all_digits(body.substr(0, dot)) &&
        all_digits(body.substr(dot + 1, body.size() - dot - 2))) {
        lit.kind = core::LiteralKind::duration;
        error("lex_invalid_duration", lit.span,
              "`" + lit.text + "` is not a duration: durations are whole numbers",
              "use a smaller unit, e.g. `18m` for a year and a half");
    } else if (!all_digits(body.substr(0, dot)) || !all_digits(body.substr(dot + 1))) {
        error("lex_invalid_number", lit.span, "`" + lit.text + "` is not a number",
              "write numbers as digits with one decimal point, e.g. `0.5`");
    }
}

// Digits and a unit (`90d`); anything else that got here is reported.
void Lowerer::duration_literal(core::Literal& lit, std::string_view body, bool negative) {
    lit.kind = core::LiteralKind::duration;
    const std::string quoted = "`" + lit.text + "`";
    std::string_view digits = body.substr(0, body.size() - 1);
    char unit = body.back();
    if (!all_digits(digits)) {
        error("lex_invalid_number", lit.span, quoted + " is not a number, date or duration",
              "write an int (`3`), a number (`0.5`), a date (`2015-01-01`) or a duration (`90d`)");
    } else if (unit != 'd' && unit != 'w' && unit != 'm' && unit != 'y') {
        error("lex_invalid_duration", lit.span,
              quoted + " is not a duration: `" + std::string(1, unit) + "` is not a unit",
              "units are `d` (days), `w` (weeks), `m` (months of 30 days) and `y` (years of 365 "
              "days)");
    } else if (negative) {
        error("lex_invalid_duration", lit.span, quoted + " is negative; durations cannot be");
    } else if (!core::parse_duration(body)) {
        error("lex_invalid_duration", lit.span, quoted + " is too long a duration",
              "use at most 9 digits");
    }
}

void Lowerer::unknown_keyword_value(const cst::Token& t, std::string_view what,
                                    const std::vector<std::string_view>& allowed) {
    std::string list;
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        if (i > 0) list += i + 1 == allowed.size() ? " or " : ", ";
        list += "`" + std::string(allowed[i]) + "`";
    }
    error("lex_unknown_keyword_value", span(t),
          "unknown " + std::string(what) + " `" + std::string(slice(t)) + "`: expected " + list);
}

}  // namespace lexcheck::parser::detail
