// The binary form of a parsed measure file in the corpus cache. Every read is bounds-checked:
// a truncated or corrupted payload makes decode() return nullopt, never read past the end.
#pragma once

#include "akn_ref.hpp"

#include "lexcheck/parser/measures.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::parser::detail {

/// Appends the payload for `file` to `out`
void encode(const MeasureFile& file, std::string& out);

/// The number of measures a payload holds (its first field), or nullopt when it cannot hold
/// that many
std::optional<std::uint32_t> measure_count(std::string_view payload);

/// Decodes a payload in place into `out`, which holds measure_count() default-constructed
/// measures: no measure is built anywhere else and moved. Spans get the SourceId `source`;
/// `akn` gets the `akn:` path of each measure that has one (indices into `out`). Fact
/// indices are checked against `fact_count`, enum members are not (the key binds the entry
/// to one vocabulary). The facts are built in `facts_arena` (on the heap when null). False
/// when the payload does not decode exactly to its end; `out` is then left half-written.
bool decode_into(std::string_view payload, core::SourceId source, std::size_t fact_count,
                 core::Measure* out, std::vector<AknRef>& akn, core::BumpArena* facts_arena);

/// A fast 64-bit checksum of a payload (not cryptographic: it detects damage, not forgery)
std::uint64_t checksum(std::string_view data);

}  // namespace lexcheck::parser::detail
