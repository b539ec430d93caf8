#include "output_file.hpp"

#include "progress.hpp"

#include "lexcheck/core/temporary_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

namespace lexcheck::cli {

namespace {

/// Writes a regular file (new or existing) through a temporary file beside it, renamed over it
/// once `written` has run: a reader never sees a half-written report
std::string replace_file(const std::string& path, const std::function<void(std::ostream&)>& produce,
                         const std::function<void()>& written,
                         std::optional<mode_t> existing_mode) {
    std::filesystem::path target(path);
    std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
    std::string name = target.filename().string();  // `.NAME.tmp-XXXXXX`
    name.insert(name.begin(), '.');
    name += ".tmp-XXXXXX";
    std::string pattern = (dir / name).string();
    // Ctrl-C while writing leaves no temporary file: the file and its guard come together
    std::optional<core::TemporaryFileGuard> guard;
    {
        core::SignalsDeferred deferred;
        int fd = ::mkstemp(pattern.data());
        if (fd < 0)
            return "cannot create a file in `" + dir.string() + "`: " + std::strerror(errno);
        ::close(fd);
        guard.emplace(pattern);
    }
    try {
        {
            // Opened as it is (new and empty), not truncated: on ext4 a file truncated when
            // opened has its pages allocated and sent to the disk when it is closed, and the next
            // fsync of any file (the audit database's) then waits for them (docs/performance.md)
            std::ofstream out(pattern, std::ios::binary | std::ios::in | std::ios::out);
            produce(out);
            out.flush();
            if (!out) {
                std::remove(pattern.c_str());
                return "cannot write `" + path + "`";
            }
        }
        if (written) written();
    } catch (...) {
        std::remove(pattern.c_str());  // the guard only covers signals
        throw;
    }
    ::chmod(pattern.c_str(), existing_mode ? (*existing_mode & 07777) : 0644);
    if (std::rename(pattern.c_str(), path.c_str()) != 0) {
        std::string why = std::strerror(errno);
        std::remove(pattern.c_str());
        return "cannot replace `" + path + "`: " + why;
    }
    return "";
}

/// Writes to a stream that is not replaced (standard output, a pipe, a device), then runs
/// `written`; an error names `what` was written to
std::string write_directly(std::ostream& out, const std::function<void(std::ostream&)>& produce,
                           const std::function<void()>& written, const std::string& what) {
    produce(out);
    out.flush();
    if (!out) return "cannot write to " + what;
    if (written) written();
    return "";
}

}  // namespace

std::string write_output(const std::string& path, const std::function<void(std::ostream&)>& produce,
                         const std::function<void()>& written) {
    if (path == "-") return write_directly(std::cout, produce, written, "standard output");
    struct stat st {};
    bool exists = ::stat(path.c_str(), &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
        // A pipe or device (e.g. /dev/stdout) is written directly and never replaced.
        std::ofstream out(path, std::ios::binary);
        if (!out) return "cannot open `" + path + "` for writing";
        return write_directly(out, produce, written, "`" + path + "`");
    }
    return replace_file(path, produce, written,
                        exists ? std::optional<mode_t>(st.st_mode) : std::nullopt);
}

bool emit_output(const std::optional<std::string>& output,
                 const std::function<void(std::ostream&)>& produce, std::ostream& out,
                 std::ostream& err, Progress* progress, const std::function<void()>& written) {
    std::string problem;
    if (output) {
        problem = write_output(*output, produce, written);
    } else {
        produce(out);
        if (written) written();
    }
    if (progress) progress->idle();
    if (problem.empty()) return true;
    err << "lexcheck: error: " << problem << "\n";
    return false;
}

}  // namespace lexcheck::cli
