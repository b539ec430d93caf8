#include "audit_helpers.hpp"

#include "lexcheck/audit/database.hpp"
#include "lexcheck/core/sha256.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace lexcheck::testing {

std::vector<std::string> recorded_check(const std::string& db,
                                        const std::vector<std::string>& more) {
    std::string basic = LEXCHECK_TEST_DIR "/golden/report/basic";
    std::vector<std::string> args = {"check",      "--rules",         basic + "/rules",
                                     "--corpus",   basic + "/corpus", "--as-of",
                                     "2020-01-01", "--record",        db};
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string file_sha256(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return "";
    std::ostringstream text;
    text << in.rdbuf();
    return core::sha256_hex(text.str());
}

namespace {
sqlite3* open_db(const std::string& path, int flags) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + path);
    }
    return db;
}
}  // namespace

std::string query_text(const std::string& path, const std::string& sql) {
    sqlite3* db = open_db(path, SQLITE_OPEN_READWRITE);
    sqlite3_stmt* stmt = nullptr;
    std::string v;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0)) {
        v = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return v;
}

std::int64_t query_int(const std::string& path, const std::string& sql) {
    return std::stoll(query_text(path, sql));
}

void exec_sql(const std::string& path, const std::string& sql) {
    sqlite3* db = open_db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    char* message = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    std::string problem = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    if (rc != SQLITE_OK) throw std::runtime_error(problem);
}

int spawn_lexcheck(const std::vector<std::string>& args,
                   const std::map<std::string, std::string>& env) {
    std::vector<std::string> all = {LEXCHECK_BINARY};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> vars;
    for (char** e = environ; *e; ++e) vars.emplace_back(*e);
    for (const auto& [k, v] : env) vars.push_back(k + "=" + v);
    std::vector<char*> envp;
    for (std::string& v : vars) envp.push_back(v.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    // The signals lexcheck handles start at their default, even when the test runs with
    // them ignored or blocked (as under nohup), which lexcheck would keep
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t handled, none;
    sigemptyset(&handled);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&handled, sig);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attr, &handled);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    pid_t pid = -1;
    int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), envp.data());
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot start " + all[0]);
    return pid;
}

int wait_for(int pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
    }
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

int ended_before_commit(std::vector<std::string> args, void (*seam)()) {
    args.insert(args.end(), {"--threads", "1"});
    int pid = ::fork();
    if (pid == 0) {
        audit::before_commit_for_tests = seam;
        run_cli(args);
        std::_Exit(0);  // not ended: the seam was not reached, which the caller reports
    }
    return pid < 0 ? -1 : wait_for(pid);
}

}  // namespace lexcheck::testing
