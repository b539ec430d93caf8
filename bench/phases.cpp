// Where the time of one `lexcheck check --format json` goes, phase by phase (for profiling):
//   lexcheck_phases RULES CORPUS [--cache DIR] [--only violation,...] [--threads N]
// Prints the wall time of: rules, corpus (through the cache when given), check, input
// hashes, JSON (to a counting sink), and the totals.
#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/parser/cache.hpp"
#include "lexcheck/parser/load.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <streambuf>
#include <string>
#include <vector>

namespace {

using namespace lexcheck;
using Clock = std::chrono::steady_clock;

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

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr
            << "usage: lexcheck_phases RULES CORPUS [--cache DIR] [--only O,...] [--threads N]\n";
        return 2;
    }
    std::string cache_dir;
    checker::CheckOptions options;
    options.as_of = *core::parse_date("2024-01-01");
    for (int i = 3; i + 1 < argc; i += 2) {
        std::string a = argv[i], v = argv[i + 1];
        if (a == "--cache") cache_dir = v;
        if (a == "--threads") options.threads = static_cast<unsigned>(std::stoul(v));
        if (a == "--only") {
            for (std::size_t s = 0; s <= v.size();) {
                std::size_t c = v.find(',', s);
                if (c == std::string::npos) c = v.size();
                options.only.push_back(*core::parse_outcome(v.substr(s, c - s)));
                s = c + 1;
            }
        }
    }
    auto t0 = Clock::now();
    auto lap = [&, last = t0](const char* what) mutable {
        auto now = Clock::now();
        std::printf("%-8s %8.1f ms\n", what,
                    std::chrono::duration<double, std::milli>(now - last).count());
        last = now;
    };
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    core::DiagnosticSink sink;
    parser::load_rule_set({argv[1]}, sources, rules, sink);
    lap("rules");
    std::optional<parser::CorpusCache> cache;
    if (!cache_dir.empty()) cache.emplace(cache_dir, rules.schema);
    parser::load_corpus({argv[2]}, rules.schema, sources, corpus, sink, options.threads,
                        cache ? &*cache : nullptr);
    lap("corpus");
    if (sink.has_errors()) {
        std::cerr << sink.error_count() << " errors in the input\n";
        return 2;
    }
    auto result = checker::check(rules, corpus, sources, options);
    lap("check");
    std::vector<reports::InputFile> inputs;
    // As the CLI does: measure files looked up in the cache were hashed for their key then.
    for (core::SourceId id : corpus.files) {
        auto known = cache ? cache->file_digest(id) : std::nullopt;
        inputs.push_back({sources.path(id), known ? *known : core::sha256_hex(sources.text(id))});
    }
    lap("hashes");
    reports::Report report{sources, rules, corpus, result, inputs, {}, std::nullopt};
    CountingBuf buf;
    std::ostream out(&buf);
    reports::make_reporter("json")->write(report, out);
    lap("json");
    std::printf("total    %8.1f ms  (%zu measures, %zu findings, %zu JSON bytes, %zu violations)\n",
                std::chrono::duration<double, std::milli>(Clock::now() - t0).count(),
                corpus.measures.size(), result.findings.size(), buf.bytes,
                result.summary.violation);
    if (cache)
        std::printf("cache    %zu hits, %zu misses, %zu rejected\n", cache->hits(), cache->misses(),
                    cache->rejected());
    return 0;
}
