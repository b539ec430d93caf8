// One analysis of the workspace: the rule set and corpus as `lexcheck check` and `lexcheck
// lint` read them, with the editor's open documents in place of their files.
#pragma once

#include "documents.hpp"
#include "text.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/lsp/server.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace lexcheck::lsp::detail {

class Index;

struct Snapshot {
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    /// Every diagnostic, sorted as the command line prints them: the rules' errors; when
    /// there are none, the corpus's; when there are none either, lint's warnings and notes
    std::vector<core::Diagnostic> diagnostics;
    /// Whether the corpus was read (it is checked against the vocabulary, so a rule set
    /// with errors stops before it, as in `lexcheck check`)
    bool corpus_loaded = false;
    /// Whether ServerOptions::slow_lint has run (or has nothing to do: errors, no hook)
    bool slow_lint_done = false;
    /// Absolute path of each source (by SourceId), and the other way round
    std::vector<std::string> paths;
    std::unordered_map<std::string, core::SourceId> ids;

    std::optional<core::SourceId> find(const std::string& absolute) const;
    bool has_errors() const;
    /// Definitions and references, built on first use
    const Index& index() const;
    /// The line index of a source, built on first use
    const LineIndex& lines(core::SourceId file) const;
    /// Every finding on `as_of` (not_applicable left out, no traces), computed on first use
    /// for that date; empty when the corpus was not read
    const checker::CheckResult& findings(core::Date as_of) const;
    ~Snapshot();

private:
    mutable std::unique_ptr<Index> index_;
    mutable std::unordered_map<core::SourceId, LineIndex> lines_;
    mutable std::optional<checker::CheckResult> findings_;
};

/// Reads the workspace's rule and measure files (open documents from `open`, the others
/// from disk), then parses, resolves, links, loads and lints them
std::unique_ptr<Snapshot> analyse(const WorkspacePaths& workspace, const Documents& open);

/// Runs `slow_lint` on the snapshot's rules and adds what it reports to its diagnostics
void add_slow_lint(
    Snapshot& s, const std::function<void(const core::RuleSet&, core::DiagnosticSink&)>& slow_lint);

}  // namespace lexcheck::lsp::detail
