// The tracing evaluator (findings' trace and missing facts): shared defines are expanded
// once per part, unknown values carry their missing facts through them, deep chains are
// walked without recursion, and scratch storage reused across findings changes nothing.
#include "temp_dir.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <memory>

namespace lexcheck {
namespace {

constexpr const char* kHeader =
    "instrument t \"T\" { kind treaty origin regional in_force 2000-01-01 party RU from "
    "2000-01-01 }\n"
    "vocabulary v { fact x : bool \"x\"  fact y : bool \"y\"  fact z : bool \"z\" }\n";

/// Rules and measures loaded from text, checked on 2020-01-01 on one thread (so every
/// finding is traced with the same scratch storage)
struct Checked {
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    checker::CheckResult result;

    Checked(const std::string& rule_text, const std::string& measures) {
        testing::TempDir dir("trace");
        dir.write("r.lex", rule_text);
        dir.write("m.yaml", measures);
        core::DiagnosticSink sink;
        parser::load_rule_set({dir.str() + "/r.lex"}, sources, rules, sink);
        parser::load_corpus({dir.str() + "/m.yaml"}, rules.schema, sources, corpus, sink, 1);
        EXPECT_FALSE(sink.has_errors());
        checker::CheckOptions options;
        options.as_of = *core::parse_date("2020-01-01");
        options.threads = 1;
        result = checker::check(rules, corpus, sources, options);
    }

    /// The one finding the case expects
    const core::Finding& single() const {
        EXPECT_EQ(result.findings.size(), 1u);
        return result.findings.at(0);
    }
};

/// "label|condition=value@depth#facts read" per step, for comparing whole traces
std::vector<std::string> steps_of(const core::Finding& f) {
    std::vector<std::string> out;
    for (const core::TraceStep& s : f.trace) {
        out.push_back(std::string(s.label) + "|" + std::string(s.condition) + "=" +
                      std::string(core::truth_name(s.value)) + "@" + std::to_string(s.depth) + "#" +
                      std::to_string(s.facts.size()));
    }
    return out;
}

TEST(Trace, SharedDefinesAreExpandedOnce) {
    // d_n = d_{n-1} and d_{n-1}: 2^40 paths through the tree, 41 distinct defines.
    constexpr int kLevels = 40;
    std::string rules = std::string(kHeader) + "define d0 = x and y\n";
    for (int i = 1; i <= kLevels; ++i) {
        rules += "define d" + std::to_string(i) + " = d" + std::to_string(i - 1) + " and d" +
                 std::to_string(i - 1) + "\n";
    }
    rules +=
        "provision t.p { of t cite \"c\" text \"t\" prohibits d" + std::to_string(kLevels) + " }\n";
    Checked c(rules, "measures:\n  - {id: m, jurisdiction: RU, facts: {x: true}}\n");
    const core::Finding& f = c.single();
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

TEST(Trace, UnknownPassesThroughASharedDefineWithItsMissingFacts) {
    // The second `d` is shared: its value and missing facts come from the first expansion,
    // with no sub-steps and no facts read. `y and z` is false, so z is not missing.
    Checked c(std::string(kHeader) +
                  "define d = x\n"
                  "provision t.p { of t cite \"c\" text \"t\" prohibits d and ((y and z) or d) "
                  "}\n",
              "measures:\n  - {id: m, jurisdiction: RU, facts: {y: false}}\n");
    const core::Finding& f = c.single();
    EXPECT_EQ(f.outcome, core::Outcome::undetermined);
    EXPECT_EQ(f.missing_facts, std::vector<std::string>{"x"});
    EXPECT_EQ(steps_of(f), (std::vector<std::string>{
                               "prohibits|d and ((y and z) or d)=unknown@0#0",
                               "|d=unknown@1#0",
                               "|x=unknown@2#1",
                               "|(y and z) or d=unknown@1#0",
                               "|y and z=false@2#0",
                               "|y=false@3#1",
                               "|z=unknown@3#1",
                               "|d=unknown@2#0",
                           }));
}

TEST(Trace, EachPartExpandsASharedDefineAgain) {
    // Scope and norm are separate parts: `d` is expanded in both.
    Checked c(std::string(kHeader) +
                  "define d = x or y\n"
                  "provision t.p { of t cite \"c\" text \"t\" scope d prohibits d }\n",
              "measures:\n  - {id: m, jurisdiction: RU, facts: {x: true}}\n");
    const core::Finding& f = c.single();
    EXPECT_EQ(f.outcome, core::Outcome::violation);
    EXPECT_EQ(steps_of(f), (std::vector<std::string>{
                               "scope|d=true@0#0",
                               "|x or y=true@1#0",
                               "|x=true@2#1",
                               "|y=unknown@2#1",
                               "prohibits|d=true@0#0",
                               "|x or y=true@1#0",
                               "|x=true@2#1",
                               "|y=unknown@2#1",
                           }));
    EXPECT_TRUE(f.missing_facts.empty()) << "a decided outcome lists no missing facts";
}

TEST(Trace, DeepDefineChainIsWalkedWithoutRecursion) {
    // d0 = d1, …, d(N-1) = x: N + 1 nested steps, far deeper than a recursive walk could go
    // on a thread's stack; x is absent, so every step is unknown and x is missing.
    constexpr int kDepth = 300000;
    std::string rules = kHeader;
    rules.reserve(rules.size() + kDepth * 24);
    for (int i = 0; i + 1 < kDepth; ++i)
        rules += "define d" + std::to_string(i) + " = d" + std::to_string(i + 1) + "\n";
    rules += "define d" + std::to_string(kDepth - 1) + " = x\n";
    rules += "provision t.p { of t cite \"c\" text \"t\" prohibits d0 }\n";
    Checked c(rules, "measures:\n  - {id: m, jurisdiction: RU, facts: {y: true}}\n");
    const core::Finding& f = c.single();
    EXPECT_EQ(f.outcome, core::Outcome::undetermined);
    EXPECT_EQ(f.missing_facts, std::vector<std::string>{"x"});
    ASSERT_EQ(f.trace.size(), static_cast<std::size_t>(kDepth) + 1);
    for (int i = 0; i < kDepth; ++i) {
        const core::TraceStep& s = f.trace[static_cast<std::size_t>(i)];
        ASSERT_EQ(s.condition, std::string("d").append(std::to_string(i)));
        ASSERT_EQ(s.depth, std::min(i, 0xFFFF)) << "depths saturate at 65535";
        ASSERT_EQ(s.value, core::Truth::unknown);
        ASSERT_TRUE(s.facts.empty());
    }
    EXPECT_EQ(f.trace.back().condition, "x");
    EXPECT_EQ(f.trace.back().facts.size(), 1u);
    EXPECT_EQ(f.trace.front().label, "prohibits");
}

TEST(Trace, ReusedScratchGivesEveryFindingItsOwnTrace) {
    // One thread traces every finding with the same scratch storage; each trace and each
    // list of missing facts must be what a fresh evaluator (decide_one) gives.
    Checked c(std::string(kHeader) +
                  "define a = x and y\n"
                  "define b = a or z\n"
                  "provision t.p { of t cite \"c\" text \"t\" prohibits b and not a unless z "
                  "}\n"
                  "provision t.q { of t cite \"c\" text \"t\" requires a or b }\n",
              "measures:\n"
              "  - {id: m1, jurisdiction: RU, facts: {x: true}}\n"
              "  - {id: m2, jurisdiction: RU, facts: {x: true, y: false}}\n"
              "  - {id: m3, jurisdiction: RU, facts: {z: false}}\n"
              "  - {id: m4, jurisdiction: RU, facts: {x: false, y: true, z: true}}\n"
              "  - {id: m5, jurisdiction: RU, facts: {}}\n");
    ASSERT_EQ(c.result.findings.size(), 10u);
    std::size_t undetermined = 0;
    for (const core::Finding& f : c.result.findings) {
        core::Finding fresh = checker::decide_one(c.rules, c.sources, c.corpus.measures[f.measure],
                                                  f.measure, f.provision, c.result.as_of);
        EXPECT_EQ(steps_of(f), steps_of(fresh)) << c.corpus.measures[f.measure].id;
        EXPECT_EQ(f.missing_facts, fresh.missing_facts) << c.corpus.measures[f.measure].id;
        EXPECT_EQ(f.outcome, fresh.outcome);
        if (f.outcome == core::Outcome::undetermined) ++undetermined;
    }
    EXPECT_GT(undetermined, 0u) << "the case must exercise missing facts";
}

TEST(Trace, ATraceNotKeptLeavesNothingInTheStore) {
    // Without `with_trace` an undetermined pair is still traced, for its missing facts; its
    // steps are dropped, and so must be what they viewed (the store would grow with every
    // pair decided). A trace kept adds its fact reads; its texts are there already.
    Checked c(std::string(kHeader) +
                  "provision t.p { of t cite \"c\" text \"t\" prohibits x and y unless z }\n",
              "measures:\n  - {id: m, jurisdiction: RU, facts: {x: true}}\n");
    checker::PairChecker pairs(c.rules, c.sources, c.result.as_of);
    const core::Measure& m = c.corpus.measures[0];
    core::Finding traced = pairs.decide(m, 0, 0);
    ASSERT_EQ(traced.outcome, core::Outcome::undetermined);
    ASSERT_NE(traced.store, nullptr);
    const std::size_t kept = traced.store->size();
    std::size_t reads = 0;
    for (const core::TraceStep& s : traced.trace) reads += s.facts.size();
    ASSERT_GT(reads, 0u);
    for (int i = 0; i < 100; ++i) {
        core::Finding bare = pairs.decide(m, 0, 0, /*with_trace=*/false);
        EXPECT_EQ(bare.missing_facts, traced.missing_facts);
        EXPECT_TRUE(bare.trace.empty());
    }
    EXPECT_EQ(traced.store->size(), kept);
    core::Finding again = pairs.decide(m, 0, 0);
    EXPECT_EQ(steps_of(again), steps_of(traced));
    EXPECT_EQ(traced.store->size(), kept + reads);
}

TEST(Trace, StepsShareTheRunsTextsAndOutliveTheRun) {
    // A condition's text, a label and the facts read are kept once in the run's store and
    // viewed by the steps (issue 20: no copy per step); a copied finding keeps them alive after
    // the rules, the measures and the result it came from are gone (ASan checks the reads).
    auto c = std::make_unique<Checked>(
        std::string(kHeader) +
            "provision t.p { of t cite \"c\" text \"t\" prohibits x and y unless z }\n",
        "measures:\n"
        "  - {id: m1, jurisdiction: RU, facts: {x: true, y: true}}\n"
        "  - {id: m2, jurisdiction: RU, facts: {x: true, y: true, z: false}}\n");
    ASSERT_EQ(c->result.findings.size(), 2u);
    const core::Finding& a = c->result.findings[0];
    const core::Finding& b = c->result.findings[1];
    ASSERT_EQ(a.trace.size(), b.trace.size());
    for (std::size_t k = 0; k < a.trace.size(); ++k) {
        EXPECT_EQ(a.trace[k].condition.data(), b.trace[k].condition.data()) << k;
        EXPECT_EQ(a.trace[k].label.data(), b.trace[k].label.data()) << k;
    }
    ASSERT_EQ(b.exceptions.size(), 1u);
    EXPECT_EQ(a.exceptions[0].label.data(), b.exceptions[0].label.data());
    auto reads_of = [](const core::Finding& f) {
        std::string out;
        for (const core::TraceStep& s : f.trace)
            for (const core::FactRead& r : s.facts)
                out +=
                    std::to_string(r.fact) + (r.present ? "+" : "-") + std::to_string(r.at.begin);
        return out;
    };
    core::Finding kept = b;
    const std::vector<std::string> steps = steps_of(b);
    const std::string reads = reads_of(b);
    c.reset();
    EXPECT_EQ(steps_of(kept), steps);
    EXPECT_EQ(reads_of(kept), reads);
    EXPECT_EQ(kept.exceptions[0].label, "t.p#unless1");
    EXPECT_EQ(steps, (std::vector<std::string>{"prohibits|x and y=true@0#0", "|x=true@1#1",
                                               "|y=true@1#1", "t.p#unless1|z=false@1#1"}));
}

}  // namespace
}  // namespace lexcheck
