#include "inputs.hpp"

#include <algorithm>
#include <ostream>

#include "lexcheck/core/sha256.hpp"
#include "lexcheck/parser/cache.hpp"
#include "lexcheck/parser/load.hpp"

namespace lexcheck::cli {

void print_diagnostics(const core::SourceManager& sources, const core::DiagnosticSink& sink,
                       std::ostream& err) {
    for (const core::Diagnostic& d : sink.sorted(sources)) err << core::render_diagnostic(sources, d);
}

std::unique_ptr<Inputs> load_inputs(const Options& options, std::ostream& err) {
    auto in = std::make_unique<Inputs>();
    parser::load_rule_set(options.rules, in->sources, in->rules, in->sink);
    // Measures are checked against the vocabulary, so a broken rule set stops here.
    if (!in->sink.has_errors()) {
        std::optional<parser::CorpusCache> cache;
        if (!options.no_cache) cache.emplace(parser::default_cache_dir(), in->rules.schema);
        parser::load_corpus(options.corpus, in->rules.schema, in->sources, in->corpus, in->sink,
                            options.threads, cache ? &*cache : nullptr);
    }
    print_diagnostics(in->sources, in->sink, err);
    if (in->sink.has_errors()) {
        std::size_t n = in->sink.error_count();
        err << "lexcheck: " << n << (n == 1 ? " error" : " errors") << " in the input; nothing was checked\n";
        return nullptr;
    }
    return in;
}

std::vector<reports::InputFile> input_files(const Inputs& in) {
    std::vector<reports::InputFile> out;
    auto add = [&](core::SourceId id) {
        out.push_back({in.sources.path(id), core::sha256_hex(in.sources.text(id))});
    };
    for (core::SourceId id : in.rules.files) add(id);
    for (core::SourceId id : in.corpus.files) add(id);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    out.erase(std::unique(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.path == b.path; }),
              out.end());
    return out;
}

}  // namespace lexcheck::cli
