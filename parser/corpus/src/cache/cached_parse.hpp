// How load_corpus fills the corpus cache, one file at a time.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/parser/cache.hpp"
#include "lexcheck/parser/measures.hpp"

#include <string>

namespace lexcheck::parser::detail {

/// parse_measure_file; with a `cache`, a parse without diagnostics is stored under `key`
/// (a file with diagnostics never is, so they are reported again on every run)
MeasureFile parse_and_store(const core::SourceManager& sources, core::SourceId file,
                            const core::Schema& schema, core::DiagnosticSink& sink,
                            const CorpusCache* cache, const std::string& key);

}  // namespace lexcheck::parser::detail
