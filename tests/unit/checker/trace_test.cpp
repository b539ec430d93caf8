// The tracing evaluator (findings' trace and missing facts) on shared defines: a define
// used twice is expanded once, so a diamond chain stays linear.
#include "temp_dir.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

namespace lexcheck {
namespace {

TEST(Trace, SharedDefinesAreExpandedOnce) {
    // d_n = d_{n-1} and d_{n-1}: 2^40 paths through the tree, 41 distinct defines.
    constexpr int kLevels = 40;
    std::string rules =
        "instrument t \"T\" { kind treaty origin regional in_force 2000-01-01 party RU from "
        "2000-01-01 }\n"
        "vocabulary v { fact x : bool \"x\"  fact y : bool \"y\" }\n"
        "define d0 = x and y\n";
    for (int i = 1; i <= kLevels; ++i) {
        rules += "define d" + std::to_string(i) + " = d" + std::to_string(i - 1) + " and d" +
                 std::to_string(i - 1) + "\n";
    }
    rules +=
        "provision t.p { of t cite \"c\" text \"t\" prohibits d" + std::to_string(kLevels) + " }\n";
    testing::TempDir dir("trace-shared");
    dir.write("r.lex", rules);
    dir.write("m.yaml", "measures:\n  - {id: m, jurisdiction: RU, facts: {x: true}}\n");

    core::SourceManager sources;
    core::DiagnosticSink sink;
    core::RuleSet rule_set;
    core::Corpus corpus;
    parser::load_rule_set({dir.str() + "/r.lex"}, sources, rule_set, sink);
    parser::load_corpus({dir.str() + "/m.yaml"}, rule_set.schema, sources, corpus, sink, 1);
    ASSERT_FALSE(sink.has_errors());

    checker::CheckOptions options;
    options.as_of = *core::parse_date("2020-01-01");
    checker::CheckResult result = checker::check(rule_set, corpus, sources, options);
    ASSERT_EQ(result.findings.size(), 1u);
    const core::Finding& f = result.findings[0];
    EXPECT_EQ(f.outcome, core::Outcome::undetermined);
    EXPECT_EQ(f.missing_facts, std::vector<std::string>{"y"})
        << "missing facts pass through shared defines";
    EXPECT_LT(f.trace.size(), 4u * kLevels) << "each define is traced once";
    // The first use of d39 is expanded; the second shows its value only.
    std::size_t d39 = 0;
    for (const core::TraceStep& step : f.trace) {
        if (step.condition == "d39") {
            ++d39;
            EXPECT_EQ(step.value, core::Truth::unknown);
        }
    }
    EXPECT_EQ(d39, 2u);
}

}  // namespace
}  // namespace lexcheck
