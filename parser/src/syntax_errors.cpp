#include "syntax_errors.hpp"

#include "x3/scanners.hpp"
#include "x3/skipper.hpp"

#include "lexcheck/parser/parse.hpp"

#include <array>
#include <string>

namespace lexcheck::parser::detail {

namespace {

struct Message {
    std::string_view which;
    std::string_view code;
    std::string_view message;
    std::string_view help;
};

// Rule names (x3::rule "name") mapped to what the user reads, as rexpr's id_map does.
constexpr std::array kMessages = {
    Message{"declaration", "lex_parse_error",
            "expected a declaration (`instrument`, `vocabulary`, `define`, `provision`, `reading` "
            "or `test`)",
            ""},
    Message{"condition", "lex_parse_error", "expected a condition", ""},
    Message{"date", "lex_parse_error", "expected a date (YYYY-MM-DD)", ""},
    Message{"string", "lex_parse_error", "expected a string", ""},
    Message{"title", "lex_parse_error", "expected the instrument's title as a string", ""},
    Message{"test_name", "lex_parse_error", "expected the test's name as a string", ""},
    Message{"as_words", "lex_parse_error", "expected the words of `as` as a string",
            "write e.g. `as \"the measure is\"`: the words that introduce the fact's value in "
            "reasons"},
    Message{"else_words", "lex_parse_error", "expected the sentence of `else` as a string",
            "write e.g. `else \"the measure leaves workers alone\"`: how reasons state the "
            "define false"},
    Message{"identifier", "lex_parse_error", "expected a name", ""},
    Message{"qualified_id", "lex_parse_error", "expected an id such as `eaeu_treaty.art97.p1`", ""},
    Message{"fact_path", "lex_parse_error", "expected a fact path such as `ban.duration`", ""},
    Message{"state", "lex_parse_error", "expected a state code such as `RU`", ""},
    Message{"value", "lex_parse_error", "expected a value", ""},
    Message{"operand", "lex_parse_error", "expected a value or a fact", ""},
    Message{"compare_tail", "lex_parse_error",
            "expected a comparison (`==`, `!=`, `<`, `<=`, `>` or `>=`)",
            "a value alone is not a condition; compare it with a fact"},
    Message{"known_or_unknown", "lex_parse_error", "expected `known` or `unknown`", ""},
    Message{"type", "lex_parse_error", "expected a type",
            "write `bool`, `int`, `number`, `date`, `duration`, `text`, `state`, an enum name or "
            "`set<ENUM>`"},
    Message{"instrument_end", "lex_parse_error", "expected an instrument clause or `}`",
            "instrument clauses: `kind`, `origin`, `signed`, `in_force`, `until`, `party`, "
            "`reciprocal`"},
    Message{"vocabulary_end", "lex_parse_error", "expected `enum`, `fact` or `}`", ""},
    Message{"provision_end", "lex_parse_error", "expected a provision clause or `}`",
            "provision clauses: `of`, `cite`, `text`, `wording`, `paradigm`, `severity`, "
            "`in_force`, `until`, `scope`, `prohibits`, `requires`, `exception to`, `when`, "
            "`unless`, `see`, `source`, `position`, `authority`"},
    Message{"reading_end", "lex_parse_error", "expected a reading clause or `}`",
            "reading clauses: `of`, `position`, `authority`, `scope`, `prohibits`, `requires`, "
            "`when`"},
    Message{"test_end", "lex_parse_error", "expected `as_of`, `measure`, `expect` or `}`", ""},
    Message{"measure_end", "lex_parse_error", "expected `jurisdiction`, a fact or `}`",
            "write facts as `PATH = VALUE` or `PATH = {a, b}`"},
    Message{"unterminated_string", "lex_parse_error", "unterminated string",
            "close it with `\"` on the same line, or use a block string `\"\"\"…\"\"\"`"},
    Message{"unterminated_block_string", "lex_parse_error", "unterminated block string",
            "close it with `\"\"\"`"},
    Message{"too_deep", "lex_too_deep",
            "condition nested too deeply (more than 512 levels of parentheses and `not`)",
            "split the condition into `define`s"},
};

static_assert(kMaxConditionDepth == 512, "update the lex_too_deep message");

// Length of the token that starts at `at`: what the underline covers.
std::uint32_t token_length(std::string_view text, std::uint32_t at) {
    if (at >= text.size()) return 0;
    std::string_view rest = text.substr(at);
    if (rest.substr(0, 2) == "/*") return 2;
    if (rest.substr(0, 3) == "\"\"\"") return 3;
    std::size_t n = 0;
    if (grammar::is_ident_start(rest[0])) {
        while (n < rest.size() &&
               (grammar::is_ident_char(rest[n]) ||
                (rest[n] == '.' && n + 1 < rest.size() && grammar::is_ident_start(rest[n + 1])))) {
            ++n;
        }
        return static_cast<std::uint32_t>(n);
    }
    if (grammar::is_digit(rest[0]) ||
        (rest[0] == '-' && rest.size() > 1 && grammar::is_digit(rest[1]))) {
        n = 1;
        while (n < rest.size() &&
               (grammar::is_ident_char(rest[n]) || rest[n] == '.' || rest[n] == '-')) {
            ++n;
        }
        return static_cast<std::uint32_t>(n);
    }
    // One UTF-8 character.
    n = 1;
    while (n < rest.size() && (static_cast<unsigned char>(rest[n]) & 0xC0) == 0x80) ++n;
    return static_cast<std::uint32_t>(n);
}

constexpr std::array<std::string_view, 6> kDeclarationKeywords = {
    "instrument", "vocabulary", "define", "provision", "reading", "test"};

}  // namespace

std::uint32_t skip_blanks(std::string_view text, std::uint32_t from) {
    const char* first = text.data() + std::min<std::size_t>(from, text.size());
    const char* last = text.data() + text.size();
    boost::spirit::x3::unused_type unused;
    grammar::skipper.parse(first, last, unused, unused, unused);
    return static_cast<std::uint32_t>(first - text.data());
}

void report_syntax_error(core::DiagnosticSink& sink, core::SourceId file, std::string_view text,
                         std::uint32_t where, std::string_view which) {
    std::uint32_t at = skip_blanks(text, where);
    core::Diagnostic d;
    d.code = "lex_parse_error";
    if (text.substr(at, 2) == "/*") {
        d.message = "unterminated comment";
        d.help = "close it with `*/`";
    } else {
        d.message = "expected " + std::string(which);  // punctuation rules are named "`}`"
        for (const Message& m : kMessages) {
            if (m.which != which) continue;
            d.code = std::string(m.code);
            d.message = std::string(m.message);
            if (!m.help.empty()) d.help = std::string(m.help);
            break;
        }
    }
    d.primary = core::SourceSpan{file, at, at + token_length(text, at)};
    sink.report(std::move(d));
}

std::uint32_t next_declaration(std::string_view text, std::uint32_t from) {
    for (std::size_t i = from; i < text.size(); ++i) {
        char c = text[i];
        if (c != 'i' && c != 'v' && c != 'd' && c != 'p' && c != 'r' && c != 't') continue;
        if (i > 0 && grammar::is_ident_char(text[i - 1])) continue;
        bool keyword = false;
        for (std::string_view kw : kDeclarationKeywords) {
            if (text.substr(i, kw.size()) == kw &&
                (i + kw.size() == text.size() || !grammar::is_ident_char(text[i + kw.size()]))) {
                keyword = true;
                break;
            }
        }
        if (!keyword) continue;
        std::size_t j = i;
        while (j > 0 && (text[j - 1] == ' ' || text[j - 1] == '\t' || text[j - 1] == '\r')) --j;
        if (j == 0 || text[j - 1] == '\n' || text[j - 1] == '}') {
            return static_cast<std::uint32_t>(i);
        }
    }
    return static_cast<std::uint32_t>(text.size());
}

}  // namespace lexcheck::parser::detail
