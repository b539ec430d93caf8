// The payload is the measures' count, then per measure a tag and the members of the measure
// schema (lexcheck/parser/measure_schema.hpp) in the order of its keys, each value followed
// by its span where the key has one: a new key changes the format with no edit here.
#include "cache/codec.hpp"

#include "lexcheck/core/hash.hpp"
#include "lexcheck/parser/measure_schema.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <type_traits>

namespace lexcheck::parser::detail {

namespace {

class Writer {
public:
    explicit Writer(std::string& out) : out_(out) {}

    template <class T>
    void pod(T v) {
        static_assert(std::is_trivially_copyable_v<T>);
        out_.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    void u32(std::uint32_t v) { pod(v); }
    void str(std::string_view s) {
        u32(static_cast<std::uint32_t>(s.size()));
        out_.append(s);
    }
    void span(const core::SourceSpan& s) {
        u32(s.begin);
        u32(s.end);
    }

private:
    std::string& out_;
};

class Reader {
public:
    Reader(std::string_view data, core::SourceId source)
        : p_(data.data()), end_(p_ + data.size()), source_(source) {}

    bool ok() const { return ok_; }
    bool at_end() const { return p_ == end_; }

    template <class T>
    T pod() {
        T v{};
        if (static_cast<std::size_t>(end_ - p_) < sizeof v) {
            ok_ = false;
            p_ = end_;
            return v;
        }
        std::memcpy(&v, p_, sizeof v);
        p_ += sizeof v;
        return v;
    }
    std::uint32_t u32() { return pod<std::uint32_t>(); }
    /// Reads a string straight into `s` (no temporary)
    void str(std::string& s) {
        std::uint32_t n = u32();
        if (static_cast<std::size_t>(end_ - p_) < n) {
            ok_ = false;
            p_ = end_;
            return;
        }
        s.assign(p_, n);
        p_ += n;
    }
    /// A span in the source file; 0-0 is no span at all (a key the measure does not give:
    /// no value is ever written where a file begins)
    core::SourceSpan span() {
        core::SourceSpan s;
        s.begin = u32();
        s.end = u32();
        s.file = s.begin == 0 && s.end == 0 ? core::SourceId{0} : source_;
        return s;
    }
    /// A count of items each at least `min_bytes` long; false when it cannot fit
    bool count(std::uint32_t& n, std::size_t min_bytes) {
        n = u32();
        if (static_cast<std::size_t>(end_ - p_) / min_bytes < n) ok_ = false;
        return ok_;
    }
    void fail() { ok_ = false; }

private:
    const char* p_;
    const char* end_;
    core::SourceId source_;
    bool ok_ = true;
};

constexpr std::uint32_t kMeasureTag = 0x4d454153;  // "MEAS": catches a misaligned payload early

// ---- One encoder and one decoder per member type of the measure schema ----------------------

void put(Writer& w, const std::string& s) {
    w.str(s);
}
void put(Writer& w, const core::SourceSpan& s) {
    w.span(s);
}
void put(Writer& w, core::Wording x) {
    w.pod(static_cast<std::uint8_t>(x));
}
void put(Writer& w, const std::optional<core::Date>& d) {
    w.pod<std::uint8_t>(d ? 1 : 0);
    if (d) w.pod(d->days);
}
void put(Writer& w, const core::Value& v) {
    w.pod(static_cast<std::uint8_t>(v.kind));
    switch (v.kind) {
        case core::TypeKind::number:
            w.pod(v.number);
            break;
        case core::TypeKind::text:
        case core::TypeKind::state:
            w.str(v.text);
            break;
        case core::TypeKind::set:
            w.u32(static_cast<std::uint32_t>(v.members.size()));
            for (std::uint32_t m : v.members) w.u32(m);
            break;
        default:
            w.pod(v.integer);
            break;
    }
}
void put(Writer& w, const core::FactValue& f) {
    w.u32(f.fact);
    put(w, f.value);
    w.span(f.at);
}
void put(Writer& w, const core::MeasureExpect& e) {
    w.str(e.provision);
    w.pod(static_cast<std::uint8_t>(e.outcome));
    w.span(e.span);
}
template <class T, class Allocator>
void put(Writer& w, const std::vector<T, Allocator>& items) {
    w.u32(static_cast<std::uint32_t>(items.size()));
    for (const T& item : items) put(w, item);
}
template <class T>
void put(Writer& w, const std::optional<T>& v) {
    w.pod<std::uint8_t>(v ? 1 : 0);
    if (v) put(w, *v);
}

/// Decodes the members of one measure; `facts` are the shapes of the vocabulary's facts, and
/// facts go to `arena` (the heap when null). A `get` is false for a value no measure file could
/// give. A payload that ends early fails the Reader, whose every later read then gives zero:
/// decode_into checks that once per measure, not after every member.
class Decoder {
public:
    Decoder(Reader& r, const std::vector<FactShape>& facts, core::BumpArena* arena)
        : r_(r), facts_(facts), arena_(arena) {}

    bool get(std::string& s) {
        r_.str(s);
        return true;
    }
    bool get(core::SourceSpan& s) {
        s = r_.span();
        return true;
    }
    bool get(core::Wording& x) { return get_enum(x, core::Wording::paraphrase); }
    bool get(std::optional<core::Date>& d) {
        d.reset();
        if (r_.pod<std::uint8_t>()) d = core::Date{r_.pod<std::int32_t>()};
        return true;
    }
    bool get(core::FactList& facts) {
        std::uint32_t n = 0;
        if (!r_.count(n, 13)) return false;
        facts = core::FactList(n, core::ArenaAllocator<core::FactValue>(arena_));
        for (core::FactValue& f : facts) {
            f.fact = r_.u32();
            if (f.fact >= facts_.size() || !get(f.value, facts_[f.fact])) return false;
            f.at = r_.span();
        }
        return true;
    }
    bool get(std::vector<core::MeasureExpect>& expects) {
        std::uint32_t n = 0;
        if (!r_.count(n, 13)) return false;
        expects.resize(n);
        for (core::MeasureExpect& e : expects) {
            r_.str(e.provision);
            if (!get_enum(e.outcome, core::Outcome::contested)) return false;
            e.span = r_.span();
        }
        return true;
    }
    template <class T>
    bool get(std::vector<T>& items) {
        std::uint32_t n = 0;
        if (!r_.count(n, 1)) return false;
        items.resize(n);
        for (T& item : items) {
            if (!get(item)) return false;
        }
        return true;
    }
    template <class T>
    bool get(std::optional<T>& v) {
        v.reset();
        if (!r_.pod<std::uint8_t>()) return true;
        return get(v.emplace());
    }

private:
    /// A value of an enum whose last value is `last` (a comparison: this runs per expect)
    template <class E>
    bool get_enum(E& x, E last) {
        auto raw = r_.pod<std::uint8_t>();
        x = static_cast<E>(raw);
        return raw <= static_cast<std::uint8_t>(last);
    }

    /// A value of a fact of shape `shape`, and only a value a measure reader could give it (a
    /// damaged or forged entry whose checksum matches must not give the checker a NaN, an enum
    /// index past the enum or an unsorted set). Reading and checking are one switch: this runs
    /// for every fact of every cached measure.
    bool get(core::Value& v, const FactShape& shape) {
        using core::TypeKind;
        if (r_.pod<std::uint8_t>() != static_cast<std::uint8_t>(shape.kind)) return false;
        v.kind = shape.kind;
        switch (v.kind) {
            case TypeKind::number:
                v.number = r_.pod<double>();
                return std::isfinite(v.number);
            case TypeKind::text:
                r_.str(v.text);
                return true;
            case TypeKind::state:
                r_.str(v.text);
                return core::is_state_code(v.text);
            case TypeKind::set: {
                std::uint32_t n = 0;
                if (!r_.count(n, 4)) return false;
                v.members.resize(n);
                for (std::uint32_t& m : v.members) m = r_.u32();
                return std::adjacent_find(v.members.begin(), v.members.end(),
                                          std::greater_equal<>()) == v.members.end() &&
                       (v.members.empty() || v.members.back() < shape.enum_size);
            }
            case TypeKind::boolean:
                v.integer = r_.pod<std::int64_t>();
                return (v.integer == 0 || v.integer == 1);
            case TypeKind::date:
                v.integer = r_.pod<std::int64_t>();
                return v.integer >= std::numeric_limits<std::int32_t>::min() &&
                       v.integer <= std::numeric_limits<std::int32_t>::max();
            case TypeKind::duration:
                v.integer = r_.pod<std::int64_t>();
                return v.integer >= 0;
            case TypeKind::enumeration:
                v.integer = r_.pod<std::int64_t>();
                return v.integer >= 0 && v.integer < shape.enum_size;
            case TypeKind::integer:
                v.integer = r_.pod<std::int64_t>();
                return true;
        }
        return false;
    }

    Reader& r_;
    const std::vector<FactShape>& facts_;
    core::BumpArena* arena_;
};

// A key's member lives in the measure or, for what StatedMeasure adds (`akn`), in `extra`.
template <class T, class M, class E>
auto& place(T core::Measure::*member, M& m, E&) {
    return m.*member;
}
template <class T, class M, class E>
auto& place(T StatedMeasure::*member, M&, E& extra) {
    return extra.*member;
}

}  // namespace

void encode(const MeasureFile& file, std::string& out) {
    Writer w(out);
    w.u32(static_cast<std::uint32_t>(file.measures.size()));
    StatedMeasure extra;
    for (std::size_t i = 0; i < file.measures.size(); ++i) {
        // The measure schema's members, key by key (Measure::document is only set later).
        const core::Measure& m = file.measures[i];
        extra.akn = i < file.akn_paths.size() ? file.akn_paths[i] : std::string();
        extra.akn_span = i < file.akn_spans.size() ? file.akn_spans[i] : core::SourceSpan{};
        w.u32(kMeasureTag);
        schema::for_each_key([&](const auto& key, auto) {
            put(w, place(key.value, m, extra));
            if (key.span) put(w, place(key.span, m, extra));
        });
    }
}

std::optional<std::uint32_t> measure_count(std::string_view payload) {
    Reader r(payload, 0);
    std::uint32_t n = 0;
    if (!r.count(n, 32)) return std::nullopt;
    return n;
}

std::vector<FactShape> fact_shapes(const core::Schema& schema) {
    std::vector<FactShape> shapes;
    for (const core::FactInfo& f : schema.facts()) {
        FactShape& s = shapes.emplace_back();
        s.kind = f.type.kind;
        if (f.type.enum_id < schema.enums().size())
            s.enum_size =
                static_cast<std::uint32_t>(schema.enum_info(f.type.enum_id).values.size());
    }
    return shapes;
}

bool decode_into(std::string_view payload, core::SourceId source,
                 const std::vector<FactShape>& facts, core::Measure* out, std::vector<AknRef>& akn,
                 core::BumpArena* facts_arena) {
    Reader r(payload, source);
    Decoder decoder(r, facts, facts_arena);
    std::uint32_t n = 0;
    if (!r.count(n, 32)) return false;
    StatedMeasure extra;
    for (std::uint32_t i = 0; i < n; ++i) {
        if (r.u32() != kMeasureTag) return false;
        bool ok = true;
        schema::for_each_key([&](const auto& key, auto) {
            ok = ok && decoder.get(place(key.value, out[i], extra));
            if (key.span) ok = ok && decoder.get(place(key.span, out[i], extra));
        });
        if (!ok || !r.ok()) return false;
        if (!extra.akn.empty()) akn.push_back({i, source, std::move(extra.akn), extra.akn_span});
        extra.akn.clear();
    }
    return r.ok() && r.at_end();
}

std::uint64_t checksum(std::string_view data) {
    return core::hash_bytes(data);
}

}  // namespace lexcheck::parser::detail
