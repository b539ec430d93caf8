#include "json_text.hpp"

#include "lexcheck/reports/reporter.hpp"

#include <array>
#include <charconv>
#include <cstring>

namespace lexcheck::reports::detail {

namespace {

/// Bytes that cannot appear raw inside a JSON string
constexpr std::array<bool, 256> kEscaped = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = true;
    t['"'] = true;
    t['\\'] = true;
    return t;
}();

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

/// Whether any of the 8 bytes of `w` needs an escape: is below 0x20 (the subtraction borrows
/// into the high bit only there, for a byte without its own high bit set), or is `"` or `\`
/// (a zero byte after the xor). Exact for "any", which is all the scan asks.
inline bool any_escaped(std::uint64_t w) {
    auto zero_byte = [](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
    return (((w - kOnes * 0x20) & ~w & kHighs) | zero_byte(w ^ (kOnes * '"')) |
            zero_byte(w ^ (kOnes * '\\'))) != 0;
}

/// Where the first byte that needs an escape is in [p, end), or `end`: eight bytes at a time
/// (a JSON report is mostly text that needs none), then byte by byte
const char* next_escaped(const char* p, const char* end) {
    while (end - p >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        if (any_escaped(w)) break;
        p += 8;
    }
    while (p != end && !kEscaped[static_cast<unsigned char>(*p)]) ++p;
    return p;
}

/// Writes the escape of `c`, a byte that needs one, at `to` (room for 6 bytes); returns its end
char* write_escape(char* to, unsigned char c) {
    char second = 0;
    switch (c) {
        case '"':
        case '\\':
            second = static_cast<char>(c);
            break;
        case '\n':
            second = 'n';
            break;
        case '\r':
            second = 'r';
            break;
        case '\t':
            second = 't';
            break;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
            std::memcpy(to, u, sizeof u);
            return to + sizeof u;
        }
    }
    to[0] = '\\';
    to[1] = second;
    return to + 2;
}

}  // namespace

void append_json_escaped(std::string& out, std::string_view s) {
    const char* p = s.data();
    const char* end = p + s.size();
    while (p != end) {
        // The common case: a run of bytes that need no escape, copied at once.
        const char* run = p;
        p = next_escaped(p, end);
        out.append(run, static_cast<std::size_t>(p - run));
        if (p == end) break;
        char escape[6];
        out.append(escape, static_cast<std::size_t>(
                               write_escape(escape, static_cast<unsigned char>(*p++)) - escape));
    }
}

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    append_json_escaped(out, s);
    out += '"';
}

char* write_json_escaped(char* to, std::string_view s) {
    const char* p = s.data();
    const char* end = p + s.size();
    while (p != end) {
        const char* run = p;
        p = next_escaped(p, end);
        std::memcpy(to, run, static_cast<std::size_t>(p - run));
        to += p - run;
        if (p == end) break;
        to = write_escape(to, static_cast<unsigned char>(*p++));
    }
    return to;
}

std::string json_quote(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    append_json_string(out, s);
    return out;
}

void append_json_uint(std::string& out, std::uint64_t v) {
    if (v < 10) {  // depths, and many columns
        out += static_cast<char>('0' + v);
        return;
    }
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

void append_json_int(std::string& out, std::int64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

void append_json_inputs(std::string& out, const std::vector<InputFile>& inputs) {
    out += "\"inputs\": [";
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        out += i == 0 ? "\n    {\n      \"path\": " : ",\n    {\n      \"path\": ";
        append_json_string(out, inputs[i].path);
        out += ",\n      \"sha256\": ";
        append_json_string(out, inputs[i].sha256);
        out += "\n    }";
    }
    if (!inputs.empty()) out += "\n  ";
    out += "]";
}

}  // namespace lexcheck::reports::detail
