#include "analysis.hpp"

#include "index.hpp"

#include "lexcheck/checker/lint.hpp"
#include "lexcheck/parser/load.hpp"

#include <algorithm>
#include <set>

namespace lexcheck::lsp::detail {

namespace {

/// The ids of `kind` files: the workspace's (in the order find_files gives, each from its
/// open document if there is one), then the other open documents of that kind
std::vector<core::SourceId> read_files(const std::vector<std::string>& paths, FileKind kind,
                                       const Documents& open, core::SourceManager& sources,
                                       core::DiagnosticSink& sink) {
    static const std::vector<std::string> kRules = {".lex"};
    static const std::vector<std::string> kMeasures = {".yaml", ".yml", ".json", ".jsonl"};
    std::vector<core::SourceId> ids;
    std::set<std::string> seen;
    for (const std::string& path :
         parser::find_files(paths, kind == FileKind::rules ? kRules : kMeasures, sink)) {
        std::string absolute = absolute_path(path);
        seen.insert(absolute);
        if (auto doc = open.find(absolute); doc != open.end()) {
            ids.push_back(sources.add(path, doc->second.text));
        } else if (auto id = parser::read_source(path, sources, sink)) {
            ids.push_back(*id);
        }
    }
    for (const auto& [absolute, doc] : open) {
        if (file_kind(absolute) == kind && !seen.count(absolute))
            ids.push_back(sources.add(absolute, doc.text));
    }
    return ids;
}

}  // namespace

std::optional<core::SourceId> Snapshot::find(const std::string& absolute) const {
    auto it = ids.find(absolute);
    if (it == ids.end()) return std::nullopt;
    return it->second;
}

bool Snapshot::has_errors() const {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const core::Diagnostic& d) {
        return d.severity == core::Severity::error;
    });
}

const Index& Snapshot::index() const {
    if (!index_) index_ = std::make_unique<Index>(*this);
    return *index_;
}

const LineIndex& Snapshot::lines(core::SourceId file) const {
    auto it = lines_.find(file);
    if (it == lines_.end()) it = lines_.emplace(file, LineIndex(sources.text(file))).first;
    return it->second;
}

const checker::CheckResult& Snapshot::findings(core::Date as_of) const {
    if (!findings_ || findings_->as_of != as_of) {
        findings_.emplace();
        findings_->as_of = as_of;
        if (corpus_loaded && !has_errors()) {
            checker::CheckOptions options;
            options.as_of = as_of;
            options.with_trace = false;
            findings_ = checker::check(rules, corpus, sources, options);
        }
    }
    return *findings_;
}

Snapshot::~Snapshot() = default;

std::unique_ptr<Snapshot> analyse(const WorkspacePaths& workspace, const Documents& open) {
    auto s = std::make_unique<Snapshot>();
    core::DiagnosticSink sink;
    std::vector<core::SourceId> rule_files =
        read_files(workspace.rules, FileKind::rules, open, s->sources, sink);
    parser::load_rule_sources(rule_files, s->sources, s->rules, sink);
    if (!sink.has_errors()) {
        std::vector<core::SourceId> measure_files =
            read_files(workspace.corpus, FileKind::measures, open, s->sources, sink);
        parser::load_corpus_sources(measure_files, s->rules.schema, s->sources, s->corpus, sink);
        s->corpus_loaded = true;
    }
    if (!sink.has_errors()) checker::lint(s->rules, s->corpus, sink);
    s->slow_lint_done = sink.has_errors();
    s->diagnostics = sink.sorted(s->sources);
    for (core::SourceId id = 0; id < s->sources.size(); ++id) {
        s->paths.push_back(absolute_path(s->sources.path(id)));
        s->ids.emplace(s->paths.back(), id);
    }
    return s;
}

void add_slow_lint(
    Snapshot& s,
    const std::function<void(const core::RuleSet&, core::DiagnosticSink&)>& slow_lint) {
    s.slow_lint_done = true;
    core::DiagnosticSink sink;
    slow_lint(s.rules, sink);
    if (!sink.has_errors() && sink.sorted(s.sources).empty()) return;
    for (core::Diagnostic& d : s.diagnostics) sink.report(std::move(d));
    s.diagnostics = sink.sorted(s.sources);
}

}  // namespace lexcheck::lsp::detail
