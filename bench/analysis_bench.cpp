// Issue 17's targets on the shipped rules and corpus (docs/performance.md, "Remedies and
// conflicts"): remedies of every violation, undetermined and contested finding of the shipped
// check (< 2 s), and `lexcheck conflicts` on the shipped rules (< 10 s), both as of
// 2024-01-01 and with the CLI's defaults (3 remedies per finding; every State).
#include "lexcheck/analysis/conflicts.hpp"
#include "lexcheck/analysis/remedies.hpp"
#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/parser/load.hpp"

#include <benchmark/benchmark.h>

#include <iostream>
#include <memory>
#include <stdexcept>

namespace {

using namespace lexcheck;

struct Shipped {
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    core::Date as_of = *core::parse_date("2024-01-01");
};

/// The shipped rules and corpus, loaded once; loading fails loudly
const Shipped& shipped() {
    static const std::unique_ptr<Shipped> in = [] {
        auto s = std::make_unique<Shipped>();
        core::DiagnosticSink sink;
        parser::load_rule_set({LEXCHECK_SOURCE_DIR "/rules"}, s->sources, s->rules, sink);
        if (!sink.has_errors())
            parser::load_corpus({LEXCHECK_SOURCE_DIR "/corpus"}, s->rules.schema, s->sources,
                                s->corpus, sink);
        if (sink.has_errors()) {
            for (const auto& d : sink.sorted(s->sources))
                std::cerr << core::render_diagnostic(s->sources, d);
            throw std::runtime_error("the shipped rules or corpus have errors");
        }
        return s;
    }();
    return *in;
}

// What `lexcheck check --remedies` adds to the check: the check itself is outside the loop.
void BM_RemediesShipped(benchmark::State& state) {
    const Shipped& in = shipped();
    checker::CheckOptions co;
    co.as_of = in.as_of;
    auto result = checker::check(in.rules, in.corpus, in.sources, co);
    analysis::RemedyOptions ro;
    ro.as_of = in.as_of;
    ro.limits.steps = static_cast<unsigned>(state.range(1));
    std::size_t findings = 0, remedies = 0, limit = 0;
    for (auto _ : state) {
        auto all = analysis::find_remedies(in.rules, in.sources, in.corpus, result, ro,
                                           static_cast<unsigned>(state.range(0)));
        findings = all.size();
        remedies = limit = 0;
        for (const core::FindingRemedies& r : all) {
            remedies += r.remedies.size();
            limit += r.status == core::RemedyStatus::limit || r.deciding_limit;
        }
        benchmark::DoNotOptimize(all.data());
    }
    state.counters["findings"] = static_cast<double>(findings);
    state.counters["remedies"] = static_cast<double>(remedies);
    state.counters["limit"] = static_cast<double>(limit);
}

void BM_ConflictsShipped(benchmark::State& state) {
    const Shipped& in = shipped();
    analysis::ConflictOptions o;
    o.as_of = in.as_of;
    o.threads = static_cast<unsigned>(state.range(0));
    o.limits.steps = static_cast<unsigned>(state.range(1));
    std::size_t pairs = 0, undecided = 0;
    for (auto _ : state) {
        auto r = analysis::find_conflicts(in.rules, in.sources, o);
        pairs = r.pairs_examined;
        undecided = r.undecided.size();
        benchmark::DoNotOptimize(r.proofs.data());
    }
    state.counters["pairs"] = static_cast<double>(pairs);
    state.counters["undecided"] = static_cast<double>(undecided);
}

// Arguments: threads (1, and 2: the machine's cores), and the solver's steps per query (the
// default, and a hundredth of it: the margin the default leaves, docs/remedies.md "Limits")
constexpr long kSteps = analysis::SolverLimits{}.steps;
BENCHMARK(BM_RemediesShipped)
    ->Args({1, kSteps})
    ->Args({2, kSteps})
    ->Args({2, kSteps / 100})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_ConflictsShipped)
    ->Args({1, kSteps})
    ->Args({2, kSteps})
    ->Args({2, kSteps / 100})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
