#include "cache/cached_parse.hpp"

namespace lexcheck::parser::detail {

MeasureFile parse_measure_file_cached(const core::SourceManager& sources, core::SourceId file,
                                      const core::Schema& schema, core::DiagnosticSink& sink,
                                      const CorpusCache* cache) {
    if (!cache) return parse_measure_file(sources, file, schema, sink);
    std::string key = cache->key_of_file(sources, file);
    if (auto hit = cache->load(key, file)) return std::move(*hit);
    MeasureFile parsed = parse_measure_file(sources, file, schema, sink);
    // A file with diagnostics is never cached, so they are reported again on every run.
    std::vector<core::Diagnostic> found = sink.take();
    if (found.empty()) cache->store(key, parsed);
    for (core::Diagnostic& d : found) sink.report(std::move(d));
    return parsed;
}

}  // namespace lexcheck::parser::detail
