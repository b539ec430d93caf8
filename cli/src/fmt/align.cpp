#include "fmt/align.hpp"

#include <algorithm>

namespace lexcheck::cli::fmt::detail {

namespace {

constexpr std::size_t kGap = 2;

struct Mark {
    std::size_t offset;
    std::size_t line;
    std::size_t width;  ///< Of the code before the comment, in UTF-8 characters
};

std::size_t utf8_width(const std::string& s, std::size_t begin, std::size_t end) {
    std::size_t n = 0;
    for (std::size_t i = begin; i < end; ++i)
        n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    return n;
}

}  // namespace

std::string align_trailing_comments(const std::string& text,
                                    const std::vector<std::size_t>& marks) {
    std::vector<Mark> found;
    std::size_t line = 0, scanned = 0, line_start = 0;
    for (std::size_t offset : marks) {
        for (; scanned < offset; ++scanned) {
            if (text[scanned] == '\n') {
                ++line;
                line_start = scanned + 1;
            }
        }
        found.push_back(Mark{offset, line, utf8_width(text, line_start, offset)});
    }
    std::string out;
    out.reserve(text.size() + 16 * marks.size());
    std::size_t copied = 0;
    for (std::size_t run = 0; run < found.size();) {
        std::size_t end = run + 1;
        while (end < found.size() && found[end].line == found[end - 1].line + 1) ++end;
        std::size_t column = 0;
        for (std::size_t i = run; i < end; ++i) column = std::max(column, found[i].width + kGap);
        for (std::size_t i = run; i < end; ++i) {
            out.append(text, copied, found[i].offset - copied);
            out.append(column - found[i].width, ' ');
            copied = found[i].offset + kGap;
        }
        run = end;
    }
    out.append(text, copied, std::string::npos);
    return out;
}

}  // namespace lexcheck::cli::fmt::detail
