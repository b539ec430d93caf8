#include "audit/recorded_run.hpp"

#include "app.hpp"
#include "delta_side.hpp"
#include "lock/source_lock.hpp"
#include "output_file.hpp"

#include "lexcheck/analysis/remedies.hpp"
#include "lexcheck/audit/findings_codec.hpp"
#include "lexcheck/core/file_overlay.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/core/temporary_file.hpp"
#include "lexcheck/core/version.hpp"
#include "lexcheck/delta/render.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <unordered_map>

namespace lexcheck::cli {

std::string utc_timestamp() {
    auto now = std::chrono::system_clock::now();
    std::time_t t = std::chrono::system_clock::to_time_t(now);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    return buf;
}

OpeningRecord::OpeningRecord(const Options& options) {
    if (!options.record) return;
    core::SignalsDeferred deferred;  // the thread never takes SIGINT (core/temporary_file.hpp)
    opened_ = std::async(std::launch::async, [this, path = *options.record] {
        try {
            return std::make_unique<audit::Database>(path, audit::Access::record);
        } catch (const audit::Error& e) {
            failure_ = e;
            return std::unique_ptr<audit::Database>();
        }
    });
}

std::unique_ptr<audit::Database> OpeningRecord::get(std::ostream& err, Progress& progress) {
    if (!opened_.valid()) return nullptr;
    std::unique_ptr<audit::Database> db = opened_.get();
    if (!db) {
        progress.idle();
        report_audit_error(*failure_, err, "cannot record the run: ");
        err << "lexcheck: nothing was checked and no report was written\n";
    }
    return db;
}

int emit_recorded(const Options& options, std::unique_ptr<audit::Database>& db,
                  const std::function<void(std::ostream&)>& produce,
                  const std::function<CheckRun()>& run, std::ostream& out, std::ostream& err,
                  Progress& progress) {
    std::optional<CheckRun> recorded;
    std::optional<std::int64_t> id;
    std::optional<audit::Error> failure;
    auto record = [&] {
        recorded.emplace(run());
        try {
            audit::RunRecord r = make_record(*recorded);
            // Moved, not copied: copying the 1.75 MB of the bench run's findings into a fresh
            // allocation cost ~10 ms of the calling thread (page faults)
            r.findings =
                recorded->findings
                    ? std::move(*recorded->findings)
                    : audit::encode_findings(recorded->result, recorded->inputs.rules,
                                             recorded->inputs.corpus, recorded->inputs.sources);
            id = db->record(r);
        } catch (const audit::Error& e) {
            failure = e;
        }
        db.reset();  // closed, and so checkpointed, before the output is placed too
    };
    bool placed = emit_output(options.output, produce, out, err, &progress, record);
    const std::string& path = *options.record;
    if (placed && id) {
        err << "lexcheck: recorded as run " << *id << " in `" << path << "`\n";
        return recorded->exit_status;
    }
    if (placed) {
        std::string where = options.output ? "`" + *options.output + "`" : "standard output";
        return report_audit_error(
            *failure, err,
            "the report was written to " + where + ", but the run was not recorded: ");
    }
    if (id) {
        err << "lexcheck: the run was recorded as run " << *id << " in `" << path
            << "`, but its report is missing; `lexcheck report --db " << path << " --run " << *id
            << " --format " << options.format
            << (options.output ? " --output " + *options.output : std::string())
            << "` writes it again\n";
    } else if (failure) {
        report_audit_error(*failure, err, "the run was not recorded either: ");
    } else {
        err << "lexcheck: the run was not recorded\n";
    }
    return kExitInputError;
}

FindingsInBackground::FindingsInBackground(const checker::CheckResult& result, const Inputs& inputs,
                                           audit::Database& db) {
    core::SignalsDeferred deferred;  // the thread never takes SIGINT (core/temporary_file.hpp)
    stored_ = std::async(std::launch::async, [&result, &inputs, &db] {
        std::string findings =
            audit::encode_findings(result, inputs.rules, inputs.corpus, inputs.sources);
        std::string sha256 = db.store_findings_ahead(findings);
        return std::pair(std::move(findings), std::move(sha256));
    });
}

FindingsInBackground::~FindingsInBackground() {
    if (stored_.valid()) stored_.wait();
}

std::pair<std::string, std::string> FindingsInBackground::get() {
    return stored_.get();
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
    for (const std::string& p : o.bills) option("bill", p);
    option("as-of", r.as_of);
    for (const std::string& j : o.jurisdictions) option("jurisdiction", j);
    option("format", o.format);
    if (o.output) option("output", *o.output);
    option("fail-on", o.fail_on);
    if (o.all) option("all", "true");
    for (core::Outcome only : o.only) option("only", std::string(core::outcome_name(only)));
    if (o.timestamp) option("timestamp", run.recorded_at);
    if (o.print_traces) option("print-traces", "true");
    if (o.remedies > 0) option("remedies", std::to_string(o.remedies));
    if (o.keep_others) option("keep-others", "true");
    if (o.lock) option("lock", *o.lock);

    RecordedInputs recorded = recorded_inputs(o, run.inputs, run.files);
    r.inputs = std::move(recorded.files);
    r.lock = std::move(recorded.lock);
    r.exit_status = run.exit_status;
    r.summary = run.result.summary;
    r.report_format = o.format;
    r.report_sha256 = run.report_sha256;
    r.findings_sha256 = run.findings_sha256;
    return r;
}

RecordedInputs recorded_inputs(const Options& options, const Inputs& inputs,
                               const std::vector<reports::InputFile>& files) {
    std::unordered_map<std::string_view, std::string_view> text_of;
    const core::SourceManager& sources = inputs.sources;
    for (core::SourceId id = 0; id < sources.size(); ++id)
        text_of[sources.path(id)] = sources.text(id);
    RecordedInputs r;
    for (const reports::InputFile& f : files)
        r.files.push_back({f.path, f.sha256, text_of[f.path]});
    // load_inputs read the source lock into the sources when there was one (LANGUAGE.md §11)
    std::string lock = lock::lock_path(options);
    auto locked = text_of.find(lock);
    if (locked != text_of.end()) {
        r.lock = audit::InputFile{lock, core::sha256_hex(locked->second), locked->second};
    }
    return r;
}

InputsAhead::InputsAhead(const std::unique_ptr<audit::Database>& db, RecordedInputs inputs)
    : db_(db) {
    db_->store_inputs_ahead(std::move(inputs.files), std::move(inputs.lock));
}

InputsAhead::~InputsAhead() {
    if (db_) db_->wait_for_inputs();
}

Options options_of(const audit::StoredRun& run) {
    Options o;
    o.command = run.info.command;
    o.rules_from = o.corpus_from = Origin::command_line;
    for (const auto& [name, value] : run.options) {
        if (name == "rules") o.rules.push_back(value);
        if (name == "corpus") o.corpus.push_back(value);
        if (name == "bill") o.bills.push_back(value);
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
        if (name == "print-traces") o.print_traces = true;
        if (name == "remedies") o.remedies = static_cast<unsigned>(std::stoul(value));
        if (name == "keep-others") o.keep_others = true;
        if (name == "lock") o.lock = value;
    }
    return o;
}

std::optional<std::string> timestamp_of(const audit::StoredRun& run) {
    for (const auto& [name, value] : run.options) {
        if (name == "timestamp") return value;
    }
    return std::nullopt;
}

std::optional<Recorded> load_recorded(const audit::StoredRun& run, const Options& options,
                                      std::ostream& err) {
    core::FileOverlay files;
    for (const audit::StoredFile& f : run.files) files.add(f.path, f.content);
    core::FileOverlayScope scope(files);  // the bill of an impact run is read through it too
    Recorded r;
    r.inputs = load_inputs(options, err);
    if (r.inputs && run.info.command == "impact") {
        Progress silent(Progress::Mode::off, err);
        r.impact = impact_of(options, *r.inputs, err, silent);
        if (!r.impact) r.inputs.reset();
    }
    if (!r.inputs) {
        err << "lexcheck: error: the stored inputs of run " << run.info.id
            << " no longer load in this lexcheck (" << core::version() << "; the run used "
            << run.info.version << ")\n";
        return std::nullopt;
    }
    return r;
}

std::string paths_key(const Options& o) {
    std::string key;
    for (const std::string& p : o.rules) key += "rules " + p + "\n";
    for (const std::string& p : o.corpus) key += "corpus " + p + "\n";
    for (const std::string& p : o.bills) key += "bill " + p + "\n";
    return key;
}

bool shows_since_previous(const std::string& format) {
    return format == "html" || format == "md";
}

reports::SincePrevious since_previous_run(audit::Database& db, std::optional<std::int64_t> previous,
                                          const checker::CheckResult& result,
                                          const Inputs& inputs) {
    reports::SincePrevious s;
    s.run = previous;
    if (!previous) return s;
    auto [recorded_at, findings] = db.findings_of(*previous);
    s.recorded_at = recorded_at;
    delta::Side before = stored_side(findings), after;
    after.as_of = result.as_of;
    add_findings(inputs, result, nullptr, after);
    add_links(inputs.corpus, nullptr, after);
    delta::Delta d = delta::compute(before, after);
    for (const delta::Change& c : d.changes) {
        s.changes.push_back({std::string(delta::kind_name(c.kind)), c.measure, c.provision,
                             delta::state_text(before, c.before),
                             delta::state_text(after, c.after)});
    }
    s.added = d.added;
    s.removed = d.removed;
    s.changed = d.changed;
    s.unchanged = d.unchanged;
    return s;
}

void complete_report(reports::Report& report, const Options& options, const Inputs& inputs,
                     const checker::CheckResult& result, Progress* progress) {
    report.source_changes = inputs.source_changes;  // LANGUAGE.md §11
    report.print_traces = options.print_traces;
    if (options.remedies == 0) return;
    if (progress) progress->doing("finding remedies");
    analysis::RemedyOptions ro;
    ro.as_of = result.as_of;
    ro.count = options.remedies;
    ro.keep_others = options.keep_others;
    report.remedies = analysis::find_remedies(inputs.rules, inputs.sources, inputs.corpus, result,
                                              ro, options.threads);
    if (progress) progress->doing("writing the report");
}

std::optional<std::string> render_recorded(audit::Database& db, const audit::StoredRun& run,
                                           const std::string& format, unsigned threads,
                                           std::ostream& err) {
    Options recorded = options_of(run);
    recorded.threads = threads;
    recorded.format = format;
    bool impact = run.info.command == "impact";
    std::vector<std::string> impact_formats = delta::formats();
    if (impact &&
        std::find(impact_formats.begin(), impact_formats.end(), format) == impact_formats.end()) {
        throw audit::Error("run " + std::to_string(run.info.id) +
                               " is an `impact` run: it has no `" + format + "` output",
                           "use --format text, json, html or md");
    }
    std::optional<Recorded> loaded = load_recorded(run, recorded, err);
    if (!loaded) return std::nullopt;
    if (loaded->impact) return std::move(loaded->impact->output);  // computed again
    const Inputs& inputs = *loaded->inputs;
    checker::CheckResult result =
        audit::decode_findings(run.findings, inputs.rules, inputs.corpus, inputs.sources);
    reports::Report report{inputs.sources,
                           inputs.rules,
                           inputs.corpus,
                           result,
                           input_files(inputs, threads),
                           recorded.jurisdictions,
                           timestamp_of(run)};
    complete_report(report, recorded, inputs, result);
    if (shows_since_previous(format)) {
        report.since_previous =
            since_previous_run(db, db.previous_run(run.info.id), result, inputs);
    }
    std::ostringstream text;
    reports::make_reporter(format, threads)->write(report, text);
    return std::move(text).str();
}

delta::Side stored_side(std::string_view findings) {
    delta::Side side;
    for (audit::FindingKey& k : audit::finding_keys(findings))
        side.findings.push_back(
            {std::move(k.measure), std::move(k.provision), k.outcome, k.binding, false, {}});
    return side;
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
