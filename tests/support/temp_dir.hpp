// A fresh folder under the system temp dir for one test, removed when the test ends.
#pragma once

#include <filesystem>
#include <string>

namespace lexcheck::testing {

class TempDir {
public:
    /// `name` only makes the folder easy to recognise; each TempDir gets its own folder
    explicit TempDir(const std::string& name = "tmp");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    /// The folder as a string with `/` separators, as paths appear in diagnostics
    std::string str() const { return path_.generic_string(); }
    /// Writes `text` to `relative` under the folder (creating folders) and returns its path
    std::string write(const std::string& relative, const std::string& text) const;

private:
    std::filesystem::path path_;
};

}  // namespace lexcheck::testing
