#include "hex_escape.hpp"

namespace lexcheck::reports::detail {

void append_hex_escaped(std::string& out, std::string_view s, bool (*plain)(char), char mark,
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

bool ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace lexcheck::reports::detail
