// A thin RAII layer over the SQLite C API: a connection and prepared statements that turn
// every failure into audit::Error. Private to audit/ (SQLite is linked PRIVATE).
#pragma once

#include "lexcheck/audit/error.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace lexcheck::audit::detail {

class Connection;

/// SQLITE_BUSY: another process holds a lock that SQLite would not wait for (switching a new
/// database to WAL); the caller may try again
class Busy : public Error {
    using Error::Error;
};

/// One prepared statement; bind parameters are 1-based, columns 0-based
class Statement {
public:
    Statement(Connection& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    /// Text that must stay alive until the next step() or reset()
    Statement& bind(int index, std::string_view text);
    /// A blob that must stay alive until the next step() or reset()
    Statement& bind_blob(int index, std::string_view bytes);
    Statement& bind_null(int index);

    /// Runs one step; true while there is a row to read
    bool step();
    /// Ready to bind and run again
    void reset();

    std::int64_t integer(int column) const;
    std::string text(int column) const;
    std::string_view blob(int column) const;
    bool is_null(int column) const;

private:
    Connection& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

/// An open database; closed on destruction
class Connection {
public:
    /// Opens `path`; `writable` opens for reading and writing (creating a missing file)
    Connection(const std::string& path, bool writable);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /// Runs statements that return no rows
    void exec(const std::string& sql);
    /// The single integer a query such as `PRAGMA user_version` returns
    std::int64_t query_int(const std::string& sql);
    std::int64_t last_insert_rowid() const;

    /// Throws Error for SQLite result `rc`, naming the file and what was being done
    [[noreturn]] void fail(int rc, std::string_view doing) const;
    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }

    /// How long statements wait for another connection's lock before they fail (Busy): the
    /// default, 30 s, when `ms` is not given
    void set_busy_timeout(std::optional<int> ms = std::nullopt);

private:
    std::string path_;
    sqlite3* db_ = nullptr;
};

/// BEGIN IMMEDIATE … COMMIT; rolled back when destroyed without commit()
class Transaction {
public:
    explicit Transaction(Connection& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& db_;
    bool open_ = true;
};

}  // namespace lexcheck::audit::detail
