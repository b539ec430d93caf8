// Writing the image of a measure file (image.hpp, image_layout.hpp): records, facts, the
// table of paths and the pool.
#include "cache/image.hpp"
#include "cache/image_layout.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <map>
#include <string_view>
#include <tuple>
#include <vector>

namespace lexcheck::parser::detail {

using namespace layout;

namespace {

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

/// line:col of every fact of a file, in the order encode() writes them, as core::line_col_at
/// answers them: found in one pass over the text in the order of their offsets (a search and
/// a count from the line's start per fact would read a file on one line, minified JSON, once
/// per fact)
std::vector<RawPosition> fact_positions(std::string_view text, const MeasureFile& file) {
    std::vector<std::uint64_t> order;  // offset << 32 | the fact's place in the file
    for (const core::Measure& m : file.measures) {
        for (const core::FactValue& f : m.facts)
            order.push_back(std::uint64_t{f.at.begin} << 32 | order.size());
    }
    std::sort(order.begin(), order.end());
    std::vector<RawPosition> out(order.size());
    RawPosition now{1, 1};
    std::size_t i = 0;
    for (std::uint64_t key : order) {
        const std::size_t end = std::min<std::size_t>(key >> 32, text.size());
        while (const void* newline =
                   i < end ? std::memchr(text.data() + i, '\n', end - i) : nullptr) {
            i = static_cast<std::size_t>(static_cast<const char*>(newline) - text.data()) + 1;
            now = {now.line + 1, 1};
        }
        std::uint32_t characters = 0;  // UTF-8 continuation bytes are no column of their own
        for (; i < end; ++i) characters += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        now.column += characters;
        out[static_cast<std::uint32_t>(key)] = now;
    }
    return out;
}

/// The table of paths of an image being written: each distinct (path, span) once, each
/// distinct path's text once in the pool
class PathTable {
public:
    std::uint32_t add(const std::string& path, const core::SourceSpan& span, std::string& pool) {
        auto [text, new_text] = texts_.try_emplace(path);
        if (new_text) text->second = add_text(pool, path);
        auto [at, fresh] = index_.try_emplace({text->second, span.begin, span.end},
                                              static_cast<std::uint32_t>(index_.size()));
        if (fresh) {
            append(table_, RawPath{static_cast<std::uint32_t>(text->second >> 32),
                                   static_cast<std::uint32_t>(text->second), span.begin, span.end});
        }
        return at->second;
    }
    std::uint32_t size() const { return static_cast<std::uint32_t>(index_.size()); }
    const std::string& bytes() const { return table_; }

private:
    std::map<std::string, std::uint64_t, std::less<>> texts_;  ///< Pooled offset and length
    std::map<std::tuple<std::uint64_t, std::uint32_t, std::uint32_t>, std::uint32_t> index_;
    std::string table_;
};

}  // namespace

void encode(const MeasureFile& file, std::string_view text, std::string& out) {
    const std::vector<RawPosition> fact_at = fact_positions(text, file);
    std::string records, facts, where, pool, rest, members, no_members;
    encode_rest(core::Measure{}, no_members);
    PathTable paths;
    std::uint32_t fact_count = 0;
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
        for (std::uint32_t k = 0; k < rec.facts_count; ++k) {
            append(facts, raw_fact(m.facts[k], pool));
            append(where,
                   RawWhere{m.facts[k].at.begin, m.facts[k].at.end, fact_at[rec.facts_first + k]});
        }
        static const std::string no_path;
        const std::string& akn = i < file.akn_paths.size() ? file.akn_paths[i] : no_path;
        const core::SourceSpan akn_span =
            i < file.akn_spans.size() ? file.akn_spans[i] : core::SourceSpan{};
        rest.clear();
        if (gives_eid(m)) {
            append(rest, RawQuote{static_cast<std::uint32_t>(m.eid.size()), m.eid_span.begin,
                                  m.eid_span.end});
            rest += m.eid;
        }
        if (gives_akn(akn, akn_span)) {
            rec.flags |= kAkn;
            append(rest, paths.add(akn, akn_span, pool));
        }
        members.clear();
        encode_rest(m, members);
        if (members != no_members) rest += members;  // most measures give none of them
        if (!rest.empty()) {
            rec.rest_off = static_cast<std::uint32_t>(pool.size());
            rec.rest_len = static_cast<std::uint32_t>(rest.size());
            pool += rest;
        }
        append(records, rec);
    }
    append(out, static_cast<std::uint32_t>(file.measures.size()));
    append(out, fact_count);
    append(out, static_cast<std::uint32_t>(pool.size()));
    append(out, paths.size());
    out += records;
    out += facts;
    out += where;
    out += paths.bytes();
    out += pool;
}

}  // namespace lexcheck::parser::detail
