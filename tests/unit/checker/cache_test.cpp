// The compiled corpus cache: entries round-trip exactly, and a stale, truncated or corrupted
// entry is detected and rebuilt, never trusted.
#include "lexcheck/parser/cache.hpp"

#include "resident_memory.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <span>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace lexcheck;

constexpr const char* kRules = R"(
instrument t "T" { kind treaty origin universal in_force 2000-01-01 party RU from 2000-01-01 }
vocabulary v {
  enum measure_kind { entry_ban, expulsion }
  enum person { eaeu_worker, family_member }
  fact kind : measure_kind "kind"
  fact applies_to : set<person> "who"
  fact ban.duration : duration "how long"
  fact fee : number "fee"
  fact note : text "note"
}
provision t.p { of t cite "1" text "1" prohibits applies_to has eaeu_worker }
)";

constexpr const char* kMeasures = R"(document:
  jurisdiction: RU
measures:
  - id: c1
    cite: "Art 1"
    wording: translation
    in_force: 2010-01-01
    until: 2030-01-01
    facts:
      kind: entry_ban
      applies_to: [eaeu_worker, family_member]
      ban.duration: 3y
      fee: 12.5
      note: "a note"
    expect:
      t.p: violation
  - id: c2
    facts:
      kind: expulsion
)";

class CorpusCacheTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("lexcheck_cache_test_" + std::to_string(::getpid()));
        fs::create_directories(dir_ / "rules");
        fs::create_directories(dir_ / "corpus");
        std::ofstream(dir_ / "rules/r.lex") << kRules;
        std::ofstream(dir_ / "corpus/m.yaml") << kMeasures;
        core::DiagnosticSink sink;
        parser::load_rule_set({(dir_ / "rules").string()}, sources_, rules_, sink);
        ASSERT_FALSE(sink.has_errors());
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string cache_dir() const { return (dir_ / "cache").string(); }

    /// One load through a cache of its own, which writes every entry
    void fill_cache() {
        parser::CorpusCache first(cache_dir(), rules_.schema);
        load(&first);
    }

    core::Corpus load(const parser::CorpusCache* cache) {
        core::Corpus corpus;
        core::DiagnosticSink sink;
        parser::load_corpus({(dir_ / "corpus").string()}, rules_.schema, sources_, corpus, sink, 1,
                            cache);
        EXPECT_FALSE(sink.has_errors());
        codes_.clear();
        for (const core::Diagnostic& d : sink.take()) codes_.push_back(d.code);
        return corpus;
    }

    /// The only entry file in the cache
    fs::path entry() const {
        for (const auto& e : fs::recursive_directory_iterator(cache_dir())) {
            if (e.is_regular_file() && e.path().extension() == ".lxc") return e.path();
        }
        return {};
    }

    fs::path dir_;
    std::vector<std::string> codes_;  ///< Of the last load's diagnostics
    core::SourceManager sources_;
    core::RuleSet rules_;
};

void expect_same(const core::Corpus& a, const core::Corpus& b) {
    ASSERT_EQ(a.measures.size(), b.measures.size());
    for (std::size_t i = 0; i < a.measures.size(); ++i) {
        const core::Measure& x = a.measures[i];
        const core::Measure& y = b.measures[i];
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.span.begin, y.span.begin);
        EXPECT_EQ(x.span.end, y.span.end);
        EXPECT_EQ(x.jurisdiction, y.jurisdiction);
        EXPECT_EQ(x.cite, y.cite);
        EXPECT_EQ(x.wording, y.wording);
        EXPECT_EQ(x.in_force, y.in_force);
        EXPECT_EQ(x.until, y.until);
        ASSERT_EQ(x.facts.size(), y.facts.size());
        for (std::size_t k = 0; k < x.facts.size(); ++k) {
            EXPECT_EQ(x.facts[k].fact, y.facts[k].fact);
            EXPECT_TRUE(x.facts[k].value == y.facts[k].value);
            EXPECT_EQ(x.facts[k].at.begin, y.facts[k].at.begin);
            EXPECT_EQ(x.facts[k].at.end, y.facts[k].at.end);
        }
        ASSERT_EQ(x.expects.size(), y.expects.size());
        for (std::size_t k = 0; k < x.expects.size(); ++k) {
            EXPECT_EQ(x.expects[k].provision, y.expects[k].provision);
            EXPECT_EQ(x.expects[k].outcome, y.expects[k].outcome);
        }
    }
}

TEST_F(CorpusCacheTest, SecondLoadIsAnsweredFromTheCacheWithTheSameMeasures) {
    core::Corpus plain = load(nullptr);
    parser::CorpusCache first(cache_dir(), rules_.schema);
    core::Corpus filled = load(&first);
    EXPECT_EQ(first.misses(), 1u);
    parser::CorpusCache second(cache_dir(), rules_.schema);
    core::Corpus cached = load(&second);
    EXPECT_EQ(second.hits(), 1u);
    expect_same(filled, plain);
    expect_same(cached, plain);
    // Spans of cached measures point into this run's copy of the file.
    EXPECT_EQ(sources_.slice(cached.measures[0].span), "c1");
}

TEST_F(CorpusCacheTest, AWarmCorpusIsReadInPlaceAndBuildsOnlyTheMeasuresAskedFor) {
    core::Corpus plain = load(nullptr);
    fill_cache();
    parser::CorpusCache second(cache_dir(), rules_.schema);
    core::Corpus cached = load(&second);
    ASSERT_EQ(second.hits(), 1u);
    ASSERT_EQ(cached.measures.size(), 2u);
    EXPECT_EQ(cached.measures.built(), 0u) << "loading builds no measure";
    EXPECT_EQ(cached.measures.head(1).id, "c2");
    EXPECT_EQ(cached.measures.head(0).jurisdiction, "RU");
    // What `test`, `lint` and the source lock pick measures by, building no other, as from the
    // file. (A measure that quotes an element, `eId`, is WarmCommands.TheSourceLock…'s.)
    for (std::size_t i = 0; i < 2; ++i) {
        const core::MeasureHead warm = cached.measures.head(i), cold = plain.measures.head(i);
        EXPECT_EQ(warm.quotes, cold.quotes) << i;
        EXPECT_EQ(warm.has_expects, cold.has_expects) << i;
        EXPECT_EQ(warm.has_cite, cold.has_cite) << i;
    }
    EXPECT_TRUE(cached.measures.head(0).has_expects && cached.measures.head(0).has_cite);   // c1
    EXPECT_FALSE(cached.measures.head(1).has_expects || cached.measures.head(1).has_cite);  // c2
    EXPECT_EQ(cached.measures.built(), 0u) << "heads are read in place";

    // Checking reads the records where they lie; listing nothing builds nothing.
    checker::CheckOptions options;
    options.as_of = *core::parse_date("2024-01-01");
    options.only = {core::Outcome::contested};
    checker::CheckResult none = checker::check(rules_, cached, sources_, options);
    EXPECT_EQ(none.summary.violation, 1u);
    EXPECT_EQ(cached.measures.built(), 0u);

    // The same findings as from the file, and only the measure a finding names is built.
    options.only = {core::Outcome::violation};
    options.with_trace = true;
    checker::CheckResult warm = checker::check(rules_, cached, sources_, options);
    checker::CheckResult cold = checker::check(rules_, plain, sources_, options);
    ASSERT_EQ(warm.findings.size(), 1u);
    ASSERT_EQ(cold.findings.size(), 1u);
    EXPECT_EQ(warm.findings[0].measure, cold.findings[0].measure);
    EXPECT_EQ(warm.findings[0].trace.size(), cold.findings[0].trace.size());
    EXPECT_EQ(cached.measures.built(), 0u) << "checking alone builds nothing";
    expect_same(cached, plain);  // reads every measure: builds them
    EXPECT_EQ(cached.measures.built(), 2u);

    // A copy outlives the corpus and its mapping.
    core::Measure copy = cached.measures[0];
    cached = core::Corpus{};
    core::Corpus alone, parsed;
    alone.measures.push_back(copy);
    parsed.measures.push_back(plain.measures[0]);
    expect_same(alone, parsed);
}

// LXCACHEA: a warm corpus tells where each fact of a record was written (the JSON report's
// positions), as the file's line index would; a corpus read from the files keeps no positions.
TEST_F(CorpusCacheTest, AWarmCorpusTellsWhereEachFactWasWritten) {
    core::Corpus plain = load(nullptr);
    fill_cache();
    parser::CorpusCache second(cache_dir(), rules_.schema);
    core::Corpus cached = load(&second);
    ASSERT_EQ(second.hits(), 1u);
    std::vector<core::FactPosition> at;
    std::vector<core::FactValue> facts;
    std::size_t seen = 0;
    for (std::size_t i = 0; i < cached.measures.size(); ++i) {
        EXPECT_TRUE(plain.measures.fact_positions(i, at).empty()) << "objects keep none";
        const std::span<const core::FactValue> stated = cached.measures.facts(i, facts);
        const std::span<const core::FactPosition> kept = cached.measures.fact_positions(i, at);
        ASSERT_EQ(kept.size(), stated.size()) << i;
        for (std::size_t k = 0; k < kept.size(); ++k, ++seen) {
            const core::LineCol want = sources_.line_col(stated[k].at.file, stated[k].at.begin);
            EXPECT_EQ(kept[k].fact, stated[k].fact);
            EXPECT_EQ(kept[k].offset, stated[k].at.begin);
            EXPECT_EQ(kept[k].at.line, want.line);
            EXPECT_EQ(kept[k].at.column, want.column);
        }
    }
    EXPECT_EQ(seen, 6u);
    EXPECT_EQ(cached.measures.built(), 0u) << "read in place";
}

// Issue 20: a warm run that lists nothing reads the facts' values, never where they were
// written (LXCACHEB keeps spans, lines and columns apart from the values), and the cache
// neither maps those pages in nor reads them through its mapping (the checksum reads them from
// the file): 6 of a 100,000-measure run's 43 MB. Tracing reads them when it needs them.
TEST_F(CorpusCacheTest, AWarmRunThatListsNothingLeavesWhereFactsWereWrittenOnDisk) {
    {
        std::ofstream big(dir_ / "corpus/m.yaml");
        big << "document:\n  jurisdiction: RU\nmeasures:\n";
        for (int i = 0; i < 3000; ++i) {
            big << "  - id: m" << i
                << "\n    facts:\n      kind: " << (i % 2 ? "entry_ban" : "expulsion")
                << "\n      applies_to: [" << (i % 3 ? "eaeu_worker" : "family_member")
                << "]\n      fee: " << i << "\n";
        }
    }
    core::Corpus plain = load(nullptr);
    fill_cache();
    parser::CorpusCache second(cache_dir(), rules_.schema);
    core::Corpus cached = load(&second);
    ASSERT_EQ(second.hits(), 1u);
    checker::CheckOptions options;
    options.as_of = *core::parse_date("2024-01-01");
    options.only = {core::Outcome::contested};
    checker::CheckResult none = checker::check(rules_, cached, sources_, options);
    EXPECT_EQ(none.summary.violation, 2000u);

    const auto [resident, mapped] = test::resident_and_mapped_kb(entry().string());
    const std::size_t where_kb = 9000 * 16 / 1024;  // 9,000 facts, 16 bytes each
    ASSERT_GT(mapped, where_kb) << "the entry is mapped";
    EXPECT_LE(resident, mapped - where_kb + 8) << "where facts were written is not in memory";

    // Traced, the warm findings say where each fact was written, as the cold ones do.
    options.only = {core::Outcome::violation};
    options.with_trace = true;
    checker::CheckResult warm = checker::check(rules_, cached, sources_, options);
    checker::CheckResult cold = checker::check(rules_, plain, sources_, options);
    ASSERT_EQ(warm.findings.size(), 2000u);
    ASSERT_EQ(cold.findings.size(), 2000u);
    std::size_t reads = 0;
    for (std::size_t k = 0; k < warm.findings.size(); ++k) {
        ASSERT_EQ(warm.findings[k].trace.size(), cold.findings[k].trace.size()) << k;
        for (std::size_t t = 0; t < warm.findings[k].trace.size(); ++t) {
            const auto& w = warm.findings[k].trace[t].facts;
            const auto& c = cold.findings[k].trace[t].facts;
            ASSERT_EQ(w.size(), c.size());
            for (std::size_t f = 0; f < w.size(); ++f, ++reads) {
                EXPECT_EQ(w[f].at.begin, c[f].at.begin);
                EXPECT_EQ(w[f].at.end, c[f].at.end);
                // Each load reads the file anew (its own SourceId): the same text
                EXPECT_EQ(sources_.slice(w[f].at), sources_.slice(c[f].at));
                EXPECT_FALSE(sources_.slice(w[f].at).empty());
            }
        }
    }
    EXPECT_GE(reads, 2000u);
}

TEST_F(CorpusCacheTest, AWarmCorpusDropsRepeatedIdsAndSortsLikeAColdOne) {
    // n.yaml sorts after m.yaml but holds an id that goes first and one m.yaml used already.
    std::ofstream(dir_ / "corpus/n.yaml")
        << "document:\n  jurisdiction: KZ\nmeasures:\n  - id: a0\n  - id: c2\n  - id: c10\n";
    auto ids_and_codes = [&](const parser::CorpusCache* cache) {
        core::Corpus corpus;
        core::DiagnosticSink sink;  // the repeated id is an error
        parser::load_corpus({(dir_ / "corpus").string()}, rules_.schema, sources_, corpus, sink, 2,
                            cache);
        std::vector<std::string> out;
        for (const core::Measure& m : corpus.measures) out.push_back(m.id + "/" + m.jurisdiction);
        for (const core::Diagnostic& d : sink.take()) out.push_back(d.code);
        return out;
    };
    const std::vector<std::string> expected{"a0/KZ", "c1/RU", "c2/RU", "c10/KZ",
                                            "yaml_duplicate_measure"};
    EXPECT_EQ(ids_and_codes(nullptr), expected);
    parser::CorpusCache first(cache_dir(), rules_.schema);
    EXPECT_EQ(ids_and_codes(&first), expected);
    parser::CorpusCache second(cache_dir(), rules_.schema);
    EXPECT_EQ(ids_and_codes(&second), expected);
    EXPECT_EQ(second.hits(), 2u);
}

TEST_F(CorpusCacheTest, AWarmCorpusLinksVersionsBuildingOnlyTheVersionedMeasures) {
    // LANGUAGE.md §10: v2 replaces v1 from 2015; on 2020-01-01 only v2 is checked.
    std::ofstream(dir_ / "corpus/v.yaml")
        << "document:\n  jurisdiction: RU\nmeasures:\n"
           "  - id: v1\n    in_force: 2010-01-01\n    facts:\n      applies_to: [eaeu_worker]\n"
           "  - id: v2\n    replaces: v1\n    in_force: 2015-01-01\n"
           "    facts:\n      applies_to: [family_member]\n";
    checker::CheckOptions options;
    options.as_of = *core::parse_date("2020-01-01");
    auto checked = [&](const core::Corpus& corpus) {
        std::vector<std::string> out;
        for (const core::Finding& f : checker::check(rules_, corpus, sources_, options).findings)
            out.push_back(std::string(corpus.measures.head(f.measure).id) + " " +
                          std::string(core::outcome_name(f.outcome)));
        return out;
    };
    core::Corpus plain = load(nullptr);
    fill_cache();
    parser::CorpusCache second(cache_dir(), rules_.schema);
    core::Corpus cached = load(&second);
    ASSERT_EQ(second.hits(), 2u);
    EXPECT_EQ(cached.measures.built(), 2u) << "v1 and v2, to link them; no other";
    const std::vector<std::string> warm = checked(cached);
    EXPECT_EQ(warm, checked(plain));
    EXPECT_EQ(std::count(warm.begin(), warm.end(), "v1 violation"), 0) << "v1 ended in 2015";
    EXPECT_EQ(std::count(warm.begin(), warm.end(), "v2 violation"), 0) << "v2 spares workers";
    expect_same(cached, plain);
}

void flip_byte(const fs::path& p, std::size_t from_end) {
    std::fstream f(p, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(-static_cast<std::streamoff>(from_end), std::ios::end);
    char c = 0;
    f.get(c);
    f.seekp(-static_cast<std::streamoff>(from_end), std::ios::end);
    f.put(static_cast<char>(c ^ 0x20));
}

TEST_F(CorpusCacheTest, CorruptedEntryIsRejectedAndRebuilt) {
    core::Corpus plain = load(nullptr);
    {
        parser::CorpusCache c(cache_dir(), rules_.schema);
        load(&c);
    }
    fs::path e = entry();
    ASSERT_FALSE(e.empty());
    flip_byte(e, 10);  // inside the payload: only the checksum can tell
    parser::CorpusCache damaged(cache_dir(), rules_.schema);
    expect_same(load(&damaged), plain);
    EXPECT_EQ(damaged.rejected(), 1u);
    EXPECT_EQ(codes_, std::vector<std::string>{"cache_entry_rebuilt"}) << "with a note";
    EXPECT_EQ(damaged.hits(), 0u);
    parser::CorpusCache rebuilt(cache_dir(), rules_.schema);
    expect_same(load(&rebuilt), plain);
    EXPECT_EQ(rebuilt.hits(), 1u);
    EXPECT_TRUE(codes_.empty());
}

// An entry of an earlier format is never looked up (the format is part of the key); one found
// under this format's key all the same (copied by hand, say) is rejected by its magic, read
// again with a note, and rebuilt in this format.
TEST_F(CorpusCacheTest, AnEntryOfAnEarlierFormatIsRebuiltWithANote) {
    core::Corpus plain = load(nullptr);
    fill_cache();
    fs::path e = entry();
    ASSERT_FALSE(e.empty());
    {
        std::fstream f(e, std::ios::in | std::ios::out | std::ios::binary);
        char magic[8] = {};
        f.read(magic, 8);
        ASSERT_EQ(std::string(magic, 8), "LXCACHEB");
        f.seekp(7);
        f.put('A');  // LXCACHEA: each fact's span beside its value
    }
    parser::CorpusCache old(cache_dir(), rules_.schema);
    expect_same(load(&old), plain);
    EXPECT_EQ(old.rejected(), 1u);
    EXPECT_EQ(old.hits(), 0u);
    EXPECT_EQ(codes_, std::vector<std::string>{"cache_entry_rebuilt"}) << "with a note";
    parser::CorpusCache rebuilt(cache_dir(), rules_.schema);
    expect_same(load(&rebuilt), plain);
    EXPECT_EQ(rebuilt.hits(), 1u);
    EXPECT_TRUE(codes_.empty());
    std::ifstream f(e, std::ios::binary);
    char magic[8] = {};
    f.read(magic, 8);
    EXPECT_EQ(std::string(magic, 8), "LXCACHEB");
}

TEST_F(CorpusCacheTest, TruncatedOrForeignEntryIsRejected) {
    core::Corpus plain = load(nullptr);
    {
        parser::CorpusCache c(cache_dir(), rules_.schema);
        load(&c);
    }
    fs::path e = entry();
    fs::resize_file(e, fs::file_size(e) - 7);
    parser::CorpusCache truncated(cache_dir(), rules_.schema);
    expect_same(load(&truncated), plain);
    EXPECT_EQ(truncated.rejected(), 1u);
    EXPECT_EQ(codes_, std::vector<std::string>{"cache_entry_rebuilt"}) << "with a note";

    std::ofstream(e, std::ios::binary | std::ios::trunc) << "not a cache entry";
    parser::CorpusCache foreign(cache_dir(), rules_.schema);
    expect_same(load(&foreign), plain);
    EXPECT_EQ(foreign.rejected(), 1u);

    fs::resize_file(e, 0);
    parser::CorpusCache empty(cache_dir(), rules_.schema);
    expect_same(load(&empty), plain);
    EXPECT_EQ(empty.hits(), 0u);
}

TEST_F(CorpusCacheTest, ChangedFileOrVocabularyMisses) {
    {
        parser::CorpusCache c(cache_dir(), rules_.schema);
        load(&c);
    }
    std::ofstream(dir_ / "corpus/m.yaml", std::ios::app) << "      note: \"changed\"\n";
    parser::CorpusCache changed(cache_dir(), rules_.schema);
    core::Corpus corpus = load(&changed);
    EXPECT_EQ(changed.hits(), 0u);
    EXPECT_EQ(changed.misses(), 1u);
    ASSERT_EQ(corpus.measures.size(), 2u);
    EXPECT_EQ(corpus.measures[1].facts.size(), 2u);

    core::SourceManager other_sources;
    core::RuleSet other;
    core::DiagnosticSink sink;
    std::ofstream(dir_ / "rules/r.lex", std::ios::app)
        << "vocabulary w { fact extra : bool \"x\" }\n";
    parser::load_rule_set({(dir_ / "rules").string()}, other_sources, other, sink);
    ASSERT_FALSE(sink.has_errors());
    parser::CorpusCache a(cache_dir(), rules_.schema), b(cache_dir(), other.schema);
    EXPECT_NE(a.key("same bytes"), b.key("same bytes"));
    EXPECT_NE(a.key("same bytes"), a.key("other bytes"));
}

// The report lists every input with its SHA-256; for measure files it reuses the digest the
// cache computed for the key, so each file is hashed once per run.
TEST_F(CorpusCacheTest, RemembersTheDigestOfEveryFileItLookedUp) {
    parser::CorpusCache cache(cache_dir(), rules_.schema);
    std::size_t before = sources_.size();
    core::Corpus corpus = load(&cache);
    ASSERT_EQ(corpus.files.size(), 1u);
    core::SourceId file = corpus.files[0];
    ASSERT_GE(file, before);
    EXPECT_EQ(cache.file_digest(file), core::sha256_hex(sources_.text(file)));
    EXPECT_EQ(cache.file_digest(file), core::sha256_hex(kMeasures));
    EXPECT_EQ(cache.file_digest(rules_.files.at(0)), std::nullopt) << "never looked up";

    parser::CorpusCache warm(cache_dir(), rules_.schema);
    core::Corpus again = load(&warm);
    EXPECT_EQ(warm.hits(), 1u);
    EXPECT_EQ(warm.file_digest(again.files.at(0)), core::sha256_hex(kMeasures)) << "hits too";
}

// Entries written before the digest was split out of the key stay valid: the key is still
// SHA-256("<file digest>|<version>|<vocabulary digest>").
TEST_F(CorpusCacheTest, KeyIsTheDigestOfFileDigestVersionAndVocabulary) {
    parser::CorpusCache cache(cache_dir(), rules_.schema);
    std::string digest = core::sha256_hex("some bytes");
    EXPECT_EQ(cache.key("some bytes"), cache.key_of_digest(digest));
    std::string key = cache.key_of_digest(digest);
    EXPECT_EQ(key.size(), 64u);
    EXPECT_NE(key, cache.key_of_digest(core::sha256_hex("other bytes")));
}

TEST_F(CorpusCacheTest, UnwritableLocationOnlyCostsTime) {
    core::Corpus plain = load(nullptr);
    std::ofstream(dir_ / "blocker") << "a file where the cache folder would be";
    parser::CorpusCache cache((dir_ / "blocker" / "cache").string(), rules_.schema);
    expect_same(load(&cache), plain);
    EXPECT_EQ(cache.hits(), 0u);
}

TEST(CorpusCacheLocation, FollowsXdgCacheHome) {
    const char* old = std::getenv("XDG_CACHE_HOME");
    std::string saved = old ? old : "";
    const char* old_home = std::getenv("HOME");
    std::string saved_home = old_home ? old_home : "";
    ::setenv("XDG_CACHE_HOME", "/tmp/xdg", 1);
    EXPECT_EQ(parser::default_cache_dir(), "/tmp/xdg/lexcheck");
    ::unsetenv("XDG_CACHE_HOME");
    ::setenv("HOME", "/home/someone", 1);
    EXPECT_EQ(parser::default_cache_dir(), "/home/someone/.cache/lexcheck");
    if (old) ::setenv("XDG_CACHE_HOME", saved.c_str(), 1);
    if (old_home) ::setenv("HOME", saved_home.c_str(), 1);
}

}  // namespace
