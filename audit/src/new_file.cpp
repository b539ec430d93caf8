// Two checks before a leftover is removed, because removing a file another process is writing
// would lose its run: its process is gone (kill(pid, 0) fails with ESRCH), and it is not
// locked. The lock alone would do on a local file system; the pid also covers file systems
// where flock(2) is not reliable. The lock makes the removal safe even if the pid is reused by
// a lexcheck that creates its own file under that name at that moment: the remover checks,
// with the lock held, that the name still leads to the file it locked, and the writer checks,
// with the lock held, that the name leads to the file it locked.
#include "new_file.hpp"

#include "file_check.hpp"
#include "schema.hpp"

#include "lexcheck/audit/error.hpp"
#include "lexcheck/core/temporary_file.hpp"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lexcheck::audit::detail {

namespace {

constexpr const char* kInfix = ".lexcheck-new-";

/// Whether `fd` is the file `path` names now
bool names(int fd, const std::string& path) {
    struct stat by_fd = {};
    struct stat by_name = {};
    return ::fstat(fd, &by_fd) == 0 && ::stat(path.c_str(), &by_name) == 0 &&
           by_fd.st_dev == by_name.st_dev && by_fd.st_ino == by_name.st_ino;
}

/// The pid in a leftover's name `database`.lexcheck-new-PID, or 0
pid_t pid_in(const std::string& name, const std::string& prefix) {
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) return 0;
    const char* first = name.data() + prefix.size();
    const char* last = name.data() + name.size();
    pid_t pid = 0;
    auto [end, ec] = std::from_chars(first, last, pid);
    return ec == std::errc() && end == last && pid > 0 ? pid : 0;
}

bool process_gone(pid_t pid) {
    return ::kill(pid, 0) != 0 && errno == ESRCH;
}

}  // namespace

NewFile::NewFile(const std::string& database)
    : path_(database + kInfix + std::to_string(::getpid())) {
    // Before the file exists, so that no signal finds it unguarded: the name is this process's
    // (a leftover of that name is an earlier process's with this pid, taken over anyway)
    guard_.emplace(path_);
    core::CreationSection creating;  // the loop creates the file again when it goes
    while (true) {
        fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd_ < 0) {
            throw Error("cannot create `" + path_ + "`: " + std::strerror(errno),
                        "check that the folder of the database exists and that you may write "
                        "there");
        }
        // Waits for a process that is removing a leftover of that name right now (on a file
        // system without flock, goes on unlocked)
        bool interrupted = ::flock(fd_, LOCK_EX) != 0 && errno == EINTR;
        if (!interrupted && names(fd_, path_)) break;
        ::close(fd_);  // removed meanwhile: create it again
    }
    (void)!::ftruncate(fd_, 0);  // a leftover of an earlier process with this pid is started afresh
}

NewFile::~NewFile() {
    ::unlink(path_.c_str());  // with the lock still held
    ::close(fd_);
}

NewDatabase::NewDatabase(const std::string& database) : temp(database) {
    {
        core::CreationSection creating;  // SQLite creates the file if a signal's handler removed it
        db.emplace(temp.path(), true);
    }
    db->exec("PRAGMA journal_mode=OFF");
    db->exec("PRAGMA synchronous=OFF");
    Transaction t(*db);
    create_schema(*db, 0);
    t.commit();
}

void remove_stale_new_files(const std::string& database) {
    std::filesystem::path db(database);
    std::string prefix = db.filename().string() + kInfix;
    std::error_code ec;
    std::filesystem::directory_iterator entries(folder_of(database), ec), end;
    for (; !ec && entries != end; entries.increment(ec)) {
        const std::filesystem::directory_entry& entry = *entries;
        std::string name = entry.path().filename().string();
        pid_t pid = pid_in(name, prefix);
        if (pid == 0 || pid == ::getpid() || !process_gone(pid)) continue;
        std::string path = entry.path().string();
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0) continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && names(fd, path)) ::unlink(path.c_str());
        ::close(fd);
    }
}

}  // namespace lexcheck::audit::detail
