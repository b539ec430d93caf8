// Loading a corpus from the file system: finding and reading input files, parsing measure
// files in parallel (or reading them back from the corpus cache, lexcheck/parser/cache.hpp)
// and linking measures to the Akoma Ntoso documents they quote.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/schema.hpp"
#include "lexcheck/core/source.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lexcheck::parser {

class CorpusCache;

/// Every file under `paths` whose name ends with one of `extensions`, sorted; a path that
/// is a file is taken as is. A missing path is an error in `sink`.
std::vector<std::string> find_files(const std::vector<std::string>& paths,
                                    const std::vector<std::string>& extensions,
                                    core::DiagnosticSink& sink);

/// Reads a file into the source manager; an unreadable file is an error in `sink`
std::optional<core::SourceId> read_source(const std::string& path, core::SourceManager& sources,
                                          core::DiagnosticSink& sink);

/// Loads every *.yaml, *.yml, *.json and *.jsonl measure file under `paths`, checking facts
/// against `schema`, and the Akoma Ntoso documents they quote. Files are read in parallel
/// on `threads` threads; the result is the same for any thread count. With a `cache`
/// (lexcheck/parser/cache.hpp), files parsed before are read back from it.
void load_corpus(const std::vector<std::string>& paths, const core::Schema& schema,
                 core::SourceManager& sources, core::Corpus& corpus, core::DiagnosticSink& sink,
                 unsigned threads = 0, const CorpusCache* cache = nullptr);

/// load_corpus over measure files already in `sources` (an editor's unsaved buffers, in the
/// order given), without a cache
void load_corpus_sources(const std::vector<core::SourceId>& files, const core::Schema& schema,
                         core::SourceManager& sources, core::Corpus& corpus,
                         core::DiagnosticSink& sink, unsigned threads = 0);

/// LANGUAGE.md §10: sets every measure's `ended`/`ended_by` from the `replaces` and `repeals`
/// of the others, and reports the errors between versions (at the key that names the
/// target). Measures `i` with `(*left_out)[i]` count as absent: `impact` checks the corpus
/// without its bill this way. load_corpus calls it over the whole corpus loaded so far.
void link_versions(core::Corpus& corpus, core::DiagnosticSink& sink,
                   const std::vector<bool>* left_out = nullptr);

}  // namespace lexcheck::parser
