// LSP positions: 0-based lines and UTF-16 code units (the protocol's default encoding),
// converted to and from the byte offsets of core::SourceSpan.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace lexcheck::lsp::detail {

struct Position {
    std::uint32_t line = 0;
    std::uint32_t character = 0;  ///< UTF-16 code units from the line start
};

/// The line starts of one text, for many position questions about it. Bytes that are not
/// valid UTF-8 count as one code unit each.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);

    Position position(std::uint32_t offset) const;
    /// The byte offset of `p`, clamped to its line's end and to the text (a character in the
    /// middle of a surrogate pair means the character's start)
    std::uint32_t offset(Position p) const;

private:
    std::string_view text_;
    std::vector<std::uint32_t> starts_;
};

/// Length in bytes of the UTF-8 sequence at `s[i]` and how many UTF-16 units it takes
struct CharSize {
    std::uint32_t bytes;
    std::uint32_t units;
};
CharSize char_size(std::string_view s, std::size_t i);

}  // namespace lexcheck::lsp::detail
