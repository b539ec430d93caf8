// Writing, checking and reading images of measure files (image.hpp).
#include "cache/image.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace lexcheck::parser::detail {

namespace {

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
    std::uint32_t span_begin, span_end;
    std::uint64_t value;
};
static_assert(sizeof(RawFact) == 24);

/// The quote that begins the rest of a record whose `eId` is given (kQuotes), then its text:
/// what loading and the source lock read of every measure that quotes (core::MeasureQuote),
/// without decoding the rest
struct RawQuote {
    std::uint32_t eid_len, span_begin, span_end;
};
static_assert(sizeof(RawQuote) == 12);

constexpr std::uint32_t kInForce = 1, kUntil = 2, kAffects = 4, kReplaces = 8, kRepeals = 16;
/// What the record's other members hold that commands look for without building the measure
/// (core::MeasureHead): `eId` (its rest begins with a RawQuote), `expect`, `cite`
constexpr std::uint32_t kQuotes = 32, kExpects = 64, kCite = 128;
/// The flags that say what the other members hold (checked against them when opened)
constexpr std::uint32_t kRestFlags = kAffects | kReplaces | kRepeals | kQuotes | kExpects | kCite;
constexpr std::uint32_t kFlags = kInForce | kUntil | kRestFlags;

/// Whether `m` was given an `eId` (`eId: ""` is given too: its span is kept)
bool gives_eid(const core::Measure& m) {
    return !m.eid.empty() || m.eid_span != core::SourceSpan{};
}

/// The flags of kRestFlags that `m` has
std::uint32_t rest_flags(const core::Measure& m) {
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

std::uint64_t pooled(std::uint32_t off, std::uint32_t len) {
    return std::uint64_t{off} << 32 | len;
}

/// Appends `s` to the pool; its offset and length
std::uint64_t add_text(std::string& pool, std::string_view s) {
    auto off = static_cast<std::uint32_t>(pool.size());
    pool.append(s);
    return pooled(off, static_cast<std::uint32_t>(s.size()));
}

RawFact raw_fact(const core::FactValue& f, std::string& pool) {
    RawFact raw{};
    raw.fact = f.fact;
    raw.kind = static_cast<std::uint8_t>(f.value.kind);
    raw.span_begin = f.at.begin;
    raw.span_end = f.at.end;
    switch (f.value.kind) {
        case core::TypeKind::number:
            raw.value = std::bit_cast<std::uint64_t>(f.value.number);
            break;
        case core::TypeKind::text:
        case core::TypeKind::state:
            raw.value = add_text(pool, f.value.text);
            break;
        case core::TypeKind::set: {
            raw.value = pooled(static_cast<std::uint32_t>(pool.size()),
                               static_cast<std::uint32_t>(f.value.members.size()));
            for (std::uint32_t m : f.value.members) append(pool, m);
            break;
        }
        default:
            raw.value = static_cast<std::uint64_t>(f.value.integer);
            break;
    }
    return raw;
}

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

/// The quote at the start of `rest` (a record's rest whose flags say kQuotes), and its eId;
/// false when `rest` cannot hold them
bool read_quote(std::string_view rest, RawQuote& quote, std::string_view& eid) {
    if (rest.size() < sizeof(RawQuote)) return false;
    quote = load<RawQuote>(rest.data());
    if (quote.eid_len > rest.size() - sizeof(RawQuote)) return false;
    eid = rest.substr(sizeof(RawQuote), quote.eid_len);
    return true;
}

}  // namespace

void encode(const MeasureFile& file, std::string& out) {
    std::string records, facts, pool, rest, no_rest;
    encode_rest(core::Measure{}, StatedMeasure{}, no_rest);
    std::uint32_t fact_count = 0;
    StatedMeasure extra;
    for (std::size_t i = 0; i < file.measures.size(); ++i) {
        const core::Measure& m = file.measures[i];
        RawRecord rec{};
        std::uint64_t id = add_text(pool, m.id), state = add_text(pool, m.jurisdiction);
        rec.id_off = static_cast<std::uint32_t>(id >> 32);
        rec.id_len = static_cast<std::uint32_t>(id);
        rec.jurisdiction_off = static_cast<std::uint32_t>(state >> 32);
        rec.jurisdiction_len = static_cast<std::uint32_t>(state);
        rec.span_begin = m.span.begin;
        rec.span_end = m.span.end;
        rec.flags = (m.in_force ? kInForce : 0) | (m.until ? kUntil : 0) | rest_flags(m);
        rec.in_force = m.in_force ? m.in_force->days : 0;
        rec.until = m.until ? m.until->days : 0;
        rec.facts_first = fact_count;
        rec.facts_count = static_cast<std::uint32_t>(m.facts.size());
        fact_count += rec.facts_count;
        for (const core::FactValue& f : m.facts) append(facts, raw_fact(f, pool));
        extra.akn = i < file.akn_paths.size() ? file.akn_paths[i] : std::string();
        extra.akn_span = i < file.akn_spans.size() ? file.akn_spans[i] : core::SourceSpan{};
        rest.clear();
        if (gives_eid(m)) {
            append(rest, RawQuote{static_cast<std::uint32_t>(m.eid.size()), m.eid_span.begin,
                                  m.eid_span.end});
            rest += m.eid;
        }
        encode_rest(m, extra, rest);
        if (rest != no_rest) {  // most measures have none of the other members (nor an eId)
            rec.rest_off = static_cast<std::uint32_t>(pool.size());
            rec.rest_len = static_cast<std::uint32_t>(rest.size());
            pool += rest;
        }
        append(records, rec);
    }
    append(out, static_cast<std::uint32_t>(file.measures.size()));
    append(out, fact_count);
    append(out, static_cast<std::uint32_t>(pool.size()));
    append(out, std::uint32_t{0});
    out += records;
    out += facts;
    out += pool;
}

std::optional<std::uint32_t> measure_count(std::string_view payload) {
    if (payload.size() < kHeaderBytes) return std::nullopt;
    auto count = load<std::uint32_t>(payload.data());
    if (count > (payload.size() - kHeaderBytes) / sizeof(RawRecord)) return std::nullopt;
    return count;
}

Image::Image(std::string_view payload, core::SourceId file, std::uint32_t count,
             std::uint32_t fact_count)
    : payload_(payload),
      file_(file),
      count_(count),
      records_(payload.data() + kHeaderBytes),
      facts_(records_ + std::size_t{count} * sizeof(RawRecord)),
      pool_(facts_ + std::size_t{fact_count} * sizeof(RawFact)) {}

std::optional<Image> Image::open(std::string_view payload, const std::vector<FactShape>& shapes,
                                 core::SourceId file, std::vector<AknRef>& akn) {
    if (payload.size() < kHeaderBytes) return std::nullopt;
    const auto count = load<std::uint32_t>(payload.data());
    const auto fact_count = load<std::uint32_t>(payload.data() + 4);
    const auto pool_size = load<std::uint32_t>(payload.data() + 8);
    if (load<std::uint32_t>(payload.data() + 12) != 0) return std::nullopt;
    if (kHeaderBytes + std::uint64_t{count} * sizeof(RawRecord) +
            std::uint64_t{fact_count} * sizeof(RawFact) + pool_size !=
        payload.size())
        return std::nullopt;
    Image image(payload, file, count, fact_count);
    const std::string_view pool(image.pool_, pool_size);
    const std::size_t first_akn = akn.size();
    auto refuse = [&]() -> std::optional<Image> {
        akn.resize(first_akn);
        return std::nullopt;
    };
    core::Measure rest;
    StatedMeasure extra;
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
        for (std::uint32_t f = 0; f < rec.facts_count; ++f) {
            auto raw = load<RawFact>(image.facts_ + std::size_t{next_fact + f} * sizeof(RawFact));
            if (raw.fact >= shapes.size() || !sound_value(raw, shapes[raw.fact], pool))
                return refuse();
            // Sorted by fact index, at most one per fact, as every reader gives them.
            if (f > 0 &&
                raw.fact <= load<std::uint32_t>(image.facts_ +
                                                std::size_t{next_fact + f - 1} * sizeof(RawFact)))
                return refuse();
        }
        next_fact += rec.facts_count;
        // The flags say what the record's other members hold, so the head can be read alone.
        std::uint32_t said = 0;
        if (rec.rest_len > 0) {
            std::string_view others = pool.substr(rec.rest_off, rec.rest_len);
            RawQuote quote{};
            std::string_view eid;
            if (rec.flags & kQuotes) {
                if (!read_quote(others, quote, eid)) return refuse();
                others.remove_prefix(sizeof quote + eid.size());
                said = kQuotes;
            }
            if (!decode_rest(others, file, rest, extra)) return refuse();
            said |= rest_flags(rest);  // the eId is not in `rest`
            if (!extra.akn.empty()) akn.push_back({r, file, extra.akn, extra.akn_span});
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
    out.at = span(raw.span_begin, raw.span_end);
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

void Image::facts(std::uint32_t r, std::vector<core::FactValue>& out) const {
    const RawRecord rec = record_at(records_, r);
    out.resize(rec.facts_count);
    for (std::uint32_t f = 0; f < rec.facts_count; ++f) fact(rec.facts_first + f, out[f]);
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
    out.facts.resize(rec.facts_count);
    for (std::uint32_t f = 0; f < rec.facts_count; ++f) fact(rec.facts_first + f, out.facts[f]);
    if (rec.rest_len > 0) {
        std::string_view others{pool_ + rec.rest_off, rec.rest_len};
        if (rec.flags & kQuotes) others.remove_prefix(sizeof(RawQuote) + q.eid.size());
        StatedMeasure extra;  // its akn was collected when the image was opened
        decode_rest(others, file_, out, extra);
    }
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
