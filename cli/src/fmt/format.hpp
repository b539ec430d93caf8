// `lexcheck fmt`: the canonical layout of a .lex rule file (docs/fmt.md).
#pragma once

#include <string>
#include <string_view>

namespace lexcheck::cli::fmt {

/// The canonical layout of one rule file. Only whitespace between tokens changes (and
/// trailing blanks inside comments), so a file that parses gives the same AST afterwards;
/// strings are kept byte-for-byte. Idempotent: format_source(format_source(x)) equals
/// format_source(x). Meant for files that parse; any other text is laid out as well as
/// it can be, without failing.
std::string format_source(std::string_view source);

}  // namespace lexcheck::cli::fmt
