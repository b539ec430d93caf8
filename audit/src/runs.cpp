// Recording a run and reading runs back.
#include "file_check.hpp"
#include "new_file.hpp"
#include "schema.hpp"
#include "sqlite.hpp"

#include "lexcheck/audit/database.hpp"
#include "lexcheck/audit/findings_codec.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/core/temporary_file.hpp"

#include <fcntl.h>

namespace lexcheck::audit {

using detail::Statement;
using detail::Transaction;

namespace {

/// The encodings of run_findings.data this lexcheck reads (findings_codec.hpp: it writes
/// kFindingsEncoding)
constexpr const char* kKnownEncodings = "encoding IN (1, 2, 3, 4, 5)";
static_assert(kFindingsEncoding == 5, "kKnownEncodings lists every encoding");

/// Where contents are stored once by SHA-256: `table` (sha256, size, `column`)
struct ContentTable {
    const char* table;
    const char* column;
};
constexpr ContentTable kFileContents{"blobs", "content"};
constexpr ContentTable kFindingsContents{"findings_blobs", "data"};  // schema version 3
/// How long storing findings ahead of their run waits for a lock: far longer than lexcheck's
/// own transactions, far shorter than the busy timeout record() then waits
constexpr int kAheadBusyTimeoutMs = 250;

bool is_stored(detail::Connection& db, ContentTable where, const std::string& sha256) {
    Statement known(db, std::string("SELECT 1 FROM ") + where.table + " WHERE sha256 = ?1");
    known.bind(1, sha256);
    return known.step();
}

/// Stores `bytes` under `sha256` unless they are there already: looked up first, so that
/// content already stored is never even copied into a record
void store_once(detail::Connection& db, ContentTable where, const std::string& sha256,
                std::string_view bytes) {
    if (is_stored(db, where, sha256)) return;
    Statement insert(db, std::string("INSERT INTO ") + where.table + " (sha256, size, " +
                             where.column + ") VALUES (?1, ?2, ?3)");
    insert.bind(1, sha256).bind(2, static_cast<std::int64_t>(bytes.size())).bind_blob(3, bytes);
    insert.step();
}

void store_blob(detail::Connection& db, const InputFile& file) {
    store_once(db, kFileContents, file.sha256, file.content);
}

void store_inputs(detail::Connection& db, std::int64_t run, const RunRecord& r) {
    Statement row(db, "INSERT INTO run_inputs (run, path, role, sha256) VALUES (?1, ?2, ?3, ?4)");
    auto store = [&](const InputFile& f, std::string_view role) {
        store_blob(db, f);
        row.bind(1, run).bind(2, f.path).bind(3, role).bind(4, f.sha256);
        row.step();
        row.reset();
    };
    for (const InputFile& f : r.inputs) store(f, "input");
    if (r.lock) store(*r.lock, "lock");
}

void store_options(detail::Connection& db, std::int64_t run, const RunRecord& r) {
    Statement row(db, "INSERT INTO run_options (run, seq, name, value) VALUES (?1, ?2, ?3, ?4)");
    std::int64_t seq = 0;
    for (const auto& [name, value] : r.options) {
        row.bind(1, run).bind(2, seq++).bind(3, name).bind(4, value);
        row.step();
        row.reset();
    }
}

/// Inserts the run's rows (its new blobs included) inside the caller's transaction
std::int64_t insert_run(detail::Connection& db, const RunRecord& r) {
    Statement run(db,
                  "INSERT INTO runs (recorded_at, command, version, as_of, paths, inputs_digest, "
                  "exit_status, measures, provisions, violation, compliant, undetermined, "
                  "not_applicable, contested, report_format, report_sha256) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    std::string digest = inputs_digest(r.inputs, r.lock);
    auto count = [](std::size_t n) { return static_cast<std::int64_t>(n); };
    run.bind(1, r.recorded_at)
        .bind(2, r.command)
        .bind(3, r.version)
        .bind(4, r.as_of)
        .bind(5, r.paths)
        .bind(6, digest)
        .bind(7, r.exit_status)
        .bind(8, count(r.summary.measures))
        .bind(9, count(r.summary.provisions))
        .bind(10, count(r.summary.violation))
        .bind(11, count(r.summary.compliant))
        .bind(12, count(r.summary.undetermined))
        .bind(13, count(r.summary.not_applicable))
        .bind(14, count(r.summary.contested))
        .bind(15, r.report_format);
    if (r.report_sha256) {
        run.bind(16, *r.report_sha256);
    } else {
        run.bind_null(16);
    }
    run.step();
    std::int64_t id = db.last_insert_rowid();
    store_options(db, id, r);
    store_inputs(db, id, r);
    std::string findings_sha256 =
        r.findings_sha256 ? *r.findings_sha256 : core::sha256_hex(r.findings);  // not hashed twice
    store_once(db, kFindingsContents, findings_sha256, r.findings);
    Statement findings(db,
                       "INSERT INTO run_findings (run, encoding, data, findings_sha256) "
                       "VALUES (?1, ?2, x'', ?3)");
    findings.bind(1, id).bind(2, kFindingsEncoding).bind(3, findings_sha256);
    findings.step();
    return id;
}

/// A run's findings as one column of `run_findings f`: stored once by content, or (runs of
/// schema versions 1 and 2) in the run's own row
constexpr const char* kFindingsData =
    "coalesce(b.data, f.data) FROM run_findings f "
    "LEFT JOIN findings_blobs b ON b.sha256 = f.findings_sha256";

constexpr const char* kRunColumns =
    "id, recorded_at, command, version, as_of, paths, inputs_digest, exit_status, measures, "
    "provisions, violation, compliant, undetermined, not_applicable, contested, "
    "(SELECT count(*) FROM run_inputs WHERE run = runs.id), report_format, report_sha256";

RunInfo read_info(const Statement& s) {
    RunInfo r;
    r.id = s.integer(0);
    r.recorded_at = s.text(1);
    r.command = s.text(2);
    r.version = s.text(3);
    r.as_of = s.text(4);
    r.paths = s.text(5);
    r.inputs_digest = s.text(6);
    r.exit_status = static_cast<int>(s.integer(7));
    auto count = [&](int c) { return static_cast<std::size_t>(s.integer(c)); };
    r.summary.measures = count(8);
    r.summary.provisions = count(9);
    r.summary.violation = count(10);
    r.summary.compliant = count(11);
    r.summary.undetermined = count(12);
    r.summary.not_applicable = count(13);
    r.summary.contested = count(14);
    r.inputs = count(15);
    r.report_format = s.text(16);
    if (!s.is_null(17)) r.report_sha256 = s.text(17);
    return r;
}

}  // namespace

std::int64_t Database::record(const RunRecord& r) {
    detail::remove_stale_new_files(new_file_ ? *new_file_ : db_->path());
    if (new_file_) return record_new(r);
    Transaction t(*db_);
    std::int64_t id = insert_run(*db_, r);
    if (before_commit_for_tests) before_commit_for_tests();
    t.commit();
    return id;
}

void Database::store_inputs_ahead(std::vector<InputFile> inputs, std::optional<InputFile> lock) {
    if (!new_file_ || ahead_.valid()) return;
    core::SignalsDeferred deferred;  // the thread never takes SIGINT (core/temporary_file.hpp)
    ahead_ = std::async(std::launch::async,
                        [path = *new_file_, inputs = std::move(inputs), lock = std::move(lock)] {
                            auto fresh = std::make_unique<detail::NewDatabase>(path);
                            Transaction t(*fresh->db);
                            for (const InputFile& f : inputs) store_blob(*fresh->db, f);
                            if (lock) store_blob(*fresh->db, *lock);
                            t.commit();
                            // On disk now, while the check goes on: the fsync before the link then
                            // writes only the run's own pages
                            detail::sync(fresh->temp.path(), O_RDONLY);
                            return fresh;
                        });
}

void Database::wait_for_inputs() {
    if (ahead_.valid()) ahead_.wait();
}

std::string Database::store_findings_ahead(std::string_view findings) {
    std::string sha256 = core::sha256_hex(findings);
    if (!db_) {
        store_findings_in_new(sha256, findings);
        return sha256;
    }
    // lexcheck's own transactions last milliseconds; a lock held longer is another program's,
    // which record() then waits for, once, for the whole busy timeout
    db_->set_busy_timeout(kAheadBusyTimeoutMs);
    try {
        // Looked up outside a transaction first: stored already, no write lock is taken
        if (!is_stored(*db_, kFindingsContents, sha256)) {
            Transaction t(*db_);
            store_once(*db_, kFindingsContents, sha256, findings);
            t.commit();
            // Copied into the database file now too, so that closing after record() copies
            // only the run's rows (PASSIVE: never waits for another process)
            db_->exec("PRAGMA wal_checkpoint(PASSIVE)");
        }
    } catch (const Error&) {
        // record() stores them with the run, or says why it cannot
    }
    db_->set_busy_timeout();
    return sha256;
}

void Database::store_findings_in_new(const std::string& sha256, std::string_view findings) {
    if (!ahead_.valid()) return;  // record_new() writes the file whole
    // The same thread chain as the inputs: the findings go into the temporary file after them
    std::promise<std::unique_ptr<detail::NewDatabase>> after;
    try {
        std::unique_ptr<detail::NewDatabase> fresh = ahead_.get();
        try {
            Transaction t(*fresh->db);
            store_once(*fresh->db, kFindingsContents, sha256, findings);
            t.commit();
            detail::sync(fresh->temp.path(), O_RDONLY);
        } catch (const Error&) {
            // record_new() stores them with the run, or says why it cannot
        }
        after.set_value(std::move(fresh));
    } catch (...) {
        after.set_exception(std::current_exception());  // the inputs' error, for record()
    }
    ahead_ = after.get_future();
}

std::int64_t Database::record_new(const RunRecord& r) {
    std::string path = *new_file_;
    new_file_.reset();
    // Removed when this function ends however it ends (the link stays), and when a signal
    // ends the process; locked while it is written
    std::unique_ptr<detail::NewDatabase> fresh =
        ahead_.valid() ? ahead_.get() : std::make_unique<detail::NewDatabase>(path);
    std::int64_t id = 0;
    {
        Transaction t(*fresh->db);
        id = insert_run(*fresh->db, r);  // the inputs stored ahead are found there
        if (before_commit_for_tests) before_commit_for_tests();
        t.commit();
    }
    fresh->db->exec("PRAGMA journal_mode=WAL");  // in the file's header: every later open is WAL
    fresh->db.reset();
    bool placed = detail::sync_and_link(fresh->temp.path(), path);
    fresh.reset();
    open(path, Access::record);
    // Another process created the database in the meantime: the run goes into it instead.
    return placed ? id : record(r);
}

std::vector<RunInfo> Database::runs() {
    if (!db_) return {};
    Statement s(*db_, std::string("SELECT ") + kRunColumns + " FROM runs ORDER BY id DESC");
    std::vector<RunInfo> out;
    while (s.step()) out.push_back(read_info(s));
    return out;
}

StoredRun Database::load(std::int64_t id) {
    StoredRun run;
    Statement info(*db_, std::string("SELECT ") + kRunColumns + " FROM runs WHERE id = ?1");
    info.bind(1, id);
    if (!info.step()) {
        std::int64_t last = db_->query_int("SELECT max(id) FROM runs");
        throw Error("`" + db_->path() + "` has no run " + std::to_string(id),
                    last ? "its runs are numbered 1 to " + std::to_string(last) +
                               "; `lexcheck history --db " + db_->path() + "` lists them"
                         : "no run has been recorded in it yet");
    }
    run.info = read_info(info);
    Statement options(*db_, "SELECT name, value FROM run_options WHERE run = ?1 ORDER BY seq");
    options.bind(1, id);
    while (options.step()) run.options.emplace_back(options.text(0), options.text(1));
    Statement files(*db_,
                    "SELECT i.path, i.role, i.sha256, b.content FROM run_inputs i "
                    "JOIN blobs b ON b.sha256 = i.sha256 WHERE i.run = ?1 ORDER BY i.path");
    files.bind(1, id);
    while (files.step()) {
        std::string_view content = files.blob(3);
        run.files.push_back({files.text(0), files.text(1), files.text(2),
                             std::string(content.begin(), content.end())});
    }
    Statement findings(*db_,
                       std::string("SELECT f.encoding, ") + kFindingsData + " WHERE f.run = ?1");
    findings.bind(1, id);
    if (!findings.step() || findings.integer(0) < 1 || findings.integer(0) > kFindingsEncoding) {
        throw Error(
            "run " + std::to_string(id) + " of `" + db_->path() +
                "` has no findings this lexcheck can read",
            "read it with the lexcheck version that recorded it (" + run.info.version + ")");
    }
    std::string_view data = findings.blob(1);
    run.findings.assign(data.begin(), data.end());
    return run;
}

std::optional<std::int64_t> Database::previous_run(std::int64_t id) {
    Statement s(*db_,
                "SELECT id FROM runs WHERE paths = (SELECT paths FROM runs WHERE id = ?1) "
                "AND id < ?1 ORDER BY id DESC LIMIT 1");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return s.integer(0);
}

std::optional<std::int64_t> Database::latest_run(const std::string& paths) {
    if (!db_) return std::nullopt;  // a new database, written whole by record()
    Statement s(*db_, "SELECT max(id) FROM runs WHERE paths = ?1");
    s.bind(1, paths);
    if (!s.step() || s.is_null(0)) return std::nullopt;
    return s.integer(0);
}

std::pair<std::string, std::string> Database::findings_of(std::int64_t id) {
    Statement s(*db_, std::string("SELECT r.recorded_at, ") + kFindingsData +
                          " JOIN runs r ON f.run = r.id WHERE r.id = ?1 AND f." + kKnownEncodings);
    s.bind(1, id);
    if (!s.step()) {
        throw Error("run " + std::to_string(id) + " of `" + db_->path() +
                    "` has no findings this lexcheck can read");
    }
    std::string_view data = s.blob(1);
    return {s.text(0), std::string(data.begin(), data.end())};
}

}  // namespace lexcheck::audit
