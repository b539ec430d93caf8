#include "transport.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <istream>
#include <limits>
#include <optional>
#include <ostream>

namespace lexcheck::lsp::detail {

namespace {

/// Header lines longer than this are cut: a peer sending no newline cannot grow memory
constexpr std::size_t kMaxHeaderLine = 8192;

enum class Line { ok, end };

/// One header line without its "\r\n" (or "\n"), at most kMaxHeaderLine bytes kept
Line read_header_line(std::istream& in, std::string& line) {
    line.clear();
    int c;
    bool any = false;
    while ((c = in.get()) != std::char_traits<char>::eof()) {
        any = true;
        if (c == '\n') break;
        if (line.size() < kMaxHeaderLine) line.push_back(static_cast<char>(c));
    }
    if (!any) return Line::end;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return c == '\n' || !line.empty() ? Line::ok : Line::end;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) ==
                      std::tolower(static_cast<unsigned char>(b));
           });
}

}  // namespace

Frame read_frame(std::istream& in) {
    Frame frame;
    std::string line;
    std::optional<std::size_t> length;
    bool bad_length = false, any_header = false;
    while (true) {
        if (read_header_line(in, line) == Line::end) return frame;  // Kind::end
        if (line.empty()) {
            if (any_header) break;
            continue;  // stray blank lines between messages
        }
        any_header = true;
        constexpr std::string_view kName = "content-length:";
        if (!starts_with_nocase(line, kName)) continue;  // Content-Type and others
        std::string_view value = std::string_view(line).substr(kName.size());
        while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
            value.remove_prefix(1);
        while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
            value.remove_suffix(1);
        std::size_t n = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        bad_length = ec != std::errc() || end != value.data() + value.size();
        if (!bad_length) length = n;
    }
    if (!length || bad_length) {
        frame.kind = Frame::Kind::bad;
        frame.error = "a message without a valid `Content-Length` header";
        return frame;
    }
    if (*length > kMaxBody) {
        frame.kind = Frame::Kind::bad;
        frame.error = "a message of " + std::to_string(*length) + " bytes (the limit is " +
                      std::to_string(kMaxBody) + ")";
        frame.skip = *length;
        return frame;
    }
    frame.body.resize(*length);
    in.read(frame.body.data(), static_cast<std::streamsize>(*length));
    if (static_cast<std::size_t>(in.gcount()) != *length) return Frame{};  // cut off: end
    frame.kind = Frame::Kind::message;
    return frame;
}

void skip_bytes(std::istream& in, std::size_t n) {
    constexpr auto kMax = static_cast<std::size_t>(std::numeric_limits<std::streamsize>::max());
    in.ignore(static_cast<std::streamsize>(std::min(n, kMax)));
}

void write_frame(std::ostream& out, std::string_view body) {
    out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    out.flush();
}

}  // namespace lexcheck::lsp::detail
