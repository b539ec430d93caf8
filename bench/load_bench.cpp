// Loading measures: load_corpus over a generated corpus of 100,000 YAML measures (100 files of
// 1,000) quoting 100 Akoma Ntoso documents of ~0.6 MB each (>= 50 MB), with one thread and
// with every hardware thread. Reproduce: see docs/performance.md, "Loading measures".
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/schema.hpp"
#include "lexcheck/parser/load.hpp"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace lexcheck;

constexpr int kFiles = 100;
constexpr int kMeasuresPerFile = 1000;

core::Schema bench_schema() {
    using core::Type;
    using core::TypeKind;
    core::Schema s;
    auto kind = s.add_enum({"measure_kind", {}, {"entry_ban", "expulsion", "stay_limit"}, {}});
    auto person =
        s.add_enum({"person", {}, {"eaeu_worker", "foreign_national", "stateless_person"}, {}});
    auto scope = s.add_enum({"offence_scope", {}, {"migration_regime", "any_administrative"}, {}});
    s.add_fact({"kind", Type{TypeKind::enumeration, kind}, "", {}});
    s.add_fact({"applies_to", Type{TypeKind::set, person}, "", {}});
    s.add_fact({"exempts", Type{TypeKind::set, person}, "", {}});
    s.add_fact({"mandatory", Type{TypeKind::boolean}, "", {}});
    s.add_fact({"trigger.offence_scope", Type{TypeKind::enumeration, scope}, "", {}});
    s.add_fact({"trigger.offence_count", Type{TypeKind::integer}, "", {}});
    s.add_fact({"trigger.window", Type{TypeKind::duration}, "", {}});
    s.add_fact({"ban.duration", Type{TypeKind::duration}, "", {}});
    return s;
}

std::string measure_file(int f) {
    std::string out = "document:\n  title: \"Generated law " + std::to_string(f) +
                      "\"\n  jurisdiction: RU\n  akn: law_" + std::to_string(f) +
                      ".akn.xml\nmeasures:\n";
    for (int m = 0; m < kMeasuresPerFile; ++m) {
        std::string n = std::to_string(m + 1);
        out += "  - id: bench.f" + std::to_string(f) + ".art" + n + "\n";
        out += "    cite: \"Article " + n + "(1)\"\n";
        out += "    eId: art_" + n + "__para_1\n";
        out += "    in_force: 2014-01-13\n";
        out += "    facts:\n";
        out += "      kind: entry_ban\n";
        out += "      applies_to: [eaeu_worker, foreign_national]\n";
        out += "      exempts: []\n";
        out += "      trigger.offence_count: " + std::to_string(m % 5 + 1) + "\n";
        out += "      trigger:\n        window: 3y\n        offence_scope: migration_regime\n";
        out += "      ban.duration: 5y\n";
        out += "      mandatory: " + std::string(m % 2 ? "true" : "false") + "\n";
        out += "    expect:\n      eaeu_treaty.art97.p2: violation\n";
    }
    return out;
}

std::string akn_file(int f) {
    static const std::string sentence =
        "Въезд в Российскую Федерацию иностранному гражданину или лицу без гражданства "
        "не разрешается в случае, если в отношении него вынесено решение об "
        "<i>административном выдворении</i> за пределы Российской Федерации, ";
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"
        "  <act name=\"federal_law\">\n    <meta><identification source=\"#bench\">\n"
        "      <FRBRWork><FRBRthis value=\"/akn/ru/act/bench/" +
        std::to_string(f) + "/!main\"/><FRBRuri value=\"/akn/ru/act/bench/" + std::to_string(f) +
        "\"/><FRBRdate date=\"2014-01-13\" name=\"enactment\"/></FRBRWork>\n"
        "      <FRBRExpression><FRBRthis value=\"/akn/ru/act/bench/" +
        std::to_string(f) +
        "/rus@/!main\"/><FRBRdate date=\"2014-01-13\" name=\"version\"/>"
        "<FRBRlanguage language=\"rus\"/></FRBRExpression>\n"
        "    </identification></meta>\n    <body>\n";
    for (int a = 1; a <= kMeasuresPerFile; ++a) {
        std::string n = std::to_string(a);
        out += "      <article eId=\"art_" + n + "\">\n        <num>Статья " + n +
               "</num>\n        <heading>Article " + n + "</heading>\n";
        out += "        <paragraph eId=\"art_" + n + "__para_1\">\n          <num>1.</num>\n";
        out += "          <content>\n            <p>" + sentence +
               "\n              - в течение пяти лет.</p>\n          </content>\n        "
               "</paragraph>\n";
        out += "      </article>\n";
    }
    out += "    </body>\n  </act>\n</akomaNtoso>\n";
    return out;
}

/// The generated corpus, written once per process into a temporary directory
struct GeneratedCorpus {
    fs::path dir;
    double yaml_mb = 0;
    double akn_mb = 0;

    GeneratedCorpus() {
        dir = fs::temp_directory_path() / ("lexcheck_load_bench_" + std::to_string(::getpid()));
        fs::create_directories(dir);
        std::size_t yaml = 0;
        std::size_t akn = 0;
        for (int f = 0; f < kFiles; ++f) {
            std::string m = measure_file(f);
            std::string a = akn_file(f);
            std::ofstream(dir / ("law_" + std::to_string(f) + ".yaml"), std::ios::binary) << m;
            std::ofstream(dir / ("law_" + std::to_string(f) + ".akn.xml"), std::ios::binary) << a;
            yaml += m.size();
            akn += a.size();
        }
        yaml_mb = static_cast<double>(yaml) / 1e6;
        akn_mb = static_cast<double>(akn) / 1e6;
    }
    ~GeneratedCorpus() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

GeneratedCorpus& corpus_files() {
    static GeneratedCorpus generated;
    return generated;
}

const core::Schema& schema() {
    static const core::Schema s = bench_schema();
    return s;
}

/// One full load; aborts the benchmark when the generated corpus does not load cleanly
double load_seconds(benchmark::State& state, unsigned threads) {
    core::SourceManager sources;
    core::DiagnosticSink sink;
    core::Corpus corpus;
    auto start = std::chrono::steady_clock::now();
    parser::load_corpus({corpus_files().dir.generic_string()}, schema(), sources, corpus, sink,
                        threads);
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    if (sink.has_errors() || corpus.measures.size() != std::size_t{kFiles} * kMeasuresPerFile) {
        state.SkipWithError("the generated corpus did not load cleanly");
    }
    benchmark::DoNotOptimize(corpus);
    return took.count();
}

void report(benchmark::State& state, double seconds_total) {
    GeneratedCorpus& c = corpus_files();
    double runs = static_cast<double>(state.iterations());
    state.counters["yaml_MB"] = c.yaml_mb;
    state.counters["akn_MB"] = c.akn_mb;
    state.counters["MB/s"] = (c.yaml_mb + c.akn_mb) * runs / seconds_total;
    state.counters["measures/s"] = kFiles * kMeasuresPerFile * runs / seconds_total;
}

void BM_LoadCorpus(benchmark::State& state) {
    auto threads = static_cast<unsigned>(state.range(0));
    corpus_files();
    double total = 0;
    for (auto _ : state) total += load_seconds(state, threads);
    state.counters["threads"] =
        std::max(1u, threads ? threads : std::thread::hardware_concurrency());
    report(state, total);
}
BENCHMARK(BM_LoadCorpus)->Arg(1)->Arg(0)->Iterations(2)->Unit(benchmark::kMillisecond);

// Both thread counts in the same run, so the ratio is measured under the same conditions.
void BM_LoadCorpusSpeedup(benchmark::State& state) {
    corpus_files();
    double one = 0;
    double all = 0;
    for (auto _ : state) {
        one += load_seconds(state, 1);
        all += load_seconds(state, 0);
    }
    state.counters["threads"] = std::max(1u, std::thread::hardware_concurrency());
    state.counters["seconds_1_thread"] = one / static_cast<double>(state.iterations());
    state.counters["seconds_all_threads"] = all / static_cast<double>(state.iterations());
    state.counters["speedup"] = one / all;
}
BENCHMARK(BM_LoadCorpusSpeedup)->Iterations(2)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
