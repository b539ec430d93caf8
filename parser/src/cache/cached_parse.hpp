// The hook by which load_corpus consults and fills the corpus cache, one file at a time.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/parser/cache.hpp"
#include "lexcheck/parser/measures.hpp"

namespace lexcheck::parser::detail {

/// parse_measure_file, answered from `cache` when it holds a sound entry for these bytes;
/// a fresh parse with no diagnostics is stored. A null `cache` always parses.
MeasureFile parse_measure_file_cached(const core::SourceManager& sources, core::SourceId file,
                                      const core::Schema& schema, core::DiagnosticSink& sink,
                                      const CorpusCache* cache);

}  // namespace lexcheck::parser::detail
