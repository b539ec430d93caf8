// Between the command line and the audit trail (docs/audit.md): what `check --record` stores
// of its options and inputs, and a recorded run's options and inputs read back for `report`
// and `replay`.
#pragma once

#include "inputs.hpp"
#include "options.hpp"

#include "lexcheck/audit/database.hpp"
#include "lexcheck/audit/error.hpp"
#include "lexcheck/audit/findings_codec.hpp"
#include "lexcheck/checker/check.hpp"

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lexcheck::cli {

/// The source lock a run reads (LANGUAGE.md §11): `--lock`/lexcheck.toml's, else
/// `./lexcheck.lock` when it exists; its path and content
struct LockFile {
    std::string path;
    std::string content;
};
std::optional<LockFile> read_lock(const Options& options);

/// What one `check` run records: everything but the findings' encoding and the report's
/// digest, which the caller adds
struct CheckRun {
    const Options& options;
    const Inputs& inputs;
    const checker::CheckResult& result;
    const std::vector<reports::InputFile>& files;  ///< As the report lists them
    const std::optional<LockFile>& lock;
    std::string recorded_at;  ///< UTC; also the report's timestamp with --timestamp
    int exit_status = 0;
    std::optional<std::string> report_sha256;  ///< Of the report written
};
audit::RunRecord make_record(const CheckRun& run);

/// The options a recorded run was given, read back (rules, corpus, as-of, jurisdictions,
/// format, fail-on, --all, --only, --timestamp)
Options options_of(const audit::StoredRun& run);
/// The recorded timestamp the run's report showed (`--timestamp`), if any
std::optional<std::string> timestamp_of(const audit::StoredRun& run);

/// Loads a recorded run's rules and corpus from its stored files, under the paths they had;
/// nullptr (after printing why) when they no longer load
std::unique_ptr<Inputs> load_recorded_inputs(const audit::StoredRun& run, const Options& options,
                                             std::ostream& err);

/// The report of a recorded run in `format`, rendered from its stored findings and inputs;
/// nullopt (after printing why) when the stored inputs no longer load
std::optional<std::string> render_recorded(audit::Database& db, const audit::StoredRun& run,
                                           const std::string& format, unsigned threads,
                                           std::ostream& err);

/// The rule and corpus paths of a command, as RunRecord::paths keys them
std::string paths_key(const Options& options);

/// Whether the report of `format` has the section "Since the previous run"
bool shows_since_previous(const std::string& format);
/// That section for a run whose listed findings are `keys`, against run `previous`
reports::SincePrevious since_previous_run(audit::Database& db, std::optional<std::int64_t> previous,
                                          const std::vector<audit::FindingKey>& keys);

/// The checker's options for a command's options (`check`, and `replay` of a recorded check)
checker::CheckOptions check_options(const Options& options);

/// Prints `lexcheck: error: …` and its help; returns exit status 2
int report_audit_error(const audit::Error& e, std::ostream& err, const std::string& prefix = {});

}  // namespace lexcheck::cli
