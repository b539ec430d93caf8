// Bytes written as a mark and two hex digits, for the names that must hold any text in a few
// safe characters: SARIF's artifact URIs (`%2F`) and the HTML report's fragment ids (`_2f`).
#pragma once

#include <string>
#include <string_view>

namespace lexcheck::reports::detail {

/// Appends `s` to `out`, each byte `plain` rejects as `mark` and two digits of `hex`
/// ("0123456789ABCDEF" or "0123456789abcdef"). A template, so that `plain` is inlined:
/// every id and URI of a report passes through here byte by byte.
template <typename Plain>
void append_hex_escaped(std::string& out, std::string_view s, Plain plain, char mark,
                        const char* hex) {
    for (char c : s) {
        if (plain(c)) {
            out += c;
        } else {
            auto b = static_cast<unsigned char>(c);
            out += mark;
            out += hex[b >> 4];
            out += hex[b & 15];
        }
    }
}

/// An ASCII letter or digit (never a byte of a UTF-8 sequence)
inline bool ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace lexcheck::reports::detail
