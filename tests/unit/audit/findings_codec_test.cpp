#include "lexcheck/audit/findings_codec.hpp"

#include "lexcheck/audit/error.hpp"
#include "lexcheck/core/natural_order.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <memory>
#include <numeric>
#include <string>

namespace lexcheck::audit {
namespace {

struct Shipped {
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    checker::CheckResult result;
    Shipped() {
        core::DiagnosticSink sink;
        parser::load_rule_set({LEXCHECK_SOURCE_DIR "/rules"}, sources, rules, sink);
        parser::load_corpus({LEXCHECK_SOURCE_DIR "/corpus"}, rules.schema, sources, corpus, sink);
        checker::CheckOptions o;
        o.as_of = core::make_date(2024, 1, 1);
        o.include_not_applicable = true;
        result = checker::check(rules, corpus, sources, o);
    }
};

TEST(FindingsCodec, RoundTripsTheShippedFindingsWithReadingsAndTraces) {
    Shipped s;
    ASSERT_GT(s.result.summary.contested, 0u);  // readings are in the data
    std::string data = encode_findings(s.result, s.rules, s.corpus, s.sources);
    checker::CheckResult back = decode_findings(data, s.rules, s.corpus, s.sources);
    EXPECT_EQ(back.findings.size(), s.result.findings.size());
    EXPECT_EQ(back.measures, s.result.measures);
    EXPECT_EQ(back.provisions, s.result.provisions);
    EXPECT_EQ(back.summary.not_applicable, s.result.summary.not_applicable);
    EXPECT_EQ(encode_findings(back, s.rules, s.corpus, s.sources), data);
    std::vector<FindingKey> keys = finding_keys(data);
    ASSERT_EQ(keys.size(), s.result.findings.size());
    EXPECT_EQ(keys[0].measure, s.corpus.measures[s.result.findings[0].measure].id);
}

TEST(FindingsCodec, DecodedStepsOwnTheirTextsThroughTheirStore) {
    // Decoded steps view texts kept in the findings' store, not the bytes they were read
    // from: the data is gone before they are read (ASan sees a read of freed bytes).
    Shipped s;
    auto data =
        std::make_unique<std::string>(encode_findings(s.result, s.rules, s.corpus, s.sources));
    checker::CheckResult back = decode_findings(*data, s.rules, s.corpus, s.sources);
    data.reset();
    std::size_t steps = 0, exceptions = 0;
    for (std::size_t i = 0; i < back.findings.size(); ++i) {
        const core::Finding& a = s.result.findings[i];
        const core::Finding& b = back.findings[i];
        ASSERT_EQ(a.trace.size(), b.trace.size());
        if (!b.trace.empty()) {
            ASSERT_NE(b.store, nullptr);
        }
        for (std::size_t k = 0; k < a.trace.size(); ++k, ++steps) {
            EXPECT_EQ(a.trace[k].label, b.trace[k].label);
            EXPECT_EQ(a.trace[k].condition, b.trace[k].condition);
            ASSERT_EQ(a.trace[k].facts.size(), b.trace[k].facts.size());
            for (std::size_t r = 0; r < a.trace[k].facts.size(); ++r)
                EXPECT_EQ(a.trace[k].facts[r].at, b.trace[k].facts[r].at);
        }
        ASSERT_EQ(a.exceptions.size(), b.exceptions.size());
        for (std::size_t k = 0; k < a.exceptions.size(); ++k, ++exceptions)
            EXPECT_EQ(a.exceptions[k].label, b.exceptions[k].label);
    }
    EXPECT_GT(steps, 100u);
    EXPECT_GT(exceptions, 0u);
}

// Replay compares a run in the encoding it was recorded in, so every encoding is still written
// exactly as it was, and read back.
TEST(FindingsCodec, EveryEncodingRoundTripsWithTheSameKeys) {
    Shipped s;
    std::vector<FindingKey> latest =
        finding_keys(encode_findings(s.result, s.rules, s.corpus, s.sources));
    for (int encoding = 1; encoding <= kFindingsEncoding; ++encoding) {
        std::string data = encode_findings(s.result, s.rules, s.corpus, s.sources, encoding);
        EXPECT_EQ(encoding_of(data), encoding);
        checker::CheckResult back = decode_findings(data, s.rules, s.corpus, s.sources);
        EXPECT_EQ(back.measures, s.result.measures) << encoding;
        EXPECT_EQ(back.provisions, s.result.provisions) << encoding;
        EXPECT_EQ(encode_findings(back, s.rules, s.corpus, s.sources, encoding), data) << encoding;
        EXPECT_EQ(finding_keys(data), latest) << encoding;
    }
}

TEST(FindingsCodec, StringTableMakesEncoding3SmallerThanEncoding2) {
    Shipped s;
    std::size_t v2 = encode_findings(s.result, s.rules, s.corpus, s.sources, 2).size();
    std::size_t v3 = encode_findings(s.result, s.rules, s.corpus, s.sources, 3).size();
    EXPECT_LT(v3 * 2, v2) << v3 << " bytes against " << v2;
}

// Encoding 5: a check of every measure of the corpus stores a flag, not their ids; a check of
// some of them still lists theirs, and both decode to the measures checked
TEST(FindingsCodec, Encoding5StoresEveryMeasureCheckedAsAFlag) {
    Shipped s;
    checker::CheckResult every = s.result;
    every.measures.resize(s.corpus.measures.size());
    std::iota(every.measures.begin(), every.measures.end(), 0u);
    std::sort(every.measures.begin(), every.measures.end(), [&](std::uint32_t a, std::uint32_t b) {
        return core::natural_less(s.corpus.measures[a].id, s.corpus.measures[b].id);
    });
    checker::CheckResult some = every;
    some.measures.erase(some.measures.begin() + 1);  // one left out: the rest is listed
    for (const checker::CheckResult* result : {&every, &some}) {
        std::string v4 = encode_findings(*result, s.rules, s.corpus, s.sources, 4);
        std::string v5 = encode_findings(*result, s.rules, s.corpus, s.sources, 5);
        checker::CheckResult back = decode_findings(v5, s.rules, s.corpus, s.sources);
        EXPECT_EQ(back.measures, result->measures);
        EXPECT_EQ(encode_findings(back, s.rules, s.corpus, s.sources, 5), v5);
        EXPECT_EQ(finding_keys(v5), finding_keys(v4));
        // The flag is one byte more than 4; every measure's ids (a byte or more each) are gone
        if (result == &some) {
            EXPECT_EQ(v5.size(), v4.size() + 1);
        } else {
            EXPECT_LT(v5.size() + s.corpus.measures.size(), v4.size() + 1);
        }
    }
}

// Every text of a trace step comes back from the table: the steps decode to the same texts
TEST(FindingsCodec, Encoding3KeepsEveryTraceText) {
    Shipped s;
    std::string data = encode_findings(s.result, s.rules, s.corpus, s.sources);
    checker::CheckResult back = decode_findings(data, s.rules, s.corpus, s.sources);
    ASSERT_EQ(back.findings.size(), s.result.findings.size());
    std::size_t steps = 0;
    for (std::size_t i = 0; i < back.findings.size(); ++i) {
        const core::Finding& a = s.result.findings[i];
        const core::Finding& b = back.findings[i];
        ASSERT_EQ(a.trace.size(), b.trace.size());
        for (std::size_t j = 0; j < a.trace.size(); ++j, ++steps) {
            EXPECT_EQ(a.trace[j].label, b.trace[j].label);
            EXPECT_EQ(a.trace[j].condition, b.trace[j].condition);
            EXPECT_EQ(a.trace[j].at, b.trace[j].at);
        }
        EXPECT_EQ(a.missing_facts, b.missing_facts);
        EXPECT_EQ(a.defeated_by, b.defeated_by);
    }
    EXPECT_GT(steps, 0u);
}

// The encoder looks trace texts up by their address first (a core::TraceStore keeps each text
// once): the same texts copied elsewhere, one copy per step (thousands of addresses sharing a
// content, the lookup's slots taken over again and again), encode to the same bytes.
TEST(FindingsCodec, TraceTextsEncodeByTheirContentWhereverTheyAre) {
    Shipped s;
    std::string data = encode_findings(s.result, s.rules, s.corpus, s.sources);
    checker::CheckResult moved = s.result;
    std::deque<std::string> copies;  // stays where it is put
    std::deque<std::vector<core::ExceptionTried>> exception_copies;
    auto elsewhere = [&](std::string_view& text) {
        copies.emplace_back(text);
        text = copies.back();
    };
    for (core::Finding& f : moved.findings) {
        for (core::TraceStep& step : f.trace) {
            elsewhere(step.label);
            elsewhere(step.condition);
        }
        std::vector<core::ExceptionTried>& tried =
            exception_copies.emplace_back(f.exceptions.begin(), f.exceptions.end());
        for (core::ExceptionTried& e : tried) elsewhere(e.label);
        f.exceptions = tried;
    }
    ASSERT_GT(copies.size(), 1024u);
    EXPECT_EQ(encode_findings(moved, s.rules, s.corpus, s.sources), data);
}

TEST(FindingsCodec, DamagedDataIsAnErrorNotACrash) {
    Shipped s;
    for (int encoding = 2; encoding <= kFindingsEncoding; ++encoding) {
        std::string data = encode_findings(s.result, s.rules, s.corpus, s.sources, encoding);
        for (std::size_t cut : {std::size_t{0}, std::size_t{5}, data.size() / 2, data.size() - 1}) {
            EXPECT_THROW(decode_findings(data.substr(0, cut), s.rules, s.corpus, s.sources), Error);
        }
        for (std::size_t at : {data.size() / 3, std::size_t{40}, std::size_t{60}}) {
            std::string flipped = data;
            flipped[at] ^= 0x7f;
            try {
                decode_findings(flipped, s.rules, s.corpus, s.sources);
                finding_keys(flipped);
            } catch (const Error&) {  // either it still decodes or it says it is damaged
            }
        }
    }
}

}  // namespace
}  // namespace lexcheck::audit
