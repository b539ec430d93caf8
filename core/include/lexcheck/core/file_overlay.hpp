// Stored files standing in for the file system. Replaying or re-rendering a recorded run
// (audit/, docs/audit.md) reads the run's inputs from the database under the paths they had,
// through the ordinary loaders, so that every path, span and digest is what the run saw.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::core {

/// Files by path (as the loaders named them: lexically normal, or as given on the command line)
class FileOverlay {
public:
    void add(std::string path, std::string text);
    /// The file's text, or nullptr when no stored file has this path
    const std::string* find(const std::string& path) const;
    /// Whether some stored file lies under `path` (a folder of the recorded run)
    bool is_directory(const std::string& path) const;
    /// Every stored file under folder `dir`, recursively, sorted, named as a directory walk of
    /// `dir` names them (`dir/x`, lexically normal)
    std::vector<std::string> files_under(const std::string& dir) const;

private:
    std::map<std::string, std::string, std::less<>> files_;
};

/// While alive, the loaders of lexcheck::parser see only `overlay`'s files, on every thread.
/// A process-wide setting rather than a loader parameter: it reaches every reader (rules,
/// measures, Akoma Ntoso documents) without widening each loader's signature. One at a time.
class FileOverlayScope {
public:
    explicit FileOverlayScope(const FileOverlay& overlay);
    ~FileOverlayScope();
    FileOverlayScope(const FileOverlayScope&) = delete;
    FileOverlayScope& operator=(const FileOverlayScope&) = delete;
};

/// The overlay in effect, or nullptr when the loaders read the real file system
const FileOverlay* active_file_overlay();

/// Whether `path` is a regular file: in the active overlay when there is one, else on disk
bool is_regular_file(const std::string& path);

}  // namespace lexcheck::core
