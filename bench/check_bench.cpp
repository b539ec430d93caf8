// Benchmarks of issues 4 and 8 on synthetic instances (bench/generate.py): checker::check on
// facts already in memory, and load + check + JSON as `lexcheck check --format json` does.
// Instances are generated on first use under $LEXCHECK_BENCH_DATA (default /tmp/lexcheck-bench).
#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/parser/load.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <streambuf>
#include <string>
#include <tuple>

namespace {

namespace fs = std::filesystem;
using namespace lexcheck;

/// Where the N x P instance lives (with `readings` % of the provisions given two readings;
/// with the share of violating measures $LEXCHECK_BENCH_DENSITY, the dense instance of
/// bench/peers/run), generated (YAML only, to keep it quick) when missing
std::string instance_dir(long n, long p, long readings = 0) {
    const char* env = std::getenv("LEXCHECK_BENCH_DATA");
    const char* density_env = std::getenv("LEXCHECK_BENCH_DENSITY");
    std::string density = density_env && std::string(density_env) != "0" ? density_env : "";
    std::string root = env ? env : "/tmp/lexcheck-bench";
    std::string dir = root + "/n" + std::to_string(n) + "_p" + std::to_string(p) +
                      (readings ? "_r" + std::to_string(readings) : "") +
                      (density.empty() ? "" : "_d" + density);
    if (!fs::exists(dir + "/expected.txt")) {
        std::string cmd =
            "/usr/bin/python3 " LEXCHECK_SOURCE_DIR "/bench/generate.py instance --measures " +
            std::to_string(n) + " --provisions " + std::to_string(p) + " --readings " +
            std::to_string(readings) + (density.empty() ? "" : " --density " + density) +
            " --seed 1 --formats yaml --out " + dir;
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("cannot generate " + dir);
    }
    return dir;
}

/// A loaded instance; loading fails loudly, since a benchmark of nothing is worthless
struct Loaded {
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
};

std::unique_ptr<Loaded> load(const std::string& dir) {
    auto in = std::make_unique<Loaded>();
    core::DiagnosticSink sink;
    parser::load_rule_set({dir + "/rules"}, in->sources, in->rules, sink);
    if (!sink.has_errors())
        parser::load_corpus({dir + "/corpus"}, in->rules.schema, in->sources, in->corpus, sink);
    if (sink.has_errors()) {
        for (const auto& d : sink.sorted(in->sources))
            std::cerr << core::render_diagnostic(in->sources, d);
        throw std::runtime_error("the instance in " + dir + " has errors");
    }
    return in;
}

const Loaded& cached(long n, long p, long readings = 0) {
    static std::map<std::tuple<long, long, long>, std::unique_ptr<Loaded>> instances;
    auto& slot = instances[{n, p, readings}];
    if (!slot) slot = load(instance_dir(n, p, readings));
    return *slot;
}

checker::CheckOptions options(bool only_violations) {
    checker::CheckOptions o;
    o.as_of = *core::parse_date("2024-01-01");
    if (only_violations) o.only = {core::Outcome::violation};
    return o;
}

/// Counts bytes and throws them away, so JSON is measured without the disk
class CountingBuf : public std::streambuf {
public:
    std::size_t bytes = 0;

protected:
    std::streamsize xsputn(const char*, std::streamsize n) override {
        bytes += static_cast<std::size_t>(n);
        return n;
    }
    int_type overflow(int_type c) override {
        ++bytes;
        return c;
    }
};

// Evaluation alone: the facts are in memory; findings as `--only violation` keeps them
// (with traces), which is what the peers compute (issue 8).
void BM_CheckOnly(benchmark::State& state) {
    const Loaded& in = cached(state.range(0), state.range(1));
    auto o = options(true);
    std::size_t violations = 0;
    for (auto _ : state) {
        auto r = checker::check(in.rules, in.corpus, in.sources, o);
        violations = r.summary.violation;
        benchmark::DoNotOptimize(r.findings.data());
    }
    state.counters["violations"] = static_cast<double>(violations);
}

// Evaluation alone, no finding listed (`--only contested` on rules without readings):
// nothing is traced, so this is the path that reasons in words (issue 19) must not slow.
void BM_CheckNoneListed(benchmark::State& state) {
    const Loaded& in = cached(state.range(0), state.range(1));
    auto o = options(false);
    o.only = {core::Outcome::contested};
    std::size_t findings = 0;
    for (auto _ : state) {
        auto r = checker::check(in.rules, in.corpus, in.sources, o);
        findings = r.findings.size();
        benchmark::DoNotOptimize(r.findings.data());
    }
    state.counters["findings"] = static_cast<double>(findings);
}

// Evaluation alone, every finding `lexcheck check` lists by default, with its trace.
void BM_CheckAll(benchmark::State& state) {
    const Loaded& in = cached(state.range(0), state.range(1));
    auto o = options(false);
    std::size_t findings = 0;
    for (auto _ : state) {
        auto r = checker::check(in.rules, in.corpus, in.sources, o);
        findings = r.findings.size();
        benchmark::DoNotOptimize(r.findings.data());
    }
    state.counters["findings"] = static_cast<double>(findings);
}

// Issue 12: BM_CheckAll with readings on 10% of the provisions, two each (LANGUAGE.md §8);
// the target is at most twice BM_CheckAll's time.
void BM_CheckAllReadings(benchmark::State& state) {
    const Loaded& in = cached(state.range(0), state.range(1), 10);
    auto o = options(false);
    std::size_t findings = 0, contested = 0;
    for (auto _ : state) {
        auto r = checker::check(in.rules, in.corpus, in.sources, o);
        findings = r.findings.size();
        contested = r.summary.contested;
        benchmark::DoNotOptimize(r.findings.data());
    }
    state.counters["findings"] = static_cast<double>(findings);
    state.counters["contested"] = static_cast<double>(contested);
}

// Issue 4: load + check + JSON of every listed finding (the default of `lexcheck check`).
void BM_LoadCheckJson(benchmark::State& state) {
    std::string dir = instance_dir(state.range(0), state.range(1));
    auto reporter = reports::make_reporter("json");
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto in = load(dir);
        auto r = checker::check(in->rules, in->corpus, in->sources, options(false));
        reports::Report report{in->sources, in->rules, in->corpus, r, {}, {}, std::nullopt};
        CountingBuf buf;
        std::ostream out(&buf);
        reporter->write(report, out);
        bytes = buf.bytes;
        state.PauseTiming();  // freeing the inputs is not part of a run the user waits for
        in.reset();
        state.ResumeTiming();
    }
    state.counters["json_bytes"] = static_cast<double>(bytes);
}

}  // namespace

// Sizes: N x 50 with N from $LEXCHECK_BENCH_N (default 100000; bench/peers/run sets it).
int main(int argc, char** argv) {
    const char* env = std::getenv("LEXCHECK_BENCH_N");
    long n = env ? std::atol(env) : 100000;
    for (auto* b : {benchmark::RegisterBenchmark("BM_CheckNoneListed", BM_CheckNoneListed),
                    benchmark::RegisterBenchmark("BM_CheckOnly", BM_CheckOnly),
                    benchmark::RegisterBenchmark("BM_CheckAll", BM_CheckAll),
                    benchmark::RegisterBenchmark("BM_CheckAllReadings", BM_CheckAllReadings),
                    benchmark::RegisterBenchmark("BM_LoadCheckJson", BM_LoadCheckJson)}) {
        // Process CPU time too (every thread): steadier than wall time on a shared machine.
        b->Args({n, 50})->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
