#include "cache/codec.hpp"

#include <cstring>
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
    core::SourceSpan span() {
        core::SourceSpan s;
        s.file = source_;
        s.begin = u32();
        s.end = u32();
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

void put_date(Writer& w, const std::optional<core::Date>& d) {
    w.pod<std::uint8_t>(d ? 1 : 0);
    if (d) w.pod(d->days);
}

std::optional<core::Date> get_date(Reader& r) {
    if (!r.pod<std::uint8_t>()) return std::nullopt;
    return core::Date{r.pod<std::int32_t>()};
}

void put_value(Writer& w, const core::Value& v) {
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

bool get_value(Reader& r, core::Value& v) {
    auto kind = r.pod<std::uint8_t>();
    if (kind > static_cast<std::uint8_t>(core::TypeKind::state)) return false;
    v.kind = static_cast<core::TypeKind>(kind);
    switch (v.kind) {
        case core::TypeKind::number:
            v.number = r.pod<double>();
            break;
        case core::TypeKind::text:
        case core::TypeKind::state:
            r.str(v.text);
            break;
        case core::TypeKind::set: {
            std::uint32_t n = 0;
            if (!r.count(n, 4)) return false;
            v.members.resize(n);
            for (std::uint32_t& m : v.members) m = r.u32();
            break;
        }
        default:
            v.integer = r.pod<std::int64_t>();
            break;
    }
    return r.ok();
}

constexpr std::uint32_t kMeasureTag = 0x4d454153;  // "MEAS": catches a misaligned payload early

}  // namespace

void encode(const MeasureFile& file, std::string& out) {
    Writer w(out);
    w.u32(static_cast<std::uint32_t>(file.measures.size()));
    for (std::size_t i = 0; i < file.measures.size(); ++i) {
        const core::Measure& m = file.measures[i];
        w.u32(kMeasureTag);
        w.str(m.id);
        w.span(m.span);
        w.str(m.jurisdiction);
        w.str(m.title);
        w.str(m.cite);
        w.pod(static_cast<std::uint8_t>(m.wording));
        put_date(w, m.in_force);
        put_date(w, m.until);
        w.str(m.eid);
        w.span(m.eid_span);
        w.u32(m.document);
        w.u32(static_cast<std::uint32_t>(m.facts.size()));
        for (const core::FactValue& f : m.facts) {
            w.u32(f.fact);
            put_value(w, f.value);
            w.span(f.at);
        }
        w.u32(static_cast<std::uint32_t>(m.expects.size()));
        for (const core::MeasureExpect& e : m.expects) {
            w.str(e.provision);
            w.pod(static_cast<std::uint8_t>(e.outcome));
            w.span(e.span);
        }
        // LANGUAGE.md §9 `affects`: a count, kNone when absent
        w.u32(m.affects ? static_cast<std::uint32_t>(m.affects->size()) : core::kNone);
        for (const std::string& s : m.affects.value_or(std::vector<std::string>{})) w.str(s);
        w.span(m.affects_span);
        w.str(i < file.akn_paths.size() ? file.akn_paths[i] : std::string());
        w.span(i < file.akn_spans.size() ? file.akn_spans[i] : core::SourceSpan{});
    }
}

std::optional<std::uint32_t> measure_count(std::string_view payload) {
    Reader r(payload, 0);
    std::uint32_t n = 0;
    if (!r.count(n, 32)) return std::nullopt;
    return n;
}

bool decode_into(std::string_view payload, core::SourceId source, std::size_t fact_count,
                 core::Measure* out, std::vector<AknRef>& akn, core::BumpArena* facts_arena) {
    Reader r(payload, source);
    std::uint32_t n = 0;
    if (!r.count(n, 32)) return false;
    std::string akn_path;
    for (std::uint32_t i = 0; i < n && r.ok(); ++i) {
        core::Measure& m = out[i];
        if (r.u32() != kMeasureTag) return false;
        r.str(m.id);
        m.span = r.span();
        r.str(m.jurisdiction);
        r.str(m.title);
        r.str(m.cite);
        auto wording = r.pod<std::uint8_t>();
        if (wording > static_cast<std::uint8_t>(core::Wording::paraphrase)) return false;
        m.wording = static_cast<core::Wording>(wording);
        m.in_force = get_date(r);
        m.until = get_date(r);
        r.str(m.eid);
        m.eid_span = r.span();
        m.document = r.u32();
        std::uint32_t facts = 0;
        if (!r.count(facts, 13)) return false;
        m.facts = core::FactList(facts, core::ArenaAllocator<core::FactValue>(facts_arena));
        for (core::FactValue& f : m.facts) {
            f.fact = r.u32();
            if (f.fact >= fact_count || !get_value(r, f.value)) return false;
            f.at = r.span();
        }
        std::uint32_t expects = 0;
        if (!r.count(expects, 13)) return false;
        m.expects.resize(expects);
        for (core::MeasureExpect& e : m.expects) {
            r.str(e.provision);
            auto outcome = r.pod<std::uint8_t>();
            if (outcome > static_cast<std::uint8_t>(core::Outcome::contested)) return false;
            e.outcome = static_cast<core::Outcome>(outcome);
            e.span = r.span();
        }
        if (std::uint32_t affects = r.u32(); affects != core::kNone) {
            if (affects > 1024) return false;  // more than there are states: a corrupt entry
            m.affects.emplace(affects);
            for (std::string& s : *m.affects) r.str(s);
        }
        m.affects_span = r.span();
        r.str(akn_path);
        core::SourceSpan akn_span = r.span();
        if (!akn_path.empty()) akn.push_back({i, source, std::move(akn_path), akn_span});
        akn_path.clear();
    }
    return r.ok() && r.at_end();
}

std::uint64_t checksum(std::string_view data) {
    // Word-at-a-time multiply-xorshift in four independent lanes (the CPU overlaps their
    // multiplies: ~4x one lane), then folded; every byte and its position affect the result.
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    auto mix = [](std::uint64_t h, std::uint64_t w) {
        h = (h ^ w) * kMul;
        return h ^ (h >> 29);
    };
    auto word = [&](std::size_t at) {
        std::uint64_t w;
        std::memcpy(&w, data.data() + at, 8);
        return w;
    };
    std::uint64_t lane[4] = {0x243F6A8885A308D3ull ^ data.size(), 0x13198A2E03707344ull,
                             0xA4093822299F31D0ull, 0x082EFA98EC4E6C89ull};
    std::size_t i = 0;
    for (; i + 32 <= data.size(); i += 32) {
        for (std::size_t k = 0; k < 4; ++k) lane[k] = mix(lane[k], word(i + 8 * k));
    }
    std::uint64_t h = lane[0];
    for (std::size_t k = 1; k < 4; ++k) h = mix(h, lane[k]);
    for (; i + 8 <= data.size(); i += 8) h = mix(h, word(i));
    std::uint64_t tail = 0;
    std::memcpy(&tail, data.data() + i, data.size() - i);
    h = (h ^ tail) * kMul;
    h ^= h >> 32;
    return h;
}

}  // namespace lexcheck::parser::detail
