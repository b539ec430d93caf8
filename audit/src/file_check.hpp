// Looking at a database file before SQLite touches it, so that a file that is not a sound
// SQLite database is refused with a clear message and never modified.
#pragma once

#include "lexcheck/audit/database.hpp"

#include <string>

namespace lexcheck::audit::detail {

/// What the file looks like from outside
enum class FileState { missing, empty, database };

/// Throws Error for a folder, a special file, a file that is not SQLite or is truncated, a
/// missing file when reading, and a read-only file or folder when recording
FileState check_file(const std::string& path, Access access);

/// The folder of `path` (`.` for a bare file name)
std::string folder_of(const std::string& path);

/// fsync(2) of the file or folder `path` opened with `flags`; false when it fails
bool sync(const std::string& path, int flags);

/// Puts the finished file `temp` on disk (fsync) and links it to `path` with its folder on
/// disk too; false, with nothing changed at `path`, when `path` exists by then. Error when the
/// file cannot be put on disk or the link fails otherwise.
bool sync_and_link(const std::string& temp, const std::string& path);

}  // namespace lexcheck::audit::detail
