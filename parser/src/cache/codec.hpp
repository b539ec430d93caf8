// The binary form of a parsed measure file in the corpus cache. Every read is bounds-checked:
// a truncated or corrupted payload makes decode() return nullopt, never read past the end.
#pragma once

#include "lexcheck/parser/measures.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lexcheck::parser::detail {

/// Appends the payload for `file` to `out`
void encode(const MeasureFile& file, std::string& out);

/// Decodes a payload; spans get the SourceId `source`. Fact indices are checked against
/// `fact_count`, enum members are not (the key binds the entry to one vocabulary).
std::optional<MeasureFile> decode(std::string_view payload, core::SourceId source,
                                  std::size_t fact_count);

/// A fast 64-bit checksum of a payload (not cryptographic: it detects damage, not forgery)
std::uint64_t checksum(std::string_view data);

}  // namespace lexcheck::parser::detail
