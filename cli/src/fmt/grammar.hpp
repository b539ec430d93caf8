// What the formatter knows of the .lex grammar (LANGUAGE.md §2–§3): which words open a
// declaration or a clause in each kind of block. It needs no more, because whitespace
// never changes meaning: a wrong guess could only give an odd layout, never a new AST.
#pragma once

#include "fmt/token.hpp"

#include <cstdint>
#include <optional>
#include <string_view>

namespace lexcheck::cli::fmt {

/// The kind of `{ … }` block clauses are laid out in
enum class BlockKind : std::uint8_t { top, instrument, vocabulary, provision, test, measure };

/// The block a declaration or clause keyword opens with its `{`, if any
std::optional<BlockKind> block_opened_by(BlockKind context, std::string_view keyword);

/// Whether `word` opens a clause (a declaration at top level) in `context`.
/// In a test's measure block every `PATH = VALUE` line is a clause, so any word is.
bool is_clause_keyword(BlockKind context, std::string_view word);

/// Whether a clause keyword is followed by a value (`reciprocal` stands alone, LANGUAGE.md §9)
bool clause_takes_value(BlockKind context, std::string_view keyword);

/// Whether `word` is a condition operator that needs an operand after it
bool is_condition_operator(std::string_view word);

}  // namespace lexcheck::cli::fmt
