// The members of a measure that an image's record does not hold (image.cpp): the keys of
// the measure schema (lexcheck/parser/measure_schema.hpp) other than the record's, in the
// order of the schema, each value followed by its span where the key has one. A new key
// changes the format with no edit here.
#include "cache/codec.hpp"

#include "lexcheck/core/hash.hpp"
#include "lexcheck/parser/measure_schema.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <type_traits>

#include <unistd.h>

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

/// Decodes the members of one measure. A `get` is false for a value no measure file could
/// give. A payload that ends early fails the Reader, whose every later read then gives zero:
/// decode_rest checks that once, not after every member.
class Decoder {
public:
    explicit Decoder(Reader& r) : r_(r) {}

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

    Reader& r_;
};

// The members an image's record holds itself (image.cpp), not in its rest: the facts (a
// type of their own, so known when compiling), the strings and dates below, and what the
// rest's prefix holds: the `eId`, with its span, in the quote of a record that quotes, and
// StatedMeasure's `akn` in the image's table of paths
template <class Key>
constexpr bool kHoldsFacts =
    std::is_same_v<typename std::remove_cvref_t<Key>::ValueType::Stored, core::FactList>;
template <class Member>
struct OwnerOf;
template <class T, class O>
struct OwnerOf<T O::*> {
    using type = O;
};
template <class Key>
constexpr bool kInTable =
    std::is_same_v<typename OwnerOf<decltype(std::remove_cvref_t<Key>::value)>::type,
                   StatedMeasure>;
// The table of paths holds the one key StatedMeasure adds (`akn`); another such key would be
// left out of the cache silently, so it must find a place first.
static_assert(
    [] {
        std::size_t n = 0;
        schema::for_each_key([&](const auto& key, auto) { n += kInTable<decltype(key)>; });
        return n;
    }() == 1,
    "a key of StatedMeasure other than `akn` needs a place in the cache's image");
template <class T>
bool in_record(T core::Measure::*member) {
    if constexpr (std::is_same_v<T, std::string>) {
        return member == &core::Measure::id || member == &core::Measure::jurisdiction ||
               member == &core::Measure::eid;
    } else if constexpr (std::is_same_v<T, std::optional<core::Date>>) {
        return member == &core::Measure::in_force || member == &core::Measure::until;
    } else {
        return false;
    }
}

}  // namespace

void encode_rest(const core::Measure& m, std::string& out) {
    Writer w(out);
    schema::for_each_key([&](const auto& key, auto) {
        if constexpr (!kHoldsFacts<decltype(key)> && !kInTable<decltype(key)>) {
            if (in_record(key.value)) return;
            put(w, m.*key.value);
            if (key.span) put(w, m.*key.span);
        }
    });
}

bool decode_rest(std::string_view bytes, core::SourceId source, core::Measure& m) {
    Reader r(bytes, source);
    Decoder decoder(r);
    bool ok = true;
    schema::for_each_key([&](const auto& key, auto) {
        if constexpr (!kHoldsFacts<decltype(key)> && !kInTable<decltype(key)>) {
            if (in_record(key.value)) return;
            ok = ok && decoder.get(m.*key.value);
            if (key.span) ok = ok && decoder.get(m.*key.span);
        }
    });
    return ok && r.ok() && r.at_end();
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

namespace {

/// Reads `n` bytes of `fd` at `at` into `into`; false when they cannot all be read
bool read_at(int fd, char* into, std::size_t n, std::size_t at) {
    for (std::size_t got = 0; got < n;) {
        const ssize_t r = ::pread(fd, into + got, n - got, static_cast<off_t>(at + got));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        got += static_cast<std::size_t>(r);
    }
    return true;
}

}  // namespace

std::optional<std::uint64_t> checksum(std::string_view payload, PayloadPart apart, int fd,
                                      std::size_t payload_at) {
    std::uint64_t sum = core::hash_bytes(payload.substr(0, apart.offset));
    std::unique_ptr<char[]> piece;  // not zero-filled: a warm run checks every entry
    if (fd != -1 && apart.size > 0) piece = std::make_unique_for_overwrite<char[]>(kChecksumPiece);
    for (std::size_t done = 0; done < apart.size;) {
        const std::size_t want = std::min(kChecksumPiece, apart.size - done);
        std::string_view bytes = payload.substr(apart.offset + done, want);
        if (fd != -1) {
            if (!read_at(fd, piece.get(), want, payload_at + apart.offset + done))
                return std::nullopt;
            bytes = {piece.get(), want};
        }
        sum = core::detail::hash_step(sum, core::hash_bytes(bytes));
        done += want;
    }
    const std::string_view after = payload.substr(apart.offset + apart.size);
    return core::detail::hash_step(sum, core::hash_bytes(after));
}

}  // namespace lexcheck::parser::detail
