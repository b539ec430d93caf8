// Syntax errors of .lex files: words a user understands for each expected rule, and the
// recovery point after an error (LANGUAGE.md §2: the next top-level declaration).
#pragma once

#include <lexcheck/core/diagnostic.hpp>

#include <cstdint>
#include <string_view>

namespace lexcheck::parser::detail {

/// Records one syntax error: `which` is the name of what X3 expected at byte `where`
/// (before blanks and comments); the underline covers the token found there
void report_syntax_error(core::DiagnosticSink& sink, core::SourceId file, std::string_view text,
                         std::uint32_t where, std::string_view which);

/// Offset of the next `instrument|vocabulary|define|provision|test` keyword at or after
/// `from` that starts a line or follows `}`; text.size() when there is none
std::uint32_t next_declaration(std::string_view text, std::uint32_t from);

/// Offset of the first token at or after `from`, past blanks and comments
std::uint32_t skip_blanks(std::string_view text, std::uint32_t from);

}  // namespace lexcheck::parser::detail
