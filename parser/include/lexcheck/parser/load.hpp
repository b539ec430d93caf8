// Loading whole rule sets and corpora from the file system: load_rule_set here, and the corpus
// (find_files, read_source, load_corpus) from lexcheck/parser/corpus.hpp.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/parser/corpus.hpp"

#include <string>
#include <vector>

namespace lexcheck::parser {

/// Parses and resolves every *.lex file under `paths` (sorted path order) and loads the
/// Akoma Ntoso texts that provisions link with `source`
void load_rule_set(const std::vector<std::string>& paths, core::SourceManager& sources,
                   core::RuleSet& rules, core::DiagnosticSink& sink);

/// load_rule_set over files already in `sources` (an editor's unsaved buffers, in the order
/// given): parses, resolves, and loads the Akoma Ntoso texts that provisions link
void load_rule_sources(const std::vector<core::SourceId>& files, core::SourceManager& sources,
                       core::RuleSet& rules, core::DiagnosticSink& sink);

}  // namespace lexcheck::parser
