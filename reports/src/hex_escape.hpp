// Bytes written as a mark and two hex digits, for the names that must hold any text in a few
// safe characters: SARIF's artifact URIs (`%2F`) and the HTML report's fragment ids (`_2f`).
#pragma once

#include <string>
#include <string_view>

namespace lexcheck::reports::detail {

/// Appends `s` to `out`, each byte `plain` rejects as `mark` and two digits of `hex`
/// ("0123456789ABCDEF" or "0123456789abcdef")
void append_hex_escaped(std::string& out, std::string_view s, bool (*plain)(char), char mark,
                        const char* hex);

/// An ASCII letter or digit (never a byte of a UTF-8 sequence)
bool ascii_alnum(char c);

}  // namespace lexcheck::reports::detail
