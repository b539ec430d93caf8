// Finding and reading input files.
#include "files/read_file.hpp"

#include "lexcheck/core/diagnostic_builder.hpp"
#include "lexcheck/core/file_overlay.hpp"
#include "lexcheck/core/memory.hpp"
#include "lexcheck/core/parallel.hpp"
#include "lexcheck/parser/corpus.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lexcheck::parser {

namespace fs = std::filesystem;

namespace {
bool has_extension(const std::string& name, const std::vector<std::string>& extensions) {
    return std::any_of(extensions.begin(), extensions.end(), [&](const std::string& ext) {
        return name.size() >= ext.size() &&
               name.compare(name.size() - ext.size(), ext.size(), ext) == 0;
    });
}
}  // namespace

std::vector<std::string> find_files(const std::vector<std::string>& paths,
                                    const std::vector<std::string>& extensions,
                                    core::DiagnosticSink& sink) {
    std::vector<std::string> found;
    const core::FileOverlay* overlay = core::active_file_overlay();
    for (const std::string& path : paths) {
        if (overlay) {  // a recorded run's stored files (core/file_overlay.hpp)
            if (overlay->find(path)) {
                found.push_back(path);
            } else if (overlay->is_directory(path)) {
                for (std::string& f : overlay->files_under(path)) {
                    if (has_extension(f, extensions)) found.push_back(std::move(f));
                }
            } else {
                sink.report(
                    core::diagnose::error("cli_missing_path", "`" + path + "` is not in the record")
                        .help("the recorded run did not read this path"));
            }
            continue;
        }
        std::error_code ec;
        auto status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            sink.report(core::diagnose::error("cli_missing_path", "`" + path + "` does not exist")
                            .help("check the path given to --rules or --corpus"));
            continue;
        }
        if (!fs::is_directory(status)) {
            found.push_back(path);
            continue;
        }
        std::vector<std::string> in_dir;
        for (auto it = fs::recursive_directory_iterator(
                 path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (it->is_regular_file(ec) &&
                has_extension(it->path().filename().string(), extensions)) {
                in_dir.push_back(it->path().lexically_normal().generic_string());
            }
        }
        if (ec) {
            sink.report(core::diagnose::error("cli_unreadable_path",
                                              "cannot list `" + path + "`: " + ec.message()));
        }
        std::sort(in_dir.begin(), in_dir.end());
        found.insert(found.end(), in_dir.begin(), in_dir.end());
    }
    // The same file named twice (e.g. a folder and a file inside it) is read once.
    std::vector<std::string> unique;
    for (auto& f : found) {
        if (std::find(unique.begin(), unique.end(), f) == unique.end()) unique.push_back(f);
    }
    return unique;
}

namespace detail {

std::optional<std::string> read_file(const std::string& path, core::Diagnostic& problem) {
    // Offsets in a SourceSpan are 32-bit.
    constexpr std::size_t kMaxSize = 0xFFFFFFF0u;
    auto unreadable = [&]() -> std::optional<std::string> {
        problem = core::diagnose::error("cli_unreadable_file", "cannot read `" + path + "`")
                      .help("check that the file exists and is readable");
        return std::nullopt;
    };
    auto too_large = [&]() -> std::optional<std::string> {
        problem =
            core::diagnose::error("cli_file_too_large", "`" + path + "` is larger than 4 GiB");
        return std::nullopt;
    };
    if (const core::FileOverlay* overlay = core::active_file_overlay()) {
        const std::string* text = overlay->find(path);
        if (!text) return unreadable();
        return *text;
    }
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return unreadable();
    struct stat st {};
    if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
        ::close(fd);
        return unreadable();
    }
    if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > kMaxSize) {
        ::close(fd);
        return too_large();
    }
    // A regular file is read straight into a string of its size (one spare byte to see the
    // end without growing); pipes and special files grow the buffer as they go.
    std::string text;
    text.resize(S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) + 1 : 64 * 1024);
    std::size_t got = 0;
    while (true) {
        if (got == text.size()) text.resize(text.size() * 2);
        ssize_t n = ::read(fd, text.data() + got, text.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ::close(fd);
            return unreadable();
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
        if (got > kMaxSize) {
            ::close(fd);
            return too_large();
        }
    }
    ::close(fd);
    text.resize(got);
    return text;
}

TextRooms text_rooms(const std::vector<const std::string*>& paths, unsigned threads) {
    constexpr std::size_t kMaxSize = 0xFFFFFFF0u;  // as read_file
    TextRooms out;
    out.rooms.resize(paths.size());
    if (core::active_file_overlay()) return out;  // the texts are in memory already
    std::vector<std::size_t> sizes(paths.size(), 0);
    core::parallel_for(paths.size(), threads, [&](std::size_t i) {
        struct stat st {};
        if (paths[i] && ::stat(paths[i]->c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
            static_cast<std::uint64_t>(st.st_size) < kMaxSize) {
            sizes[i] = static_cast<std::size_t>(st.st_size) + 1;
        }
    });
    std::size_t total = 0;
    for (std::size_t size : sizes) total += size;
    out.block = core::text_block(total);
    if (!out.block) return out;
    char* next = out.block.get();
    for (std::size_t i = 0; i < paths.size(); ++i) {
        out.rooms[i] = {next, sizes[i]};
        next += sizes[i];
    }
    return out;
}

std::optional<std::size_t> read_file_into(const std::string& path, std::span<char> room) {
    if (room.empty()) return std::nullopt;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    std::size_t got = 0;
    bool failed = false;
    while (got < room.size()) {
        ssize_t n = ::read(fd, room.data() + got, room.size() - got);
        if (n < 0 && errno == EINTR) continue;
        failed = n < 0;
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (failed || got == room.size()) return std::nullopt;  // full: the file grew
    return got;
}

}  // namespace detail

std::optional<core::SourceId> read_source(const std::string& path, core::SourceManager& sources,
                                          core::DiagnosticSink& sink) {
    core::Diagnostic problem;
    std::optional<std::string> text = detail::read_file(path, problem);
    if (!text) {
        sink.report(std::move(problem));
        return std::nullopt;
    }
    return sources.add(path, std::move(*text));
}

}  // namespace lexcheck::parser
