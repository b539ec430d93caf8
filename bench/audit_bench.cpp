// Issue 16: `lexcheck history` over 1,000 recorded runs (Database::runs() and the text table),
// on a database built once under $LEXCHECK_BENCH_DATA (default /tmp/lexcheck-bench). The cost
// of `check --record` itself is measured end to end by bench/audit.sh.
#include "lexcheck/audit/database.hpp"
#include "lexcheck/audit/history.hpp"
#include "lexcheck/core/sha256.hpp"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using namespace lexcheck;

/// A database of `runs` runs, each with 100 inputs (10 of them new per run) and 10 kB of
/// findings, built when missing
std::string database_of(int runs) {
    const char* env = std::getenv("LEXCHECK_BENCH_DATA");
    std::string path = std::string(env ? env : "/tmp/lexcheck-bench") + "/audit-" +
                       std::to_string(runs) + "-runs.db";
    if (fs::exists(path)) return path;
    fs::create_directories(fs::path(path).parent_path());
    audit::Database db(path, audit::Access::record);
    std::vector<std::string> contents(runs * 10 + 100);
    for (std::size_t i = 0; i < contents.size(); ++i) {
        contents[i] = "measures:\n  - id: m" + std::to_string(i) + "\n" + std::string(2000, 'x');
    }
    for (int r = 0; r < runs; ++r) {
        audit::RunRecord rec;
        rec.command = "check";
        rec.recorded_at = "2026-12-03T10:00:00Z";
        rec.version = "bench";
        rec.as_of = "2024-01-01";
        rec.paths = "rules rules\ncorpus corpus\n";
        rec.options = {{"rules", "rules"}, {"corpus", "corpus"}, {"format", "json"}};
        for (int i = 0; i < 100; ++i) {
            const std::string& c = contents[static_cast<std::size_t>(r * 10 + i)];
            rec.inputs.push_back(
                {"corpus/f" + std::to_string(i) + ".yaml", core::sha256_hex(c), c});
        }
        rec.findings = std::string(10000, 'f');
        rec.report_format = "json";
        db.record(rec);
    }
    return path;
}

void BM_History1000Runs(benchmark::State& state) {
    std::string path = database_of(1000);
    for (auto _ : state) {
        audit::Database db(path, audit::Access::read);
        std::ostringstream out;
        audit::write_history(db.runs(), "text", out);
        benchmark::DoNotOptimize(out.str().size());
    }
}
BENCHMARK(BM_History1000Runs)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
