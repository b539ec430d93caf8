// Loading the rule set and corpus a command works on, and printing input problems.
#pragma once

#include "options.hpp"

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/parser/cache.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <iosfwd>
#include <memory>
#include <optional>

namespace lexcheck::cli {

struct Inputs {
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    core::DiagnosticSink sink;
    /// The corpus cache the load went through (none with --no-cache); it also holds the
    /// SHA-256 of every measure file it looked up
    std::optional<parser::CorpusCache> cache;
    /// Quoted texts that differ from the source lock (LANGUAGE.md §11), sorted
    std::vector<reports::SourceChange> source_changes;
};

class Progress;

/// Loads rules then the corpus; returns nullptr (after printing every diagnostic to `err`)
/// when any input has an error. Warnings are printed and do not stop. `progress`, when
/// given, shows the files read meanwhile.
std::unique_ptr<Inputs> load_inputs(const Options& options, std::ostream& err,
                                    Progress* progress = nullptr);

/// Prints every diagnostic in `sink`, sorted, with source snippets
void print_diagnostics(const core::SourceManager& sources, const core::DiagnosticSink& sink,
                       std::ostream& err);

/// Called by main() only, before the command runs: the process ends when the command
/// returns, so `check` keeps its inputs and results (keep_until_exit) instead of freeing
/// ~100 MB of small objects one by one; the kernel takes the pages back at once. In-process
/// callers (tests) leave it off, and everything is freed as usual.
void set_exit_follows_command(bool on);
bool exit_follows_command();

/// Keeps `object` alive, never destroyed, until the process ends. It stays reachable from a
/// static, so leak checkers do not count it as lost.
void keep_until_exit(std::shared_ptr<void> object);

/// Every file read, with its SHA-256, sorted by path (report provenance). Digests the corpus
/// cache already computed are reused; the other files are hashed on up to `threads` threads
/// (0: hardware concurrency).
std::vector<reports::InputFile> input_files(const Inputs& inputs, unsigned threads = 0);

}  // namespace lexcheck::cli
