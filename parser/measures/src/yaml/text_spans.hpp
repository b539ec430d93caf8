// Where a written YAML node ends, from where it begins: shared by the yaml-cpp reader's
// locator and the fast reader, so both give every node the same span.
#pragma once

#include <cstdint>
#include <string_view>

namespace lexcheck::parser::detail {

/// Just past the quote that closes the quoted scalar opening at `begin` (`\x` is skipped in
/// double quotes, `''` is a quote in single quotes); the end of `text` when unclosed
std::uint32_t quoted_end(std::string_view text, std::uint32_t begin);

/// Just past the bracket that closes the flow collection opening at `begin`, skipping quoted
/// scalars and comments; the line's end when unclosed
std::uint32_t bracket_end(std::string_view text, std::uint32_t begin);

/// The end of `begin`'s line, before a trailing comment and trailing blanks
std::uint32_t line_end(std::string_view text, std::uint32_t begin);

}  // namespace lexcheck::parser::detail
