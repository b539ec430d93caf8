#include "text.hpp"

#include <algorithm>

namespace lexcheck::lsp::detail {

namespace {

bool continuation(std::string_view s, std::size_t i) {
    return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

}  // namespace

CharSize char_size(std::string_view s, std::size_t i) {
    auto b = static_cast<unsigned char>(s[i]);
    auto valid = [&](std::uint32_t n) {
        for (std::uint32_t k = 1; k < n; ++k)
            if (!continuation(s, i + k)) return false;
        return true;
    };
    if (b >= 0xC2 && b <= 0xDF && valid(2)) return {2, 1};
    if (b >= 0xE0 && b <= 0xEF && valid(3)) return {3, 1};
    if (b >= 0xF0 && b <= 0xF4 && valid(4)) return {4, 2};
    return {1, 1};  // ASCII, or a byte that is not valid UTF-8
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') starts_.push_back(static_cast<std::uint32_t>(i + 1));
}

Position LineIndex::position(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset) - 1;
    Position p{static_cast<std::uint32_t>(it - starts_.begin()), 0};
    for (std::size_t i = *it; i < offset;) {
        CharSize c = char_size(text_, i);
        i += c.bytes;
        p.character += c.units;
    }
    return p;
}

std::uint32_t LineIndex::offset(Position p) const {
    if (p.line >= starts_.size()) return static_cast<std::uint32_t>(text_.size());
    std::size_t i = starts_[p.line];
    std::size_t end = p.line + 1 < starts_.size() ? starts_[p.line + 1] - 1 : text_.size();
    if (end > i && text_[end - 1] == '\r') --end;
    std::uint32_t units = 0;
    while (i < end) {
        CharSize c = char_size(text_, i);
        if (units + c.units > p.character) break;
        units += c.units;
        i += c.bytes;
    }
    return static_cast<std::uint32_t>(std::min(i, end));
}

}  // namespace lexcheck::lsp::detail
