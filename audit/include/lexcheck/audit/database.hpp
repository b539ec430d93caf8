// The audit database (issue 16, docs/audit.md): every recorded run with its options, its
// inputs (content-addressed by SHA-256, each distinct content stored once) and its findings,
// in one SQLite file that several lexcheck processes may write at once.
#pragma once

#include "lexcheck/checker/check.hpp"

#include <cstdint>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexcheck::audit {

namespace detail {
class Connection;
struct NewDatabase;
}  // namespace detail

/// What a command does with the database: `record` creates a missing file and writes
enum class Access { read, record };

/// A file a run read, to be recorded; `content` must outlive Database::record()
struct InputFile {
    std::string path;    ///< As the run named it (reports show this path)
    std::string sha256;  ///< Lowercase hex SHA-256 of `content`
    std::string_view content;
};

/// One option of a run as `name`, `value` (repeated for a list, in order)
using Option = std::pair<std::string, std::string>;

/// Everything recorded about one run
struct RunRecord {
    std::string command;      ///< `check`
    std::string recorded_at;  ///< UTC, `2026-12-03T10:15:00Z`
    std::string version;      ///< lexcheck's version
    std::string as_of;
    std::string paths;  ///< The rule and corpus paths, one per line: `rules PATH`, `corpus PATH`
    std::vector<Option> options;
    std::vector<InputFile> inputs;  ///< Sorted by path
    std::optional<InputFile> lock;  ///< The source lock read (LANGUAGE.md §11), if any
    int exit_status = 0;
    checker::Summary summary;
    std::string findings;  ///< encode_findings() of the run's result
    /// SHA-256 of `findings` when store_findings_ahead() gave it (computed by record() if not)
    std::optional<std::string> findings_sha256;
    std::string report_format;
    std::optional<std::string> report_sha256;  ///< Of the report file written, when one was
};

/// A recorded run as `history` lists it
struct RunInfo {
    std::int64_t id = 0;
    std::string recorded_at, command, version, as_of, paths, inputs_digest;
    int exit_status = 0;
    std::size_t inputs = 0;    ///< Files read (the lock included)
    checker::Summary summary;  ///< measures, provisions and the outcome counts
    std::string report_format;
    std::optional<std::string> report_sha256;
};

/// A file of a recorded run, read back
struct StoredFile {
    std::string path;
    std::string role;  ///< `input` or `lock`
    std::string sha256;
    std::string content;
};

/// A recorded run, read back whole
struct StoredRun {
    RunInfo info;
    std::vector<Option> options;
    std::vector<StoredFile> files;  ///< Sorted by path
    std::string findings;
};

/// The schema version this lexcheck writes (`PRAGMA user_version`; docs/audit.md)
constexpr int kSchemaVersion = 3;

/// An open audit database. Every failure throws audit::Error; a file that is not a sound
/// lexcheck audit database is refused before anything is written to it.
class Database {
public:
    Database(const std::string& path, Access access);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Stores a run in one transaction (whole or not at all); returns its id
    std::int64_t record(const RunRecord& run);
    /// Starts storing the input files of the run to be recorded, on a thread of its own, while
    /// the caller goes on (checks): the first run of a new database stores every input (12 MB
    /// for 100,000 measures), which then adds little to the time record() takes. Nothing is
    /// visible before record() commits the run (the new database is still a temporary file).
    /// Does nothing for a database that exists: record() looks its blobs up. The contents must
    /// stay alive until wait_for_inputs() or record() returns; an error is thrown by record().
    void store_inputs_ahead(std::vector<InputFile> inputs, std::optional<InputFile> lock);
    /// Waits for store_inputs_ahead()'s thread (keeping its error, if any, for record())
    void wait_for_inputs();
    /// Stores the encoded findings of the run to be recorded, in a transaction of their own,
    /// while the caller goes on (writes the report): record() then adds only the run's rows.
    /// Content-addressed, so findings stored before (the same check again) are not written
    /// again. Nothing of the run is visible before record() commits it: a run that never
    /// commits leaves findings no run refers to, which the next run with the same findings
    /// uses (into a new database: they go into its temporary file, after the inputs stored
    /// ahead). Returns their SHA-256 (RunRecord::findings_sha256). Never throws for the store
    /// itself: record() tries again, and says why when it fails too. Waits at most 250 ms for
    /// another program's lock (record() then waits the whole busy timeout, once). Not to be
    /// called while another thread uses this Database.
    std::string store_findings_ahead(std::string_view findings);
    /// Every run, newest first
    std::vector<RunInfo> runs();
    /// One run with its files and findings; Error when there is no such run
    StoredRun load(std::int64_t id);
    /// The latest run before `id` over the same rule and corpus paths
    std::optional<std::int64_t> previous_run(std::int64_t id);
    /// The latest run over the rule and corpus paths `paths` (RunRecord::paths)
    std::optional<std::int64_t> latest_run(const std::string& paths);
    /// A run's time and stored findings only (no files)
    std::pair<std::string, std::string> findings_of(std::int64_t id);

    /// The number of distinct file contents stored
    std::int64_t blob_count();
    /// `PRAGMA user_version` after opening (and migrating)
    int schema_version();

private:
    void open(const std::string& path, Access access);
    /// The first run of a new database: written with its schema under a temporary name,
    /// without a journal, then linked into place whole (or into the database another process
    /// created meanwhile)
    std::int64_t record_new(const RunRecord& run);
    /// store_findings_ahead() into the new database's temporary file (ahead_), synced
    void store_findings_in_new(const std::string& sha256, std::string_view findings);
    std::unique_ptr<detail::Connection> db_;
    /// A missing file opened to record into: created by the first record()
    std::optional<std::string> new_file_;
    /// That file under its temporary name with the inputs stored, from store_inputs_ahead()
    std::future<std::unique_ptr<detail::NewDatabase>> ahead_;
};

/// A test's seam: when set, Database::record() calls it with the whole run written and not yet
/// committed (tests/unit/audit/reliability_test.cpp kills its process there, as a crash or
/// `kill -9` at the worst moment would). Only tests set it; lexcheck never does.
inline void (*before_commit_for_tests)() = nullptr;

/// The digest of a run's inputs: SHA-256 of the lines `SHA256  PATH\n` in path order (what
/// `sha256sum` prints for the same files)
std::string inputs_digest(const std::vector<InputFile>& inputs,
                          const std::optional<InputFile>& lock);

}  // namespace lexcheck::audit
