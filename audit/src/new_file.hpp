// The temporary file a new database is written into, `FILE.lexcheck-new-PID`, and the
// leftovers of processes that were killed while writing one (docs/audit.md, "Reliability").
#pragma once

#include "sqlite.hpp"

#include "lexcheck/core/temporary_file.hpp"

#include <optional>
#include <string>

namespace lexcheck::audit::detail {

/// `database`.lexcheck-new-PID for this process, created empty (a leftover of an earlier
/// process with this pid is taken over) and locked with flock(2) for as long as this object
/// lives, so that no other process takes it for a leftover; removed by the destructor, and
/// when SIGINT, SIGTERM or SIGHUP ends the process. Error when it cannot be created.
class NewFile {
public:
    explicit NewFile(const std::string& database);
    ~NewFile();
    NewFile(const NewFile&) = delete;
    NewFile& operator=(const NewFile&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
    int fd_ = -1;
    std::optional<core::TemporaryFileGuard> guard_;
};

/// A new database being written under its temporary name (NewFile), without a journal: a crash
/// can only damage that file, which nothing reads until it is whole and linked into place
struct NewDatabase {
    /// Creates the file with the schema (Error when it cannot)
    explicit NewDatabase(const std::string& database);
    NewFile temp;
    std::optional<Connection> db;  ///< Closed before the file is linked into place
};

/// Removes the `database`.lexcheck-new-PID files left by processes killed while writing them
/// (SIGKILL, a power cut): only those whose process no longer runs and that no process holds
/// locked. Best effort: a file that cannot be looked at or removed is left alone.
void remove_stale_new_files(const std::string& database);

}  // namespace lexcheck::audit::detail
