// Between the command line and the audit trail (docs/audit.md): what `check --record` stores
// of its options and inputs, and a recorded run's options and inputs read back for `report`
// and `replay`.
#pragma once

#include "impact.hpp"
#include "inputs.hpp"
#include "options.hpp"
#include "progress.hpp"

#include "lexcheck/audit/database.hpp"
#include "lexcheck/audit/error.hpp"
#include "lexcheck/audit/findings_codec.hpp"
#include "lexcheck/checker/check.hpp"
#include "lexcheck/delta/delta.hpp"

#include <functional>
#include <future>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lexcheck::cli {

/// What one `check` or `impact` run records (for impact, `result` holds the findings with the
/// bill of the measures the bill adds or ends)
struct CheckRun {
    const Options& options;
    const Inputs& inputs;
    const checker::CheckResult& result;
    const std::vector<reports::InputFile>& files;  ///< As the report lists them
    std::string recorded_at;  ///< UTC; also the report's timestamp with --timestamp
    int exit_status = 0;
    std::optional<std::string> report_sha256;  ///< Of the report written
    /// audit::encode_findings() of `result` when it was encoded already (FindingsInBackground)
    std::optional<std::string> findings;
    std::optional<std::string> findings_sha256;  ///< Their SHA-256, when stored ahead
};

/// The findings of a check encoded for its record (audit::encode_findings) and stored into
/// `db` (audit::Database::store_findings_ahead) on a thread of their own, started before the
/// report is written and overlapping with it: a large run's encoding and the writing and
/// syncing of its findings then add little wall time. The thread only reads the result and
/// the inputs, which nothing changes while the report is written (a measure built meanwhile
/// by the reporter is published atomically: core::MeasureList), and is the only user of `db`
/// until get() returns.
class FindingsInBackground {
public:
    FindingsInBackground(const checker::CheckResult& result, const Inputs& inputs,
                         audit::Database& db);
    ~FindingsInBackground();  ///< Waits for the thread
    FindingsInBackground(const FindingsInBackground&) = delete;
    FindingsInBackground& operator=(const FindingsInBackground&) = delete;
    /// The encoded findings and their SHA-256, once they are stored; once (an error of the
    /// encoding is thrown here)
    std::pair<std::string, std::string> get();

private:
    std::future<std::pair<std::string, std::string>> stored_;
};
audit::RunRecord make_record(const CheckRun& run);

/// The files a run records: those its report lists (`files`), with their contents, and the
/// source lock when one was read
struct RecordedInputs {
    std::vector<audit::InputFile> files;
    std::optional<audit::InputFile> lock;
};
RecordedInputs recorded_inputs(const Options& options, const Inputs& inputs,
                               const std::vector<reports::InputFile>& files);

/// A run's inputs stored into a new database while the run is checked
/// (audit::Database::store_inputs_ahead). Waits for that thread when it goes, unless the
/// database was closed first (which waits for it too): declared after the inputs it reads,
/// it goes before them.
class InputsAhead {
public:
    InputsAhead(const std::unique_ptr<audit::Database>& db, RecordedInputs inputs);
    ~InputsAhead();
    InputsAhead(const InputsAhead&) = delete;
    InputsAhead& operator=(const InputsAhead&) = delete;

private:
    const std::unique_ptr<audit::Database>& db_;
};

/// Now, in UTC: `2026-12-03T10:15:00Z`
std::string utc_timestamp();

/// `--record`'s database, opened on a thread of its own while the inputs are read (opening an
/// existing one takes ~1.5 ms) and taken before anything is checked or written, so that a
/// database that cannot take the run stops the command with no output written
class OpeningRecord {
public:
    explicit OpeningRecord(const Options& options);  ///< Nothing to open without --record
    OpeningRecord(const OpeningRecord&) = delete;    // the thread holds `this`
    OpeningRecord& operator=(const OpeningRecord&) = delete;
    /// The database; nullptr without --record, or after saying why it cannot be recorded into
    /// (to `err`, once `progress` is idle). Once.
    std::unique_ptr<audit::Database> get(std::ostream& err, Progress& progress);

private:
    std::optional<audit::Error> failure_;  ///< Why it could not be opened; set by the thread
    /// Declared after failure_, so destroyed (waiting for the thread) before it
    std::future<std::unique_ptr<audit::Database>> opened_;
};

/// Writes a command's output through emit_output and records the run into `db` (`run` gives
/// it, once the output is written) before the output is put in place, closing (resetting) the
/// database then too: its fsyncs are done before the output replaces a file. On ext4 (data=ordered)
/// the first fsync after a file was replaced waits for that file's pages to reach the disk, 14-22
/// ms for a 26 MB report (docs/performance.md, "The record before the report is placed"). Returns
/// the run's exit status, or 2 after saying which of the two is missing (issue 16: both exist, or
/// the error says which one is missing).
int emit_recorded(const Options& options, std::unique_ptr<audit::Database>& db,
                  const std::function<void(std::ostream&)>& produce,
                  const std::function<CheckRun()>& run, std::ostream& out, std::ostream& err,
                  Progress& progress);

/// The options a recorded run was given, read back (rules, corpus, as-of, jurisdictions,
/// format, fail-on, --all, --only, --timestamp, --print-traces, --remedies, --keep-others,
/// --lock)
Options options_of(const audit::StoredRun& run);
/// The recorded timestamp the run's report showed (`--timestamp`), if any
std::optional<std::string> timestamp_of(const audit::StoredRun& run);

/// A recorded run's inputs loaded again from its stored files, under the paths they had; for
/// an impact run, its comparison computed again too (in `options.format`), the bill read from
/// the stored files as well
struct Recorded {
    std::unique_ptr<Inputs> inputs;
    std::optional<ImpactRun> impact;
};
/// nullopt (after printing why) when the stored inputs no longer load
std::optional<Recorded> load_recorded(const audit::StoredRun& run, const Options& options,
                                      std::ostream& err);

/// The report of a recorded run in `format`, rendered from its stored findings and inputs (an
/// impact run's output computed again); nullopt (after printing why) when the stored inputs
/// no longer load
std::optional<std::string> render_recorded(audit::Database& db, const audit::StoredRun& run,
                                           const std::string& format, unsigned threads,
                                           std::ostream& err);

/// The rule, corpus and bill paths of a command, as RunRecord::paths keys them (so a check's
/// previous run is never an impact run)
std::string paths_key(const Options& options);

/// Whether the report of `format` has the section "Since the previous run"
bool shows_since_previous(const std::string& format);
/// That section for a run of `result` over `inputs`, against run `previous`
reports::SincePrevious since_previous_run(audit::Database& db, std::optional<std::int64_t> previous,
                                          const checker::CheckResult& result, const Inputs& inputs);

/// What a report of a check shows besides its findings: the quoted texts changed since the
/// source lock, --print-traces and the remedies (`check`, and a recorded run rendered again)
void complete_report(reports::Report& report, const Options& options, const Inputs& inputs,
                     const checker::CheckResult& result, Progress* progress = nullptr);

/// The listed findings of a run's stored findings (audit::encode_findings) as one side of a
/// delta, without loading any input: pairs, outcomes and bindings only
delta::Side stored_side(std::string_view findings);

/// The checker's options for a command's options (`check`, and `replay` of a recorded check)
checker::CheckOptions check_options(const Options& options);

/// Prints `lexcheck: error: …` and its help; returns exit status 2
int report_audit_error(const audit::Error& e, std::ostream& err, const std::string& prefix = {});

}  // namespace lexcheck::cli
