// Opening an audit database: the file checked from outside, then SQLite's own view of it
// (application id, schema version), the WAL journal, and the migrations.
#include "lexcheck/audit/database.hpp"

#include "file_check.hpp"
#include "schema.hpp"
#include "sqlite.hpp"

#include "lexcheck/core/sha256.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

namespace lexcheck::audit {

using detail::Connection;
using detail::Statement;
using detail::Transaction;

namespace {

int migrations_count() {
    return static_cast<int>(detail::migrations().size());
}

/// Refuses an SQLite file that is not ours, or is ours but newer, before anything is written
void check_identity(Connection& db) {
    // One statement, so one snapshot: another process may be creating the schema right now.
    Statement s(db,
                "SELECT (SELECT application_id FROM pragma_application_id), "
                "(SELECT user_version FROM pragma_user_version), "
                "(SELECT count(*) FROM sqlite_master)");
    s.step();
    std::int64_t app = s.integer(0), version = s.integer(1), objects = s.integer(2);
    if (app == 0 && version == 0 && objects == 0) return;  // a new, empty database
    if (app != detail::kApplicationId) {
        throw Error("`" + db.path() + "` is an SQLite database, but not a lexcheck audit database",
                    "give --db the database lexcheck records into, or a new file name");
    }
    if (version > migrations_count()) {
        throw Error("`" + db.path() + "` was written by a newer lexcheck (audit schema " +
                        std::to_string(version) + "; this lexcheck knows up to " +
                        std::to_string(migrations_count()) + ")",
                    "use the newer lexcheck to read it");
    }
}

/// Brings the schema to the current version, in one transaction (several processes may
/// open a new database at once: the version is read again under the write lock)
void migrate(Connection& db) {
    // WAL: readers never block the writer, and writers queue on the busy timeout.
    {
        Statement mode(db, "PRAGMA journal_mode=WAL");
        mode.step();
    }
    Transaction t(db);
    int version = static_cast<int>(db.query_int("PRAGMA user_version"));
    if (version >= migrations_count()) return;
    detail::create_schema(db, version);
    t.commit();
}

}  // namespace

Database::Database(const std::string& path, Access access) {
    static_assert(kSchemaVersion > 0);
    // Processes creating one new database at once can find it busy without SQLite waiting
    // (its busy timeout does not cover switching the journal to WAL): try again for a while.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (true) {
        try {
            open(path, access);
            return;
        } catch (const detail::Busy&) {
            if (std::chrono::steady_clock::now() > deadline) throw;
            db_.reset();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
}

void Database::open(const std::string& path, Access access) {
    detail::FileState state = detail::check_file(path, access);
    if (state == detail::FileState::missing && access == Access::record) {
        // Created whole by record() (record_new): written once, not to a WAL and again at its
        // checkpoint (docs/performance.md, "Audit trail")
        new_file_ = path;
        return;
    }
    db_ = std::make_unique<Connection>(path, access == Access::record);
    check_identity(*db_);
    bool current = state == detail::FileState::database &&
                   db_->query_int("PRAGMA user_version") == migrations_count();
    if (!current) {
        if (access == Access::read) {
            // An older database is upgraded in place, which needs write access.
            detail::check_file(path, Access::record);
            db_ = std::make_unique<Connection>(path, true);
            check_identity(*db_);
        }
        migrate(*db_);
    }
    db_->exec("PRAGMA foreign_keys=ON");
    // A recorded run is evidence: it is on disk when lexcheck says it was recorded.
    db_->exec("PRAGMA synchronous=FULL");
}

Database::~Database() = default;

int Database::schema_version() {
    if (!db_) return kSchemaVersion;  // what record() will write
    return static_cast<int>(db_->query_int("PRAGMA user_version"));
}

std::int64_t Database::blob_count() {
    if (!db_) return 0;
    return db_->query_int("SELECT count(*) FROM blobs");
}

std::string inputs_digest(const std::vector<InputFile>& inputs,
                          const std::optional<InputFile>& lock) {
    std::vector<const InputFile*> files;
    for (const InputFile& f : inputs) files.push_back(&f);
    if (lock) files.push_back(&*lock);
    std::sort(files.begin(), files.end(),
              [](const InputFile* a, const InputFile* b) { return a->path < b->path; });
    std::string lines;
    for (const InputFile* f : files) lines += f->sha256 + "  " + f->path + "\n";
    return core::sha256_hex(lines);
}

}  // namespace lexcheck::audit
