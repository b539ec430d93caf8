// The measures a run decides are chosen on every thread, in slices of the corpus (select.cpp):
// whatever the thread count, the same measures in id order, the same count of those not in
// force, the same binding rows, also when the only ids out of order meet at a slice's seam.
#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/natural_order.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

namespace lexcheck {
namespace {

constexpr const char* kRules = R"(
instrument t "T" { kind treaty origin universal in_force 2000-01-01 party RU from 2000-01-01 }
vocabulary v {
  enum measure_kind { entry_ban, expulsion }
  fact kind : measure_kind "kind"
}
provision t.p { of t cite "1" text "1" prohibits kind == entry_ban }
)";

struct Inputs {
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
};

/// 20,000 measures (more than two slices' worth) with ids m0…m19999 in the order of `ids`;
/// every seventh not yet in force, the States RU (a party), KZ and a code no loader accepts
std::unique_ptr<Inputs> inputs(const std::vector<std::uint32_t>& ids) {
    auto in = std::make_unique<Inputs>();
    core::DiagnosticSink sink;
    const core::SourceId file = in->sources.add("rules.lex", kRules);
    parser::load_rule_sources({file}, in->sources, in->rules, sink);
    EXPECT_FALSE(sink.has_errors());
    const char* const states[] = {"RU", "KZ", "ru-1"};
    const std::uint32_t kind = *in->rules.schema.find_fact("kind");
    for (std::uint32_t k : ids) {
        core::Measure m;
        m.id = "m" + std::to_string(k);
        m.jurisdiction = states[k % 3];
        if (k % 7 == 0) m.in_force = core::parse_date("2030-01-01");
        if (k % 2 == 0) m.facts.push_back({kind, core::make_enum(0), {}});
        in->corpus.measures.push_back(std::move(m));
    }
    return in;
}

std::vector<std::string> checked_ids(const Inputs& in, const checker::CheckResult& r) {
    std::vector<std::string> out;
    for (std::uint32_t i : r.measures) out.push_back(in.corpus.measures[i].id);
    return out;
}

void expect_same_for_any_thread_count(const std::vector<std::uint32_t>& order) {
    auto in = inputs(order);
    checker::CheckOptions options;
    options.as_of = *core::parse_date("2024-01-01");
    options.threads = 1;
    const checker::CheckResult one = checker::check(in->rules, in->corpus, in->sources, options);
    std::vector<std::string> ids = checked_ids(*in, one);
    EXPECT_EQ(ids.size(), 20000u - 2858u);  // 0, 7, …, 19999: 2,858 not in force
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end(), core::natural_less));
    EXPECT_EQ(one.summary.measures_not_in_force, 2858u);
    for (unsigned threads : {2u, 3u, 4u}) {
        options.threads = threads;
        const checker::CheckResult many =
            checker::check(in->rules, in->corpus, in->sources, options);
        EXPECT_EQ(many.measures, one.measures) << threads << " threads";
        EXPECT_EQ(many.summary.measures_not_in_force, one.summary.measures_not_in_force);
        EXPECT_EQ(many.summary.binding_violation, one.summary.binding_violation);
        EXPECT_EQ(many.summary.advisory_violation, one.summary.advisory_violation);
        ASSERT_EQ(many.findings.size(), one.findings.size());
        for (std::size_t f = 0; f < one.findings.size(); ++f) {
            EXPECT_EQ(many.findings[f].measure, one.findings[f].measure);
            EXPECT_EQ(many.findings[f].binding, one.findings[f].binding);
        }
    }
    EXPECT_GT(one.summary.binding_violation, 0u);   // RU is a party
    EXPECT_GT(one.summary.advisory_violation, 0u);  // KZ and the unknown code are not
}

TEST(SelectMeasures, ShuffledIdsComeOutInIdOrderForAnyThreadCount) {
    std::vector<std::uint32_t> order(20000);
    std::iota(order.begin(), order.end(), 0u);
    std::uint32_t seed = 12345;
    for (std::size_t i = order.size() - 1; i > 0; --i) {
        seed = seed * 1103515245u + 12345u;
        std::swap(order[i], order[(seed >> 8) % (i + 1)]);
    }
    expect_same_for_any_thread_count(order);
}

TEST(SelectMeasures, IdsOutOfOrderOnlyAcrossTheSeamOfTwoSlicesAreSorted) {
    std::vector<std::uint32_t> order(20000);
    std::iota(order.begin(), order.end(), 0u);
    std::swap(order[9999], order[10000]);  // two threads: slices [0, 10000) and [10000, 20000)
    expect_same_for_any_thread_count(order);
}

}  // namespace
}  // namespace lexcheck
