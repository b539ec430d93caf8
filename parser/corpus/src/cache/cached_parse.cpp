#include "cache/cached_parse.hpp"

namespace lexcheck::parser::detail {

MeasureFile parse_and_store(const core::SourceManager& sources, core::SourceId file,
                            const core::Schema& schema, core::DiagnosticSink& sink,
                            const CorpusCache* cache, const std::string& key) {
    if (!cache) return parse_measure_file(sources, file, schema, sink);
    // The file's own sink, so that only its diagnostics decide whether it is stored.
    core::DiagnosticSink own;
    MeasureFile parsed = parse_measure_file(sources, file, schema, own);
    std::vector<core::Diagnostic> found = own.take();
    if (found.empty()) cache->store(key, parsed, sources.text(file));
    for (core::Diagnostic& d : found) sink.report(std::move(d));
    return parsed;
}

}  // namespace lexcheck::parser::detail
