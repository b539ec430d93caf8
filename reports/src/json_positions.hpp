// Positions (`path:line:col`) in the JSON report: one chunk of findings asks for hundreds of
// thousands of them.
#pragma once

#include "lexcheck/core/hash.hpp"
#include "lexcheck/core/source.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace lexcheck::reports::detail {

/// line:col of byte offsets for one chunk of findings, as SourceManager::line_col gives them but
/// without its lock: a file's line index is fetched once per chunk and searched here. The steps
/// of a chunk point at the same few conditions again and again, so answers are also kept by
/// (file, offset). (Scanning forward from a known position instead, and line_col where none was
/// near, cost more than twice as much: callgrind, issue 20.)
class Positions {
public:
    Positions(const core::SourceManager& sources, const std::vector<std::string_view>& texts)
        : sources_(sources), texts_(texts), lines_(texts.size()) {}

    core::LineCol find(core::SourceId file, std::uint32_t offset) {
        Known& slot =
            cache_[core::hash_word((std::uint64_t{file} << 32) | offset) >> (64 - kCacheBits)];
        if (slot.file == file && slot.offset == offset) return slot.at;
        std::span<const std::uint32_t>& lines = lines_[file];
        if (lines.empty()) lines = sources_.line_index(file);  // never empty once fetched
        slot = {file, offset, core::line_col_at(texts_[file], lines, offset)};
        return slot.at;
    }

private:
    struct Known {
        core::SourceId file = 0;  ///< 0: empty (no span is looked up in file 0)
        std::uint32_t offset = 0;
        core::LineCol at;
    };
    static constexpr int kCacheBits = 7;

    const core::SourceManager& sources_;
    const std::vector<std::string_view>& texts_;
    std::vector<std::span<const std::uint32_t>> lines_;  ///< Per SourceId, once fetched
    std::array<Known, std::size_t{1} << kCacheBits> cache_{};
};

}  // namespace lexcheck::reports::detail
