// Issue 15: `lexcheck impact` on the 100k x 50 instance (bench/generate.py) with a
// 1,000-measure bill, against the two plain checks it must cost less than; and `lexcheck
// scaffold` on the 917 KB Normattiva document. Each runs the command line in process, its
// output into a stream that drops it, exactly as `lexcheck` would (--no-cache: every run
// reads every measure file, so two checks are two full loads). docs/performance.md has the
// figures and the ratio, measured in one run.
#include "app.hpp"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

/// An ostream that drops everything (the output's cost is the writing, not the device)
struct NullBuffer : std::streambuf {
    int overflow(int c) override { return c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

std::string instance_dir() {
    const char* env = std::getenv("LEXCHECK_BENCH_DATA");
    std::string dir = std::string(env ? env : "/tmp/lexcheck-bench") + "/n100000_p50";
    if (!fs::exists(dir + "/expected.txt")) {
        std::string cmd = "/usr/bin/python3 " LEXCHECK_SOURCE_DIR
                          "/bench/generate.py instance --measures 100000 --provisions 50 "
                          "--seed 1 --formats yaml --out " +
                          dir;
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("cannot generate " + dir);
    }
    return dir;
}

/// 1,000 bill measures: 900 new versions of every 100th measure of the instance with
/// another offence (their findings change or stay as the rules decide), 100 repeals of the
/// measures after them
std::string bill_file(const std::string& dir) {
    std::string path = dir + "/bill_1000.yaml";
    if (fs::exists(path)) return path;
    std::ofstream out(path + ".tmp");
    out << "# 1,000 bill measures for bench/impact_bench.cpp\nmeasures:\n";
    auto id = [](int n) {
        std::string s = std::to_string(n);
        return "m" + std::string(7 - s.size(), '0') + s;
    };
    for (int i = 0; i < 900; ++i) {
        // The jurisdiction must be the replaced measure's: read it from its file.
        out << "  - id: bill." << i << "\n    replaces: " << id(i * 100)
            << "\n    in_force: 2024-01-01\n    jurisdiction: @" << id(i * 100)
            << "\n    facts:\n      kind: k" << i % 8 << "\n      target: t" << i % 5
            << "\n      offence: o" << i % 12 << "\n      grounds: []\n";
    }
    for (int i = 0; i < 100; ++i)
        out << "  - id: bill.repeal." << i << "\n    repeals: [" << id(i * 100 + 1)
            << "]\n    in_force: 2024-01-01\n    jurisdiction: @" << id(i * 100 + 1) << "\n";
    out.close();
    // Fill in each `@ID` with that measure's jurisdiction, read from the instance's files.
    std::string cmd = "/usr/bin/python3 - '" + dir + "' '" + path +
                      ".tmp' <<'EOF'\n"
                      "import glob, re, sys\n"
                      "states = {}\n"
                      "for f in glob.glob(sys.argv[1] + '/corpus/*.yaml'):\n"
                      "    states.update(re.findall(r'- id: (m\\d+)\\n    jurisdiction: (\\w+)',"
                      " open(f).read()))\n"
                      "text = re.sub(r'@(m\\d+)', lambda m: states[m.group(1)],"
                      " open(sys.argv[2]).read())\n"
                      "open(sys.argv[2], 'w').write(text)\n"
                      "EOF";
    if (std::system(cmd.c_str()) != 0) throw std::runtime_error("cannot write " + path);
    fs::rename(path + ".tmp", path);
    return path;
}

void run(benchmark::State& state, const std::vector<std::string>& args) {
    NullBuffer drop;
    std::ostream out(&drop), err(&drop);
    for (auto _ : state) {
        int status = lexcheck::cli::run(args, out, err);
        if (status == 2) state.SkipWithError("lexcheck exited 2");
    }
}

void BM_CheckTwice(benchmark::State& state) {
    std::string dir = instance_dir();
    std::vector<std::string> check = {"check",         "--rules",    dir + "/rules", "--corpus",
                                      dir + "/corpus", "--no-cache", "--format",     "json",
                                      "--fail-on",     "never",      "--as-of",      "2024-01-01"};
    NullBuffer drop;
    std::ostream out(&drop), err(&drop);
    for (auto _ : state) {
        lexcheck::cli::run(check, out, err);
        lexcheck::cli::run(check, out, err);
    }
}

void BM_Impact(benchmark::State& state) {
    std::string dir = instance_dir();
    run(state, {"impact", "--bill", bill_file(dir), "--rules", dir + "/rules", "--corpus",
                dir + "/corpus", "--no-cache", "--format", "json", "--fail-on", "never"});
}

void BM_Scaffold(benchmark::State& state) {
    run(state,
        {"scaffold",
         LEXCHECK_SOURCE_DIR "/tests/fixtures/akn/published/it_normattiva_041U0633_vig20241222.xml",
         "--rules", LEXCHECK_SOURCE_DIR "/rules", "--corpus", LEXCHECK_SOURCE_DIR "/corpus",
         "--no-cache"});
}

}  // namespace

BENCHMARK(BM_CheckTwice)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Impact)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Scaffold)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
