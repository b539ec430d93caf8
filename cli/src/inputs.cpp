#include "inputs.hpp"

#include "lexcheck/core/parallel.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/parser/cache.hpp"
#include "lexcheck/parser/load.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <ostream>

namespace lexcheck::cli {

namespace {
std::atomic<bool> exit_follows{false};
}  // namespace

void set_exit_follows_command(bool on) {
    exit_follows = on;
}

bool exit_follows_command() {
    return exit_follows;
}

void keep_until_exit(std::shared_ptr<void> object) {
    static std::mutex mutex;
    static auto* kept = new std::vector<std::shared_ptr<void>>();  // never destroyed
    std::lock_guard lock(mutex);
    kept->push_back(std::move(object));
}

void print_diagnostics(const core::SourceManager& sources, const core::DiagnosticSink& sink,
                       std::ostream& err) {
    for (const core::Diagnostic& d : sink.sorted(sources))
        err << core::render_diagnostic(sources, d);
}

std::unique_ptr<Inputs> load_inputs(const Options& options, std::ostream& err) {
    auto in = std::make_unique<Inputs>();
    parser::load_rule_set(options.rules, in->sources, in->rules, in->sink);
    // Measures are checked against the vocabulary, so a broken rule set stops here.
    if (!in->sink.has_errors()) {
        if (!options.no_cache) in->cache.emplace(parser::default_cache_dir(), in->rules.schema);
        parser::load_corpus(options.corpus, in->rules.schema, in->sources, in->corpus, in->sink,
                            options.threads, in->cache ? &*in->cache : nullptr);
    }
    print_diagnostics(in->sources, in->sink, err);
    if (in->sink.has_errors()) {
        std::size_t n = in->sink.error_count();
        err << "lexcheck: " << n << (n == 1 ? " error" : " errors")
            << " in the input; nothing was checked\n";
        return nullptr;
    }
    return in;
}

std::vector<reports::InputFile> input_files(const Inputs& in, unsigned threads) {
    std::vector<core::SourceId> files = in.rules.files;
    files.insert(files.end(), in.corpus.files.begin(), in.corpus.files.end());
    std::vector<reports::InputFile> out(files.size());
    core::parallel_for(files.size(), threads, [&](std::size_t i) {
        // Measure files were hashed for the cache key; only the others are hashed here.
        std::optional<std::string> known =
            in.cache ? in.cache->file_digest(files[i]) : std::nullopt;
        out[i].path = in.sources.path(files[i]);
        out[i].sha256 = known ? std::move(*known) : core::sha256_hex(in.sources.text(files[i]));
    });
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const auto& a, const auto& b) { return a.path == b.path; }),
              out.end());
    return out;
}

}  // namespace lexcheck::cli
