// The corpus cache's payloads (parser/corpus/src/cache/codec.*): a measure file round-trips
// member by member through the measure schema, and a payload whose values no measure file
// could give (found by fuzzing: a NaN number) is refused, so the file is parsed again.
#include "cache/codec.hpp"
#include "cache/image.hpp"
#include "measure_file_diff.hpp"
#include "measure_test_support.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace lexcheck::test {
namespace {

namespace detail = parser::detail;

const core::Schema& schema() {
    static const core::Schema s = migration_schema();
    return s;
}

/// `payload` decoded, or nullopt when it is refused
std::optional<parser::MeasureFile> decode(const std::string& payload) {
    auto count = detail::measure_count(payload);
    if (!count) return std::nullopt;
    parser::MeasureFile out;
    out.measures.resize(*count);
    std::vector<detail::AknRef> akn;
    if (!detail::decode_into(payload, 1, detail::fact_shapes(schema()), out.measures.data(), akn))
        return std::nullopt;
    out.akn_paths.resize(*count);
    out.akn_spans.resize(*count);
    for (detail::AknRef& a : akn) {
        out.akn_paths[a.measure] = a.path;
        out.akn_spans[a.measure] = a.span;
    }
    return out;
}

parser::MeasureFile every_key_and_type() {
    auto p = parse_measures(R"yaml(document:
  title: "Law"
  jurisdiction: RU
  akn: law.akn.xml
measures:
  - id: m1
    cite: "Article 1"
    wording: paraphrase
    eId: art_1
    in_force: 2014-01-13
    until: 2030-01-01
    facts:
      kind: expulsion
      applies_to: [foreign_national, eaeu_worker]
      mandatory: true
      trigger: {offence_count: 2, window: 3y, offence_scope: criminal}
      decision.date: 2020-02-29
      fine.ratio: 0.5
      note: "a note"
      origin_state: KZ
    expect:
      p.one: violation
      "p.two under p.two.narrow": contested
    affects: [KZ, AM]
  - id: m2
    affects: []
    akn: other.akn.xml
)yaml");
    EXPECT_FALSE(p->sink.has_errors());
    return std::move(p->result);
}

TEST(CacheCodec, EveryKeyAndFactTypeRoundTrips) {
    parser::MeasureFile file = every_key_and_type();
    std::string payload;
    detail::encode(file, {}, payload);
    auto back = decode(payload);
    ASSERT_TRUE(back);
    EXPECT_EQ(testing::measure_file_diff(file, *back), "");
}

/// `file` with the value of its first measure's fact `path` replaced by `value`, encoded
std::string with_value(const char* path, core::Value value) {
    parser::MeasureFile file = every_key_and_type();
    for (core::FactValue& f : file.measures[0].facts) {
        if (f.fact == *schema().find_fact(path)) f.value = std::move(value);
    }
    std::string payload;
    detail::encode(file, {}, payload);
    return payload;
}

TEST(CacheCodec, RefusesValuesNoMeasureFileCouldGive) {
    core::Value nan = core::make_number(std::numeric_limits<double>::quiet_NaN());
    core::Value set = core::make_set({0, 1});
    set.members = {1, 0};  // unsorted
    struct Case {
        const char* what;
        const char* fact;
        core::Value value;
    };
    for (const Case& c :
         {Case{"a NaN number (found by fuzzing)", "fine.ratio", nan},
          Case{"an infinite number", "fine.ratio",
               core::make_number(std::numeric_limits<double>::infinity())},
          Case{"an enum value beyond the enum", "kind", core::make_enum(3)},
          Case{"a set member beyond the enum", "applies_to", core::make_set({9})},
          Case{"an unsorted set", "applies_to", set},
          Case{"a bool that is neither", "mandatory",
               [] {
                   core::Value v = core::make_bool(true);
                   v.integer = 2;
                   return v;
               }()},
          Case{"a state that is no state code", "origin_state",
               [] {
                   core::Value v = core::make_state("KZ");
                   v.text = "kz";
                   return v;
               }()},
          Case{"a negative duration", "trigger.window", core::make_duration_value(-1)},
          Case{"a value of another type", "note", core::make_int(2)}}) {
        EXPECT_FALSE(decode(with_value(c.fact, c.value))) << c.what;
    }
}

TEST(CacheCodec, RefusesAFactIndexOutsideTheVocabulary) {
    parser::MeasureFile file = every_key_and_type();
    file.measures[0].facts[0].fact = static_cast<std::uint32_t>(schema().facts().size());
    std::string payload;
    detail::encode(file, {}, payload);
    EXPECT_FALSE(decode(payload));
}

TEST(CacheCodec, RefusesARecordWhoseFlagsMisstateItsOtherMembers) {
    // The flags word of a record (image.cpp's RawRecord: the 7th of its 32-bit fields) says
    // whether the measure has `affects`, `replaces`, `repeals`, an `eId`, `expect`s and a `cite`,
    // so that commands can skip measures without building them; a flag that is not so is refused.
    // m1 has affects (4), an eId (32), expects (64), a cite (128) and an `akn:` (256, its
    // file's); m2 has affects and an `akn:` of its own.
    std::string payload;
    detail::encode(every_key_and_type(), {}, payload);
    ASSERT_TRUE(decode(payload));
    constexpr std::size_t kHeader = 16, kRecord = 52, kFlagsAt = 24;
    for (std::size_t record : {0u, 1u}) {
        for (unsigned bit : {4u, 8u, 16u, 32u, 64u, 128u, 256u}) {
            std::string damaged = payload;
            char* flags = damaged.data() + kHeader + record * kRecord + kFlagsAt;
            std::uint32_t word = 0;
            std::memcpy(&word, flags, 4);
            word ^= bit;
            std::memcpy(flags, &word, 4);
            EXPECT_FALSE(decode(damaged)) << "record " << record << ", flag " << bit;
        }
    }
}

/// The 32-bit field at `at` of `payload`
std::uint32_t field(const std::string& payload, std::size_t at) {
    std::uint32_t v = 0;
    std::memcpy(&v, payload.data() + at, 4);
    return v;
}

// LXCACHE8: a record that quotes begins its other members with its eId and the eId's span, so
// that loading looks the eId up in the document (and the source lock reads it) without
// building the measure (Image::quote).
TEST(CacheCodec, AQuotingRecordHoldsItsEidAheadOfItsOtherMembers) {
    const parser::MeasureFile file = every_key_and_type();
    std::string payload;
    detail::encode(file, {}, payload);
    std::vector<detail::AknRef> akn;
    auto image = detail::Image::open(payload, detail::fact_shapes(schema()), 1, akn);
    ASSERT_TRUE(image);
    EXPECT_TRUE(image->head(0).quotes);
    EXPECT_FALSE(image->head(1).quotes);
    const core::MeasureQuote quoting = image->quote(0), plain = image->quote(1);
    EXPECT_EQ(quoting.eid, "art_1");
    EXPECT_EQ(quoting.eid_span, file.measures[0].eid_span);
    EXPECT_NE(quoting.eid_span, core::SourceSpan{});
    EXPECT_EQ(plain.eid, "");
    EXPECT_EQ(plain.eid_span, core::SourceSpan{});
}

TEST(CacheCodec, AnEmptyEidKeepsItsSpan) {
    auto p = parse_measures(
        "document: {jurisdiction: RU, akn: law.akn.xml}\nmeasures:\n"
        "  - id: m1\n    eId: \"\"\n");
    ASSERT_FALSE(p->sink.has_errors());
    ASSERT_NE(p->result.measures.at(0).eid_span, core::SourceSpan{});
    std::string payload;
    detail::encode(p->result, {}, payload);
    auto back = decode(payload);
    ASSERT_TRUE(back);
    EXPECT_EQ(testing::measure_file_diff(p->result, *back), "");
    std::vector<detail::AknRef> akn;
    auto image = detail::Image::open(payload, detail::fact_shapes(schema()), 1, akn);
    ASSERT_TRUE(image);
    EXPECT_FALSE(image->head(0).quotes) << "an empty eId quotes nothing, as when read";
    EXPECT_EQ(image->quote(0).eid_span, p->result.measures[0].eid_span);
}

TEST(CacheCodec, RefusesAQuoteThatDoesNotFitItsRecord) {
    std::string payload;
    detail::encode(every_key_and_type(), {}, payload);
    // Header 16 bytes (fact count at 4, path count at 12), records of 52 (rest offset at 44,
    // length at 48), facts of 16, where each was written of 16, paths of 16, then the pool,
    // where record 0's rest begins with its eId's length.
    const std::size_t pool = 16 + 2 * 52 + std::size_t{field(payload, 4)} * (16 + 16) +
                             std::size_t{field(payload, 12)} * 16;
    const std::size_t quote = pool + field(payload, 16 + 44);
    const std::uint32_t rest_len = field(payload, 16 + 48);
    ASSERT_EQ(field(payload, quote), 5u);  // "art_1"
    for (std::uint32_t len : {rest_len - 15, rest_len, 0xFFFFFFFFu}) {
        std::string damaged = payload;
        std::memcpy(damaged.data() + quote, &len, 4);
        EXPECT_FALSE(decode(damaged)) << len;
    }
}

// LXCACHE9: each distinct `akn:` path is stored once, in a table of paths the records refer to
// by index, and a record whose other members are all defaults stores none of them. A file of
// measures that quote an element of their file's document (as every shipped measure does)
// stores, per measure, its quote, its eId and a 4-byte index: before, the path and the default
// encoding of every other member (55 bytes and the path) were stored with each record.
TEST(CacheCodec, StoresEachAknPathOnceAndNoDefaultMembers) {
    std::string yaml = "document: {jurisdiction: RU, akn: law.akn.xml}\nmeasures:\n";
    for (int i = 1; i <= 40; ++i)
        yaml += "  - id: m" + std::to_string(i) + "\n    eId: art_" + std::to_string(i) + "\n";
    yaml += "  - id: own\n    akn: other.akn.xml\n  - id: same\n    akn: other.akn.xml\n";
    auto p = parse_measures(yaml);
    ASSERT_FALSE(p->sink.has_errors());
    std::string payload;
    detail::encode(p->result, {}, payload);
    auto back = decode(payload);
    ASSERT_TRUE(back);
    EXPECT_EQ(testing::measure_file_diff(p->result, *back), "");

    auto occurrences = [&](std::string_view text) {
        std::size_t n = 0;
        for (auto at = payload.find(text); at != std::string::npos; at = payload.find(text, at + 1))
            ++n;
        return n;
    };
    EXPECT_EQ(occurrences("law.akn.xml"), 1u);
    EXPECT_EQ(occurrences("other.akn.xml"), 1u) << "one text for two spans";
    // The document's path with its span, then `other.akn.xml` at each of its two spans.
    EXPECT_EQ(field(payload, 12), 3u) << "paths in the table";
    for (std::uint32_t r = 0; r < 40; ++r) {
        const std::size_t eid_len = p->result.measures[r].eid.size();
        EXPECT_EQ(field(payload, 16 + r * 52 + 48), 12 + eid_len + 4)
            << "record " << r << ": its quote, its eId and its path's index only";
    }
    EXPECT_EQ(field(payload, 16 + 40 * 52 + 48), 4u) << "an `akn:` and nothing else: an index";
    // Each record: 52 bytes, 16 bytes of its (id, jurisdiction) texts at most, and its rest.
    EXPECT_LT(payload.size(), 16 + 42 * (52 + 16) + 40 * (12 + 6 + 4) + 3 * 16 + 30);
}

TEST(CacheCodec, RefusesAPathIndexOrAPathOutsideItsTable) {
    std::string payload;
    detail::encode(every_key_and_type(), {}, payload);
    ASSERT_TRUE(decode(payload));
    const std::uint32_t paths = field(payload, 12);
    ASSERT_EQ(paths, 2u);  // law.akn.xml (the document's), other.akn.xml (m2's own)
    const std::size_t table = 16 + 2 * 52 + std::size_t{field(payload, 4)} * (16 + 16);
    const std::size_t pool = table + paths * 16;
    // m2's rest is its path's index, then its other members (it has `affects`).
    const std::size_t index = pool + field(payload, 16 + 52 + 44);
    ASSERT_EQ(field(payload, index), 1u);
    for (std::uint32_t bad : {2u, 0xFFFFFFFFu}) {
        std::string damaged = payload;
        std::memcpy(damaged.data() + index, &bad, 4);
        EXPECT_FALSE(decode(damaged)) << "index " << bad;
    }
    const std::uint32_t pool_size = field(payload, 8);
    for (std::uint32_t at : {0u, 4u}) {  // the path's offset, then its length
        std::string damaged = payload;
        const std::uint32_t beyond = pool_size + 1;
        std::memcpy(damaged.data() + table + 16 + at, &beyond, 4);
        EXPECT_FALSE(decode(damaged)) << "field " << at;
    }
    std::string one_more = payload;  // the table says it holds more paths than it does
    const std::uint32_t more = paths + 1;
    std::memcpy(one_more.data() + 12, &more, 4);
    EXPECT_FALSE(decode(one_more));
}

// LXCACHEA: the line and column of every fact's value are stored beside the facts, as
// SourceManager::line_col answers them (columns in UTF-8 characters, CRLF line ends), so that
// the JSON report of a warm run need not index the lines of the measure files (issue 20).
TEST(CacheCodec, StoresWhereEachFactWasWritten) {
    auto p = parse_measures(
        "document: {jurisdiction: RU}\r\nmeasures:\r\n"
        "  - id: m1\r\n    facts: {note: \"жж ü\", kind: expulsion, mandatory: true}\r\n"
        "  - id: m2\r\n    facts:\r\n      kind: expulsion\r\n      note: \"é\"\r\n");
    ASSERT_FALSE(p->sink.has_errors());
    std::string payload;
    detail::encode(p->result, p->sources.text(p->file), payload);
    std::vector<detail::AknRef> akn;
    auto image = detail::Image::open(payload, detail::fact_shapes(schema()), p->file, akn);
    ASSERT_TRUE(image);
    std::vector<core::FactPosition> at;
    std::size_t seen = 0, past_multibyte = 0;
    for (std::uint32_t r = 0; r < image->size(); ++r) {
        image->fact_positions(r, at);
        const core::FactList& facts = p->result.measures[r].facts;
        ASSERT_EQ(at.size(), facts.size()) << r;
        for (std::size_t i = 0; i < facts.size(); ++i, ++seen) {
            const core::LineCol want = p->sources.line_col(p->file, facts[i].at.begin);
            EXPECT_EQ(at[i].fact, facts[i].fact);
            EXPECT_EQ(at[i].offset, facts[i].at.begin);
            EXPECT_EQ(at[i].at.line, want.line) << r << " " << i;
            EXPECT_EQ(at[i].at.column, want.column) << r << " " << i;
            const std::uint32_t line_start = p->sources.offset_of(p->file, want.line, 1);
            if (facts[i].at.begin - line_start + 1 > want.column) ++past_multibyte;
        }
    }
    EXPECT_EQ(seen, 5u);
    EXPECT_EQ(past_multibyte, 2u) << "kind and mandatory follow `жж ü` on their line";
}

// A position no file has (line or column 0) is not given out: the report then finds the
// position in the file. (Damage is the checksum's to catch; this is a forged entry.)
TEST(CacheCodec, GivesNoPositionNoFileCouldHave) {
    std::string payload;
    detail::encode(every_key_and_type(), {}, payload);
    const std::uint32_t facts = field(payload, 4);
    ASSERT_GT(facts, 1u);
    // Where each fact was written follows the facts (16 bytes each): span, line, column.
    const std::size_t positions = 16 + 2 * 52 + std::size_t{facts} * 16 + 8;
    ASSERT_EQ(field(payload, positions), 1u) << "line 1: no text was given";
    const std::uint32_t zero = 0;
    const std::vector<detail::FactShape> shapes = detail::fact_shapes(schema());
    for (std::size_t at : {positions, positions + 4, positions + (facts - 1) * 16 + 4}) {
        std::string damaged = payload;
        std::memcpy(damaged.data() + at, &zero, 4);
        std::vector<detail::AknRef> akn;
        auto image = detail::Image::open(damaged, shapes, 1, akn);
        ASSERT_TRUE(image) << "the facts themselves are sound";
        std::vector<core::FactPosition> kept;
        EXPECT_FALSE(image->fact_positions(0, kept)) << at;
    }
    std::vector<detail::AknRef> akn;
    auto image = detail::Image::open(payload, shapes, 1, akn);
    ASSERT_TRUE(image);
    std::vector<core::FactPosition> kept;
    EXPECT_TRUE(image->fact_positions(0, kept));
    EXPECT_EQ(kept.size(), std::size_t{facts}) << "every fact is the first measure's";
}

}  // namespace
}  // namespace lexcheck::test
