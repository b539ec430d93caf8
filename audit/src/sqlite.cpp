#include "sqlite.hpp"

#include <sqlite3.h>

namespace lexcheck::audit::detail {

namespace {
/// How long a writer waits for another process's write to end (WAL allows one writer)
constexpr int kBusyTimeoutMs = 30000;
}  // namespace

Connection::Connection(const std::string& path, bool writable) : path_(path) {
    int flags = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    int rc = sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) fail(rc, "open");
    sqlite3_extended_result_codes(db_, 1);
    set_busy_timeout();
}

void Connection::set_busy_timeout(std::optional<int> ms) {
    sqlite3_busy_timeout(db_, ms.value_or(kBusyTimeoutMs));
}

Connection::~Connection() {
    sqlite3_close_v2(db_);
}

void Connection::fail(int rc, std::string_view doing) const {
    std::string file = "`" + path_ + "`";
    switch (rc & 0xff) {
        case SQLITE_NOTADB:
            throw Error(file + " is not an SQLite database",
                        "give --db the audit database lexcheck records into, or a new file name");
        case SQLITE_CORRUPT:
            throw Error(file + " is damaged (SQLite: " + sqlite3_errstr(rc) + ")",
                        "restore it from a backup; lexcheck has not changed it");
        case SQLITE_READONLY:
            throw Error(file + " is read-only",
                        "make it and its folder writable, or record into another database");
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw Busy(file + " stayed locked by another program for " +
                           std::to_string(kBusyTimeoutMs / 1000) + " s",
                       "try again when the other program has finished");
        case SQLITE_FULL:
            throw Error("the disk holding " + file + " is full", "free some space and run again");
        case SQLITE_CANTOPEN:
            throw Error("cannot open " + file,
                        "check that its folder exists and that you may write there");
        default: {
            std::string detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
            throw Error("cannot " + std::string(doing) + " " + file + ": " + detail);
        }
    }
}

void Connection::exec(const std::string& sql) {
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) fail(rc, "write to");
}

std::int64_t Connection::query_int(const std::string& sql) {
    Statement s(*this, sql);
    return s.step() ? s.integer(0) : 0;
}

std::int64_t Connection::last_insert_rowid() const {
    return sqlite3_last_insert_rowid(db_);
}

Statement::Statement(Connection& db, std::string_view sql) : db_(db) {
    int rc =
        sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) db.fail(rc, "read");
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t value) {
    int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) db_.fail(rc, "write to");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    int rc =
        sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
    if (rc != SQLITE_OK) db_.fail(rc, "write to");
    return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
    // A zero-length blob still needs a non-null pointer, or SQLite stores NULL.
    static const char empty = 0;
    int rc = sqlite3_bind_blob64(stmt_, index, bytes.empty() ? &empty : bytes.data(), bytes.size(),
                                 SQLITE_STATIC);
    if (rc != SQLITE_OK) db_.fail(rc, "write to");
    return *this;
}

Statement& Statement::bind_null(int index) {
    int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) db_.fail(rc, "write to");
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    db_.fail(rc, sqlite3_stmt_readonly(stmt_) ? "read" : "write to");
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::string Statement::text(int column) const {
    const unsigned char* t = sqlite3_column_text(stmt_, column);
    return t ? std::string(reinterpret_cast<const char*>(t),
                           static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
             : std::string();
}

std::string_view Statement::blob(int column) const {
    const void* b = sqlite3_column_blob(stmt_, column);
    return b ? std::string_view(static_cast<const char*>(b),
                                static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
             : std::string_view();
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

Transaction::Transaction(Connection& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (open_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    open_ = false;
}

}  // namespace lexcheck::audit::detail
