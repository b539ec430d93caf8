#include "audit/recorded_run.hpp"

#include "app.hpp"

#include "lexcheck/audit/delta_report.hpp"
#include "lexcheck/audit/findings_codec.hpp"
#include "lexcheck/core/file_overlay.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/core/version.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <unordered_map>

namespace lexcheck::cli {

std::optional<LockFile> read_lock(const Options& options) {
    std::string path = options.lock.value_or("lexcheck.lock");
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return LockFile{path, text.str()};
}

audit::RunRecord make_record(const CheckRun& run) {
    const Options& o = run.options;
    audit::RunRecord r;
    r.command = o.command;
    r.recorded_at = run.recorded_at;
    r.version = std::string(core::version());
    r.as_of = core::format_date(run.result.as_of);
    r.paths = paths_key(o);

    auto option = [&](std::string name, std::string value) {
        r.options.emplace_back(std::move(name), std::move(value));
    };
    for (const std::string& p : o.rules) option("rules", p);
    for (const std::string& p : o.corpus) option("corpus", p);
    option("as-of", r.as_of);
    for (const std::string& j : o.jurisdictions) option("jurisdiction", j);
    option("format", o.format);
    if (o.output) option("output", *o.output);
    option("fail-on", o.fail_on);
    if (o.all) option("all", "true");
    for (core::Outcome only : o.only) option("only", std::string(core::outcome_name(only)));
    if (o.timestamp) option("timestamp", run.recorded_at);

    std::unordered_map<std::string_view, std::string_view> text_of;
    const core::SourceManager& sources = run.inputs.sources;
    for (core::SourceId id = 0; id < sources.size(); ++id)
        text_of[sources.path(id)] = sources.text(id);
    for (const reports::InputFile& f : run.files)
        r.inputs.push_back({f.path, f.sha256, text_of[f.path]});
    if (run.lock) {
        r.lock = audit::InputFile{run.lock->path, core::sha256_hex(run.lock->content),
                                  run.lock->content};
    }
    r.exit_status = run.exit_status;
    r.summary = run.result.summary;
    r.report_format = o.format;
    r.report_sha256 = run.report_sha256;
    return r;
}

Options options_of(const audit::StoredRun& run) {
    Options o;
    o.command = run.info.command;
    o.rules_from = o.corpus_from = Origin::command_line;
    for (const auto& [name, value] : run.options) {
        if (name == "rules") o.rules.push_back(value);
        if (name == "corpus") o.corpus.push_back(value);
        if (name == "as-of") o.as_of = core::parse_date(value);
        if (name == "jurisdiction") o.jurisdictions.push_back(value);
        if (name == "format") o.format = value;
        if (name == "output") o.output = value;
        if (name == "fail-on") o.fail_on = value;
        if (name == "all") o.all = true;
        if (name == "only") {
            if (auto outcome = core::parse_outcome(value)) o.only.push_back(*outcome);
        }
        if (name == "timestamp") o.timestamp = true;
    }
    return o;
}

std::optional<std::string> timestamp_of(const audit::StoredRun& run) {
    for (const auto& [name, value] : run.options) {
        if (name == "timestamp") return value;
    }
    return std::nullopt;
}

std::unique_ptr<Inputs> load_recorded_inputs(const audit::StoredRun& run, const Options& options,
                                             std::ostream& err) {
    core::FileOverlay files;
    for (const audit::StoredFile& f : run.files) {
        if (f.role == "input") files.add(f.path, f.content);
    }
    core::FileOverlayScope scope(files);
    auto inputs = load_inputs(options, err);
    if (!inputs) {
        err << "lexcheck: error: the stored inputs of run " << run.info.id
            << " no longer load in this lexcheck (" << core::version() << "; the run used "
            << run.info.version << ")\n";
    }
    return inputs;
}

std::string paths_key(const Options& o) {
    std::string key;
    for (const std::string& p : o.rules) key += "rules " + p + "\n";
    for (const std::string& p : o.corpus) key += "corpus " + p + "\n";
    return key;
}

bool shows_since_previous(const std::string& format) {
    return format == "html" || format == "md";
}

reports::SincePrevious since_previous_run(audit::Database& db, std::optional<std::int64_t> previous,
                                          const std::vector<audit::FindingKey>& keys) {
    if (!previous) return audit::since_previous({}, std::nullopt, "");
    auto [recorded_at, findings] = db.findings_of(*previous);
    audit::Delta delta = audit::compute_delta(audit::finding_keys(findings), keys);
    return audit::since_previous(delta, previous, recorded_at);
}

std::optional<std::string> render_recorded(audit::Database& db, const audit::StoredRun& run,
                                           const std::string& format, unsigned threads,
                                           std::ostream& err) {
    Options recorded = options_of(run);
    recorded.threads = threads;
    auto inputs = load_recorded_inputs(run, recorded, err);
    if (!inputs) return std::nullopt;
    checker::CheckResult result =
        audit::decode_findings(run.findings, inputs->rules, inputs->corpus, inputs->sources);
    reports::Report report{inputs->sources,
                           inputs->rules,
                           inputs->corpus,
                           result,
                           input_files(*inputs, threads),
                           recorded.jurisdictions,
                           timestamp_of(run),
                           std::nullopt};
    if (shows_since_previous(format)) {
        report.since_previous =
            since_previous_run(db, db.previous_run(run.info.id), audit::finding_keys(run.findings));
    }
    std::ostringstream text;
    reports::make_reporter(format, threads)->write(report, text);
    return std::move(text).str();
}

checker::CheckOptions check_options(const Options& options) {
    checker::CheckOptions co;
    co.as_of = options.as_of.value_or(core::today());
    co.jurisdictions = options.jurisdictions;
    co.threads = options.threads;
    co.include_not_applicable = options.all;
    co.only = options.only;
    return co;
}

int report_audit_error(const audit::Error& e, std::ostream& err, const std::string& prefix) {
    err << "lexcheck: error: " << prefix << e.what() << "\n";
    if (!e.help.empty()) err << "  = help: " << e.help << "\n";
    return kExitInputError;
}

}  // namespace lexcheck::cli
