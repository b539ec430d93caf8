// Checking and reading images of measure files (image.hpp); image_encode.cpp writes them.
#include "cache/image.hpp"

#include "cache/image_layout.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

namespace lexcheck::parser::detail {

using namespace layout;

namespace {

/// core::is_state_code by table: it runs for every record's jurisdiction and every state
/// fact, and a state code is two capitals (676 possible)
bool state_code(std::string_view s) {
    static const std::vector<bool> table = [] {
        std::vector<bool> t(26 * 26);
        for (std::size_t i = 0; i < t.size(); ++i)
            t[i] = core::is_state_code(std::string{char('A' + i / 26), char('A' + i % 26)});
        return t;
    }();
    if (s.size() != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z') return false;
    return table[static_cast<std::size_t>(s[0] - 'A') * 26 + static_cast<std::size_t>(s[1] - 'A')];
}

/// Whether `raw` holds a value a measure reader could give a fact of shape `shape` (a damaged
/// or forged entry whose checksum matches must not give the checker a NaN, an enum index
/// past the enum or an unsorted set)
bool sound_value(const RawFact& raw, const FactShape& shape, std::string_view pool) {
    using core::TypeKind;
    if (raw.kind != static_cast<std::uint8_t>(shape.kind)) return false;
    const auto off = static_cast<std::uint32_t>(raw.value >> 32);
    const auto len = static_cast<std::uint32_t>(raw.value);
    const auto integer = static_cast<std::int64_t>(raw.value);
    switch (shape.kind) {
        case TypeKind::number:
            return std::isfinite(std::bit_cast<double>(raw.value));
        case TypeKind::text:
            return off <= pool.size() && len <= pool.size() - off;
        case TypeKind::state:
            return off <= pool.size() && len <= pool.size() - off &&
                   state_code(pool.substr(off, len));
        case TypeKind::set: {
            if (off > pool.size() || len > (pool.size() - off) / 4) return false;
            std::uint32_t previous = 0;
            for (std::uint32_t i = 0; i < len; ++i) {
                auto m = load<std::uint32_t>(pool.data() + off + 4 * i);
                if ((i > 0 && m <= previous) || m >= shape.enum_size) return false;
                previous = m;
            }
            return true;
        }
        case TypeKind::boolean:
            return integer == 0 || integer == 1;
        case TypeKind::date:
            return integer >= std::numeric_limits<std::int32_t>::min() &&
                   integer <= std::numeric_limits<std::int32_t>::max();
        case TypeKind::duration:
            return integer >= 0;
        case TypeKind::enumeration:
            return integer >= 0 && integer < shape.enum_size;
        case TypeKind::integer:
            return true;
    }
    return false;
}

RawRecord record_at(const char* records, std::uint32_t r) {
    return load<RawRecord>(records + std::size_t{r} * sizeof(RawRecord));
}

bool in_pool(std::uint32_t off, std::uint32_t len, std::string_view pool) {
    return off <= pool.size() && len <= pool.size() - off;
}

/// Whether the facts of `rec` (in `facts`, within the image: checked before) are sound: each
/// of a fact of the vocabulary and with a value a reader could give it, sorted by fact index,
/// at most one per fact, as every reader gives them
bool sound_facts(const char* facts, const RawRecord& rec, const std::vector<FactShape>& shapes,
                 std::string_view pool) {
    std::uint32_t previous = 0;
    for (std::uint32_t f = 0; f < rec.facts_count; ++f) {
        auto raw = load<RawFact>(facts + std::size_t{rec.facts_first + f} * sizeof(RawFact));
        if (raw.fact >= shapes.size() || !sound_value(raw, shapes[raw.fact], pool)) return false;
        if (f > 0 && raw.fact <= previous) return false;
        previous = raw.fact;
    }
    return true;
}

/// `rest` (a record's rest with flags `flags`) split into its parts; false when it cannot hold
/// what the flags say it begins with
bool split_rest(std::string_view rest, std::uint32_t flags, Rest& out) {
    if (flags & kQuotes) {
        if (rest.size() < sizeof(RawQuote)) return false;
        out.quote = load<RawQuote>(rest.data());
        if (out.quote.eid_len > rest.size() - sizeof(RawQuote)) return false;
        out.eid = rest.substr(sizeof(RawQuote), out.quote.eid_len);
        rest.remove_prefix(sizeof(RawQuote) + out.quote.eid_len);
    }
    if (flags & kAkn) {
        if (rest.size() < sizeof out.path) return false;
        out.path = load<std::uint32_t>(rest.data());
        rest.remove_prefix(sizeof out.path);
    }
    out.members = rest;
    return true;
}

}  // namespace

std::optional<std::uint32_t> measure_count(std::string_view payload) {
    if (payload.size() < kHeaderBytes) return std::nullopt;
    auto count = load<std::uint32_t>(payload.data());
    if (count > (payload.size() - kHeaderBytes) / sizeof(RawRecord)) return std::nullopt;
    return count;
}

std::optional<PayloadPart> Image::apart(std::string_view header, std::uint64_t payload_size) {
    if (header.size() < kHeaderBytes) return std::nullopt;
    const std::uint64_t count = load<std::uint32_t>(header.data());
    const std::uint64_t fact_count = load<std::uint32_t>(header.data() + 4);
    const std::uint64_t offset =
        kHeaderBytes + count * sizeof(RawRecord) + fact_count * sizeof(RawFact);
    const std::uint64_t size = fact_count * sizeof(RawWhere);
    if (offset > payload_size || size > payload_size - offset) return std::nullopt;
    return PayloadPart{static_cast<std::size_t>(offset), static_cast<std::size_t>(size)};
}

Image::Image(std::string_view payload, core::SourceId file, std::uint32_t count,
             std::uint32_t fact_count, std::uint32_t path_count)
    : payload_(payload),
      file_(file),
      count_(count),
      records_(payload.data() + kHeaderBytes),
      facts_(records_ + std::size_t{count} * sizeof(RawRecord)),
      where_(facts_ + std::size_t{fact_count} * sizeof(RawFact)),
      paths_(where_ + std::size_t{fact_count} * sizeof(RawWhere)),
      pool_(paths_ + std::size_t{path_count} * sizeof(RawPath)) {}

std::optional<Image> Image::open(std::string_view payload, const std::vector<FactShape>& shapes,
                                 core::SourceId file, std::vector<AknRef>& akn) {
    if (payload.size() < kHeaderBytes) return std::nullopt;
    const auto count = load<std::uint32_t>(payload.data());
    const auto fact_count = load<std::uint32_t>(payload.data() + 4);
    const auto pool_size = load<std::uint32_t>(payload.data() + 8);
    const auto path_count = load<std::uint32_t>(payload.data() + 12);
    if (kHeaderBytes + std::uint64_t{count} * sizeof(RawRecord) +
            std::uint64_t{fact_count} * (sizeof(RawFact) + sizeof(RawWhere)) +
            std::uint64_t{path_count} * sizeof(RawPath) + pool_size !=
        payload.size())
        return std::nullopt;
    Image image(payload, file, count, fact_count, path_count);
    const std::string_view pool(image.pool_, pool_size);
    std::vector<std::pair<std::string_view, core::SourceSpan>> paths(path_count);
    for (std::uint32_t i = 0; i < path_count; ++i) {
        const auto raw = load<RawPath>(image.paths_ + std::size_t{i} * sizeof(RawPath));
        if (!in_pool(raw.off, raw.len, pool)) return std::nullopt;
        paths[i] = {pool.substr(raw.off, raw.len), image.span(raw.span_begin, raw.span_end)};
    }
    const std::size_t first_akn = akn.size();
    auto refuse = [&]() -> std::optional<Image> {
        akn.resize(first_akn);
        return std::nullopt;
    };
    core::Measure members;
    std::uint32_t next_fact = 0;
    for (std::uint32_t r = 0; r < count; ++r) {
        const RawRecord rec = record_at(image.records_, r);
        if (rec.id_len == 0 || !in_pool(rec.id_off, rec.id_len, pool) ||
            !in_pool(rec.jurisdiction_off, rec.jurisdiction_len, pool) ||
            (rec.flags & ~kFlags) != 0 || rec.facts_first != next_fact ||
            rec.facts_count > fact_count - next_fact || !in_pool(rec.rest_off, rec.rest_len, pool))
            return refuse();
        std::string_view state = pool.substr(rec.jurisdiction_off, rec.jurisdiction_len);
        if (!state.empty() && !state_code(state)) return refuse();
        if (!sound_facts(image.facts_, rec, shapes, pool)) return refuse();
        next_fact += rec.facts_count;
        // The flags say what the record's other members hold, so the head can be read alone.
        std::uint32_t said = 0;
        if (rec.rest_len > 0) {
            Rest rest;
            if (!split_rest(pool.substr(rec.rest_off, rec.rest_len), rec.flags, rest))
                return refuse();
            said = rec.flags & (kQuotes | kAkn);
            if (rec.flags & kAkn) {
                if (rest.path >= path_count) return refuse();
                const auto& [text, span] = paths[rest.path];
                if (!text.empty()) akn.push_back({r, file, std::string(text), span});
            }
            if (!rest.members.empty()) {  // else all defaults
                if (!decode_rest(rest.members, file, members)) return refuse();
                said |= rest_flags(members);  // the eId is not among them
            }
        }
        if (said != (rec.flags & kRestFlags)) return refuse();
    }
    if (next_fact != fact_count) return refuse();
    return image;
}

core::SourceSpan Image::span(std::uint32_t begin, std::uint32_t end) const {
    // 0-0 is no span at all (no value is ever written where a file begins)
    return {begin == 0 && end == 0 ? core::SourceId{0} : file_, begin, end};
}

core::MeasureHead Image::head(std::uint32_t r) const {
    const RawRecord rec = record_at(records_, r);
    core::MeasureHead h;
    h.id = {pool_ + rec.id_off, rec.id_len};
    h.span = span(rec.span_begin, rec.span_end);
    h.jurisdiction = {pool_ + rec.jurisdiction_off, rec.jurisdiction_len};
    if (rec.flags & kInForce) h.in_force = core::Date{rec.in_force};
    if (rec.flags & kUntil) h.until = core::Date{rec.until};
    h.has_affects = (rec.flags & kAffects) != 0;
    h.replaces = (rec.flags & kReplaces) != 0;
    h.repeals = (rec.flags & kRepeals) != 0;
    h.has_expects = (rec.flags & kExpects) != 0;
    h.has_cite = (rec.flags & kCite) != 0;
    // `eId: ""` is given and quotes nothing (checked when opened: the rest begins with the quote)
    h.quotes = (rec.flags & kQuotes) && load<RawQuote>(pool_ + rec.rest_off).eid_len > 0;
    return h;
}

core::MeasureQuote Image::quote(std::uint32_t r) const {
    const RawRecord rec = record_at(records_, r);
    if (!(rec.flags & kQuotes)) return {};
    const auto raw = load<RawQuote>(pool_ + rec.rest_off);
    return {{pool_ + rec.rest_off + sizeof raw, raw.eid_len}, span(raw.span_begin, raw.span_end)};
}

void Image::fact(std::uint32_t index, core::FactValue& out) const {
    const auto raw = load<RawFact>(facts_ + std::size_t{index} * sizeof(RawFact));
    const auto off = static_cast<std::uint32_t>(raw.value >> 32);
    const auto len = static_cast<std::uint32_t>(raw.value);
    core::Value& v = out.value;
    out.fact = raw.fact;
    out.at = {};
    // A reused value keeps nothing of the one before (values compare member by member).
    v.kind = static_cast<core::TypeKind>(raw.kind);
    v.integer = 0;
    v.number = 0;
    v.text.clear();
    v.members.clear();
    switch (v.kind) {
        case core::TypeKind::number:
            v.number = std::bit_cast<double>(raw.value);
            break;
        case core::TypeKind::text:
        case core::TypeKind::state:
            v.text.assign(pool_ + off, len);
            break;
        case core::TypeKind::set:
            v.members.resize(len);
            if (len) std::memcpy(v.members.data(), pool_ + off, std::size_t{len} * 4);
            break;
        default:
            v.integer = static_cast<std::int64_t>(raw.value);
            break;
    }
}

void Image::values(std::uint32_t r, std::vector<core::FactValue>& out) const {
    const RawRecord rec = record_at(records_, r);
    out.resize(rec.facts_count);
    for (std::uint32_t f = 0; f < rec.facts_count; ++f) fact(rec.facts_first + f, out[f]);
}

void Image::facts(std::uint32_t r, std::vector<core::FactValue>& out) const {
    values(r, out);
    add_spans(r, out);
}

void Image::add_spans(std::uint32_t r, std::span<core::FactValue> facts) const {
    const RawRecord rec = record_at(records_, r);
    for (std::uint32_t f = 0; f < rec.facts_count && f < facts.size(); ++f) {
        const auto w = load<RawWhere>(where_ + std::size_t{rec.facts_first + f} * sizeof(RawWhere));
        facts[f].at = span(w.span_begin, w.span_end);
    }
}

bool Image::fact_positions(std::uint32_t r, std::vector<core::FactPosition>& out) const {
    const RawRecord rec = record_at(records_, r);
    out.resize(rec.facts_count);
    for (std::uint32_t f = 0; f < rec.facts_count; ++f) {
        const std::size_t index = std::size_t{rec.facts_first} + f;
        const auto fact = load<RawFact>(facts_ + index * sizeof(RawFact));
        const auto w = load<RawWhere>(where_ + index * sizeof(RawWhere));
        if (w.at.line == 0 || w.at.column == 0) return false;
        out[f] = {fact.fact, w.span_begin, {w.at.line, w.at.column}};
    }
    return true;
}

void Image::build(std::uint32_t r, core::Measure& out) const {
    const RawRecord rec = record_at(records_, r);
    const core::MeasureHead h = head(r);
    out.id.assign(h.id);
    out.span = h.span;
    out.jurisdiction.assign(h.jurisdiction);
    out.in_force = h.in_force;
    out.until = h.until;
    const core::MeasureQuote q = quote(r);
    out.eid.assign(q.eid);
    out.eid_span = q.eid_span;
    facts(r, out.facts);
    Rest rest;  // its path was collected when the image was opened
    if (rec.rest_len > 0 && split_rest({pool_ + rec.rest_off, rec.rest_len}, rec.flags, rest) &&
        !rest.members.empty())
        decode_rest(rest.members, file_, out);
}

bool decode_into(std::string_view payload, core::SourceId source,
                 const std::vector<FactShape>& facts, core::Measure* out,
                 std::vector<AknRef>& akn) {
    std::optional<Image> image = Image::open(payload, facts, source, akn);
    if (!image) return false;
    for (std::uint32_t r = 0; r < image->size(); ++r) image->build(r, out[r]);
    return true;
}

}  // namespace lexcheck::parser::detail
