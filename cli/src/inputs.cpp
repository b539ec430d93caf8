#include "inputs.hpp"

#include "lock/source_lock.hpp"
#include "progress.hpp"

#include "lexcheck/core/file_overlay.hpp"
#include "lexcheck/core/parallel.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/parser/cache.hpp"
#include "lexcheck/parser/load.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <ostream>
#include <sstream>

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

namespace {

/// LANGUAGE.md §11: a `source_changed` warning for every quoted text that differs from the
/// lock, when there is one; a lock that cannot be read is an error
void compare_with_lock(const Options& options, Inputs& in) {
    std::string path = lock::lock_path(options);
    // Through the overlay: a recorded run rendered again reads the lock it recorded
    if (!core::is_regular_file(path)) {
        if (options.lock && options.command != "lock") {
            in.sink.error("lock_missing", {}, "the source lock `" + path + "` does not exist",
                          "run `lexcheck lock` to write it, or leave out --lock");
        }
        return;
    }
    std::string text;
    if (const core::FileOverlay* overlay = core::active_file_overlay()) {
        text = *overlay->find(path);
    } else {
        std::ifstream file(path, std::ios::binary);
        std::ostringstream read;
        read << file.rdbuf();
        text = std::move(read).str();
    }
    core::SourceId id = in.sources.add(path, std::move(text));
    lock::ReadLock locked = lock::read_lock(in.sources.text(id));
    if (!locked.error.empty()) {
        in.sink.error("lock_invalid", {id, 0, 0}, "the source lock `" + path + "` " + locked.error,
                      "write it again with `lexcheck lock`");
        return;
    }
    in.source_changes = lock::changes(locked.entries, in, path);
    for (const reports::SourceChange& c : in.source_changes) {
        in.sink.warning(
            "source_changed", c.at,
            "the text of `" + c.eid + "` in `" + c.akn + "` changed since `" + path +
                "` locked it for " + (c.provision ? "provision" : "measure") + " `" + c.id + "`",
            "check what the reports show changed against the " +
                std::string(c.provision ? "provision's conditions" : "measure's facts") +
                ", then run `lexcheck lock` to accept the new text");
    }
}

}  // namespace

std::unique_ptr<Inputs> load_inputs(const Options& options, std::ostream& err, Progress* progress) {
    auto in = std::make_unique<Inputs>();
    if (progress) progress->reading(in->sources);
    parser::load_rule_set(options.rules, in->sources, in->rules, in->sink);
    // Facts are checked against the vocabulary; with broken rules, the measure files are
    // still read for every error that does not depend on it (issue 21: all errors in one run).
    const bool rules_loaded = !in->sink.has_errors();
    if (rules_loaded) {
        if (!options.no_cache) in->cache.emplace(parser::default_cache_dir(), in->rules.schema);
        parser::load_corpus(options.corpus, in->rules.schema, in->sources, in->corpus, in->sink,
                            options.threads, in->cache ? &*in->cache : nullptr);
    } else if (!options.corpus.empty()) {
        parser::load_corpus(options.corpus, core::Schema::structure_only(), in->sources, in->corpus,
                            in->sink, options.threads);
    }
    if (progress) progress->idle();
    if (!in->sink.has_errors() && options.command != "lock") compare_with_lock(options, *in);
    print_diagnostics(in->sources, in->sink, err);
    if (in->sink.has_errors()) {
        if (!rules_loaded && !in->corpus.files.empty()) {
            err << "lexcheck: note: the facts of the measure files were not checked: the rules "
                   "have errors, so there is no vocabulary to check them against\n";
        }
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
