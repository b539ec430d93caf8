#include "lexcheck/audit/findings_codec.hpp"

#include "lexcheck/audit/error.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

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

TEST(FindingsCodec, DamagedDataIsAnErrorNotACrash) {
    Shipped s;
    std::string data = encode_findings(s.result, s.rules, s.corpus, s.sources);
    for (std::size_t cut : {std::size_t{0}, std::size_t{5}, data.size() / 2, data.size() - 1}) {
        EXPECT_THROW(decode_findings(data.substr(0, cut), s.rules, s.corpus, s.sources), Error);
    }
    std::string flipped = data;
    flipped[flipped.size() / 3] ^= 0x7f;
    try {
        decode_findings(flipped, s.rules, s.corpus, s.sources);
    } catch (const Error&) {  // either it still decodes or it says it is damaged
    }
}

}  // namespace
}  // namespace lexcheck::audit
