// Helpers of the audit tests: a small recorded check, processes of the real binary, and
// looking into a database with SQLite itself.
#pragma once

#include "cli_runner.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace lexcheck::testing {

/// `check` of the small report case (tests/golden/report/basic), recording into `db`
std::vector<std::string> recorded_check(const std::string& db,
                                        const std::vector<std::string>& more = {});

/// A file's bytes ("" when it cannot be read)
std::string read_all(const std::string& path);

/// The SHA-256 of a file's bytes ("" when it does not exist)
std::string file_sha256(const std::string& path);

/// The first column of the query's first row (SQLite directly); "" for no row
std::string query_text(const std::string& db, const std::string& sql);
/// query_text() as an integer
std::int64_t query_int(const std::string& db, const std::string& sql);
/// Runs statements on the database (SQLite directly, read-write, creating it)
void exec_sql(const std::string& db, const std::string& sql);

/// Starts the lexcheck binary with `args` and extra environment; returns its pid
int spawn_lexcheck(const std::vector<std::string>& args,
                   const std::map<std::string, std::string>& env = {});
/// Waits for `pid`; returns its exit status, or 128 + signal when killed
int wait_for(int pid);

/// Runs `args` in a child of this test, in-process and on one thread (a fork keeps only the
/// forking thread), with audit::before_commit_for_tests set to `seam` (which ends the child:
/// the run written and not committed); returns its wait_for() status
int ended_before_commit(std::vector<std::string> args, void (*seam)());

}  // namespace lexcheck::testing
