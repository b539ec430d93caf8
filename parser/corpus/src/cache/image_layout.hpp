// The bytes of an image (image.hpp) as image_encode.cpp writes them and image.cpp reads them:
// the header, the raw structs (read with memcpy: an image may lie at any address) and the
// flags of a record. Private to the cache.
#pragma once

#include "lexcheck/core/measure.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace lexcheck::parser::detail::layout {

constexpr std::size_t kHeaderBytes = 16;

/// One measure as stored (read with memcpy: the image may lie at any address)
struct RawRecord {
    std::uint32_t id_off, id_len, jurisdiction_off, jurisdiction_len;
    std::uint32_t span_begin, span_end, flags;
    std::int32_t in_force, until;
    std::uint32_t facts_first, facts_count, rest_off, rest_len;  ///< rest_len 0: all defaults
};
static_assert(sizeof(RawRecord) == 52);

/// One stated fact as stored: `value` is the integer, the number's bits, or for text and
/// sets a pool offset (high half) and a length or member count (low half)
struct RawFact {
    std::uint32_t fact;
    std::uint8_t kind;
    std::uint8_t pad[3];
    std::uint64_t value;
};
static_assert(sizeof(RawFact) == 16);

/// The line and column of a fact's value (core::FactPosition): what the JSON report writes
/// for every fact a trace read, without indexing the lines of the measure files on every warm
/// run (LXCACHEA)
struct RawPosition {
    std::uint32_t line, column;
};
static_assert(sizeof(RawPosition) == 8);

/// Where one stated fact's value was written, parallel to the facts: its span
/// (core::FactValue::at) and its line and column. Apart from the facts since LXCACHEB: only
/// tracing and listing read it, so a run that lists nothing leaves its pages on disk (the
/// cache does not map them in, and its checksum reads them from the file: Image::apart).
struct RawWhere {
    std::uint32_t span_begin, span_end;
    RawPosition at;
};
static_assert(sizeof(RawWhere) == 16);

/// The quote that begins the rest of a record whose `eId` is given (kQuotes), then its text:
/// what loading and the source lock read of every measure that quotes (core::MeasureQuote),
/// without decoding the rest
struct RawQuote {
    std::uint32_t eid_len, span_begin, span_end;
};
static_assert(sizeof(RawQuote) == 12);

/// One entry of the table of paths: an `akn:` path as written (in the pool, each distinct
/// text once) and where it was written. A document-level `akn:` gives every measure of the
/// file the same path and span, so the file's records share one entry: before LXCACHE9 each
/// record held the path (and, for it, the default encoding of all its other members).
struct RawPath {
    std::uint32_t off, len, span_begin, span_end;
};
static_assert(sizeof(RawPath) == 16);

/// A record's rest, in the order it is stored: the quote and its eId (kQuotes), the index of
/// its document's path (kAkn), then the other members as the measure schema writes them,
/// absent when they are all defaults
struct Rest {
    RawQuote quote{};
    std::string_view eid;
    std::uint32_t path = 0;
    std::string_view members;
};

/// Whether `m` was given an `akn:` (`akn: ""` too: its span is kept, as for `eId`)
inline bool gives_akn(const std::string& akn, const core::SourceSpan& span) {
    return !akn.empty() || span != core::SourceSpan{};
}

constexpr std::uint32_t kInForce = 1, kUntil = 2, kAffects = 4, kReplaces = 8, kRepeals = 16;
/// What the record's other members hold that commands look for without building the measure
/// (core::MeasureHead): `eId` (its rest begins with a RawQuote), `expect`, `cite`
constexpr std::uint32_t kQuotes = 32, kExpects = 64, kCite = 128;
/// The measure names a document (`akn:`, its own or its file's): its rest holds the index of
/// the document's path in the image's table of paths (after the quote, when it quotes)
constexpr std::uint32_t kAkn = 256;
/// The flags that say what the other members hold (checked against them when opened)
constexpr std::uint32_t kRestFlags =
    kAffects | kReplaces | kRepeals | kQuotes | kExpects | kCite | kAkn;
constexpr std::uint32_t kFlags = kInForce | kUntil | kRestFlags;

/// Whether `m` was given an `eId` (`eId: ""` is given too: its span is kept)
inline bool gives_eid(const core::Measure& m) {
    return !m.eid.empty() || m.eid_span != core::SourceSpan{};
}

/// The flags of kRestFlags that `m` has
inline std::uint32_t rest_flags(const core::Measure& m) {
    return (m.affects ? kAffects : 0) | (m.replaces.empty() ? 0 : kReplaces) |
           (m.repeals ? kRepeals : 0) | (gives_eid(m) ? kQuotes : 0) |
           (m.expects.empty() ? 0 : kExpects) | (m.cite.empty() ? 0 : kCite);
}

template <class T>
T load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

template <class T>
void append(std::string& out, const T& v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

inline std::uint64_t pooled(std::uint32_t off, std::uint32_t len) {
    return std::uint64_t{off} << 32 | len;
}

}  // namespace lexcheck::parser::detail::layout
