// Running `lexcheck` in-process in tests, and writing small rule sets and corpora.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace lexcheck::testing {

struct CliResult {
    int status = -1;
    std::string out;
    std::string err;
};

/// Runs `lexcheck ARGS…` in-process
CliResult run_cli(const std::vector<std::string>& args);

/// A fresh, empty temporary folder for one test, removed when the object dies
class TempDir {
public:
    explicit TempDir(const std::string& name);
    ~TempDir();
    const std::filesystem::path& path() const { return path_; }
    /// Writes `text` to `relative` under the folder and returns its full path
    std::string write(const std::string& relative, const std::string& text) const;

private:
    std::filesystem::path path_;
};

}  // namespace lexcheck::testing
