// Positions (`path:line:col`) in the JSON report: one chunk of findings asks for hundreds of
// thousands of them.
#pragma once

#include "lexcheck/core/hash.hpp"
#include "lexcheck/core/source.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace lexcheck::reports::detail {

/// line:col of byte offsets for one chunk of findings, as SourceManager::line_col gives them but
/// without its lock: a file's line index is fetched once per chunk and searched here. The steps
/// of a chunk point at the same few conditions again and again, so answers are also kept by
/// (file, offset). The facts a finding reads lie a few lines apart in its measure's file, and
/// the findings come in measure order, so the line is first looked for in the few lines after
/// the one found last in that file, then in the whole index (the dense report asks 102,012
/// positions not kept, each a binary search of ~7,000 lines before: issue 20). (Scanning the
/// text forward from a known position instead, and line_col where none was near, cost more
/// than twice as much.)
class Positions {
public:
    Positions(const core::SourceManager& sources, const std::vector<std::string_view>& texts)
        : sources_(sources), texts_(texts), files_(texts.size()) {}

    core::LineCol find(core::SourceId file, std::uint32_t offset) {
        Known& slot =
            cache_[core::hash_word((std::uint64_t{file} << 32) | offset) >> (64 - kCacheBits)];
        if (slot.file == file && slot.offset == offset) return slot.at;
        File& f = files_[file];
        if (f.lines.empty()) f.lines = sources_.line_index(file);  // never empty once fetched
        slot = {file, offset, line_col_near(texts_[file], f, offset)};
        return slot.at;
    }

private:
    struct Known {
        core::SourceId file = 0;  ///< 0: empty (no span is looked up in file 0)
        std::uint32_t offset = 0;
        core::LineCol at;
    };
    struct File {
        std::span<const std::uint32_t> lines;  ///< Its line index, once fetched
        std::size_t last = 0;                  ///< The line (0-based) found last
    };
    static constexpr int kCacheBits = 7;
    /// Lines looked at after the last one found before the whole index is searched
    static constexpr std::size_t kNear = 8;

    /// core::line_col_at's answer, the line looked for from `f.last` first
    static core::LineCol line_col_near(std::string_view text, File& f, std::uint32_t offset) {
        const std::span<const std::uint32_t> lines = f.lines;
        offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size()));
        std::size_t line = f.last;  // lines[line] <= offset < lines[line + 1] is sought
        if (lines[line] > offset) {
            line = search(lines, offset);
        } else {
            const std::size_t stop = std::min(lines.size(), line + kNear);
            while (line + 1 < stop && lines[line + 1] <= offset) ++line;
            if (line + 1 < lines.size() && lines[line + 1] <= offset) line = search(lines, offset);
        }
        f.last = line;
        // The column as line_col_at counts it, from that line's start: asked of the line's
        // index entry alone, line_col_at answers line 1 of it
        core::LineCol at = core::line_col_at(text, lines.subspan(line, 1), offset);
        at.line += static_cast<std::uint32_t>(line);
        return at;
    }
    /// The last line starting at or before `offset` (line_col_at's search)
    static std::size_t search(std::span<const std::uint32_t> lines, std::uint32_t offset) {
        return static_cast<std::size_t>(std::upper_bound(lines.begin(), lines.end(), offset) -
                                        lines.begin()) -
               1;
    }

    const core::SourceManager& sources_;
    const std::vector<std::string_view>& texts_;
    std::vector<File> files_;  ///< Per SourceId
    std::array<Known, std::size_t{1} << kCacheBits> cache_{};
};

}  // namespace lexcheck::reports::detail
