#include "file_check.hpp"

#include "lexcheck/audit/error.hpp"

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lexcheck::audit::detail {

namespace {

constexpr char kMagic[] = "SQLite format 3";  // 16 bytes with its NUL (fileformat2.html)
constexpr std::size_t kHeaderSize = 100;

std::string quoted(const std::string& path) {
    return "`" + path + "`";
}

std::uint32_t big_endian(const unsigned char* p, int bytes) {
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i) v = (v << 8) | p[i];
    return v;
}

/// Whether the header's page size and page count fit the file's size (fileformat2.html §1.3),
/// which goes to `size`; Error when the file is no SQLite database
bool fits_header(const std::string& path, std::uint64_t& size) {
    unsigned char header[kHeaderSize] = {};
    std::ifstream in(path, std::ios::binary);
    if (!in.read(reinterpret_cast<char*>(header), kHeaderSize) ||
        std::memcmp(header, kMagic, sizeof kMagic) != 0) {
        throw Error(quoted(path) + " is not an SQLite database",
                    "give --db the audit database lexcheck records into, or a new file name");
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return false;
    size = static_cast<std::uint64_t>(st.st_size);  // after the header: it may have grown since
    std::uint32_t page_size = big_endian(header + 16, 2);
    if (page_size == 1) page_size = 65536;
    std::uint32_t pages = big_endian(header + 28, 4);
    // The page count is valid only when the change counter matches "version valid for".
    bool count_valid = pages != 0 && big_endian(header + 24, 4) == big_endian(header + 92, 4);
    return page_size >= 512 && size % page_size == 0 &&
           !(count_valid && size < std::uint64_t{pages} * page_size);
}

/// Refuses a truncated database. Another lexcheck's checkpoint writes the header's new page
/// count before the pages past the file's end, so a database in use (its `-wal` file exists)
/// may look truncated for a moment: it is looked at again, for up to two seconds.
void check_header(const std::string& path) {
    constexpr int kLooks = 100;
    for (int look = 1;; ++look) {
        std::uint64_t size = 0;
        if (fits_header(path, size)) return;
        // Once more in any case: the checkpoint may have ended and removed the `-wal` file.
        const bool in_use = look == 1 || std::filesystem::exists(path + "-wal");
        if (!in_use || look == kLooks) {
            throw Error(quoted(path) + " is truncated: it ends in the middle of the database (" +
                            std::to_string(size) + " bytes)",
                        "restore it from a backup; lexcheck has not changed it");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

}  // namespace

FileState check_file(const std::string& path, Access access) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno != ENOENT) {
            throw Error("cannot read " + quoted(path) + ": " + std::strerror(errno));
        }
        if (access == Access::read) {
            throw Error(quoted(path) + " does not exist",
                        "give --db the database that `lexcheck check --record` wrote");
        }
        std::string dir = folder_of(path);
        if (::access(dir.c_str(), W_OK) != 0) {
            throw Error(
                "cannot create " + quoted(path) + ": folder `" + dir + "` is missing or read-only",
                "create the folder, or record into a database in a folder you may write");
        }
        return FileState::missing;
    }
    if (S_ISDIR(st.st_mode)) {
        throw Error(quoted(path) + " is a folder, not a database file",
                    "name a file, e.g. " + (std::filesystem::path(path) / "audit.db").string());
    }
    if (!S_ISREG(st.st_mode)) {
        throw Error(quoted(path) + " is not a regular file", "name a database file");
    }
    if (access == Access::record) {
        // The mode bits count too: a file marked read-only stays so even for root.
        bool marked_read_only = (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0;
        if (marked_read_only || ::access(path.c_str(), W_OK) != 0) {
            throw Error(quoted(path) + " is read-only",
                        "make it writable (chmod u+w), or record into another database");
        }
        std::string dir = folder_of(path);
        if (::access(dir.c_str(), W_OK) != 0) {
            throw Error("folder `" + dir + "` of " + quoted(path) + " is read-only",
                        "SQLite writes its journal next to the database; make the folder "
                        "writable, or record into a database elsewhere");
        }
    }
    if (st.st_size == 0) {
        if (access == Access::read) {
            throw Error(quoted(path) + " is empty: no run was ever recorded in it",
                        "record a run first: lexcheck check --record " + path);
        }
        return FileState::empty;
    }
    check_header(path);
    return FileState::database;
}

std::string folder_of(const std::string& path) {
    std::string dir = std::filesystem::path(path).parent_path().string();
    return dir.empty() ? "." : dir;
}

bool sync(const std::string& path, int flags) {
    int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return false;
    bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool sync_and_link(const std::string& temp, const std::string& path) {
    if (!sync(temp, O_RDONLY)) {
        throw Error("cannot write " + quoted(path) + ": " + std::strerror(errno),
                    "check the disk and run again");
    }
    // link(2), unlike rename(2), never replaces: a database another process created
    // meanwhile is kept (and the run recorded into it)
    if (::link(temp.c_str(), path.c_str()) != 0) {
        if (errno == EEXIST) return false;
        throw Error("cannot create " + quoted(path) + ": " + std::strerror(errno),
                    "check that its folder exists and that you may write there");
    }
    sync(folder_of(path), O_RDONLY | O_DIRECTORY);
    return true;
}

}  // namespace lexcheck::audit::detail
