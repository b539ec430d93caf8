// The image of a parsed measure file: what the corpus cache stores and maps, read where it
// lies. Position-independent (offsets, never pointers), so the mapped bytes are used as they
// are:
//
//   count (4) | fact count (4) | pool size (4) | path count (4)
//   Record × count                  what the checker reads: id, jurisdiction, dates, facts
//   Fact × fact count               fact index, kind, value (or a pool offset)
//   Where × fact count              span, line and column of each fact's value, in fact
//                                   order: read by tracing and listing only (LXCACHEB)
//   Path × path count               each distinct `akn:` path (a pool offset) and its span
//   pool                            strings, set members, each measure's other members (for
//                                   a measure that quotes, its eId and the eId's span first,
//                                   read by quote() without decoding the rest; then the index
//                                   of its `akn:` path; then the members of the measure
//                                   schema, absent when they are all defaults)
//
// An image is checked once, when it is opened (every offset within the pool, every value one
// a measure file could give its fact); reading a record afterwards checks nothing but the
// positions (fact_positions).
#pragma once

#include "akn_ref.hpp"
#include "cache/codec.hpp"

#include "lexcheck/core/measure.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace lexcheck::parser::detail {

/// A checked image over bytes it does not own
class Image {
public:
    /// The image in `payload` for the vocabulary `facts`, with spans in `file`, or nullopt
    /// when any part of it is not sound; `akn` gets the `akn:` path of each measure that has one
    static std::optional<Image> open(std::string_view payload, const std::vector<FactShape>& facts,
                                     core::SourceId file, std::vector<AknRef>& akn);

    /// Where the facts' spans, lines and columns lie in a payload of `payload_size` bytes
    /// that begins with `header` (16 bytes or more), or nullopt when its counts cannot fit:
    /// the part a run that lists nothing never reads (the cache neither maps it in nor reads
    /// it through the mapping)
    static std::optional<PayloadPart> apart(std::string_view header, std::uint64_t payload_size);

    std::uint32_t size() const { return count_; }
    core::MeasureHead head(std::uint32_t record) const;
    core::MeasureQuote quote(std::uint32_t record) const;
    void facts(std::uint32_t record, std::vector<core::FactValue>& out) const;
    /// The record's facts without where they were written (`at` empty): what deciding reads
    void values(std::uint32_t record, std::vector<core::FactValue>& out) const;
    /// Sets where each of `facts` (the record's, as values() gave them) was written
    void add_spans(std::uint32_t record, std::span<core::FactValue> facts) const;
    /// Where the record's facts were written, in the order facts() gives them; false when a
    /// stored position is not one a file has (line or column 0: forged, as the checksum
    /// catches damage), which the caller then finds in the file. Checked here, not when the
    /// image is opened: every warm run opens every record, few read positions (4 M
    /// instructions of the dense instance's warm run).
    bool fact_positions(std::uint32_t record, std::vector<core::FactPosition>& out) const;
    /// The whole measure
    void build(std::uint32_t record, core::Measure& out) const;

private:
    Image(std::string_view payload, core::SourceId file, std::uint32_t count,
          std::uint32_t fact_count, std::uint32_t path_count);
    core::SourceSpan span(std::uint32_t begin, std::uint32_t end) const;
    void fact(std::uint32_t index, core::FactValue& out) const;

    std::string_view payload_;
    core::SourceId file_ = 0;
    std::uint32_t count_ = 0;
    const char* records_ = nullptr;
    const char* facts_ = nullptr;
    const char* where_ = nullptr;
    const char* paths_ = nullptr;
    const char* pool_ = nullptr;
};

}  // namespace lexcheck::parser::detail
