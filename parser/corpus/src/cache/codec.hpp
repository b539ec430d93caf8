// The binary form of a parsed measure file in the corpus cache: an image (image.hpp) whose
// records hold what the checker reads, and, per measure, the rest of its members written by
// the measure schema (here). Every read is bounds-checked: a truncated or corrupted payload
// is refused, never read past its end.
#pragma once

#include "akn_ref.hpp"

#include "lexcheck/core/schema.hpp"
#include "lexcheck/parser/measure_schema.hpp"
#include "lexcheck/parser/measures.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::parser::detail {

/// What the values of one fact may be: its type's kind and, for an enum or a set, how many
/// values the enum has
struct FactShape {
    core::TypeKind kind = core::TypeKind::boolean;
    std::uint32_t enum_size = 0;
};

/// The shape of every fact of `schema`, by fact index
std::vector<FactShape> fact_shapes(const core::Schema& schema);

/// Appends the payload for `file`, whose bytes are `text` (for its facts' lines and columns), to
/// `out` (an image, image.hpp)
void encode(const MeasureFile& file, std::string_view text, std::string& out);

/// The number of measures a payload holds (its first field), or nullopt when it cannot hold
/// that many
std::optional<std::uint32_t> measure_count(std::string_view payload);

/// Checks a payload and builds every measure into `out`, which holds measure_count()
/// default-constructed measures. Spans get the SourceId `source`; `akn` gets the `akn:` path
/// of each measure that has one (indices into `out`). Every value is checked to be one a
/// reader could have read for its fact (`facts`: its index, type, enum range; a finite
/// number, a state code…), so that no entry, however damaged or forged, gives the checker
/// what a measure file could not. False when the payload is not a sound image; `out` is then
/// untouched.
bool decode_into(std::string_view payload, core::SourceId source,
                 const std::vector<FactShape>& facts, core::Measure* out, std::vector<AknRef>& akn);

/// Appends the members of `m` that an image's record does not hold, nor its rest's quote and
/// table of paths (the `eId`, and StatedMeasure's `akn`)
void encode_rest(const core::Measure& m, std::string& out);
/// Reads what encode_rest wrote into `m`; false unless it is exactly that
bool decode_rest(std::string_view bytes, core::SourceId source, core::Measure& m);

/// A part of a payload, by offset and size
struct PayloadPart {
    std::size_t offset = 0, size = 0;
};

/// A fast 64-bit checksum of a payload (not cryptographic: it detects damage, not forgery):
/// of the bytes before `apart`, of `apart` in pieces of kChecksumPiece bytes, then of the bytes
/// after it. `apart` (Image::apart: where facts were written, which a run that lists nothing
/// never reads) is read from `fd`, where the payload begins at `payload_at`, when `fd` is not
/// -1: its pages are then never mapped into the process. Nullopt when `fd` cannot be read.
std::optional<std::uint64_t> checksum(std::string_view payload, PayloadPart apart, int fd = -1,
                                      std::size_t payload_at = 0);
constexpr std::size_t kChecksumPiece = 64 * 1024;

}  // namespace lexcheck::parser::detail
