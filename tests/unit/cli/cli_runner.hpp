// Running `lexcheck` in-process in tests.
#pragma once

#include "temp_dir.hpp"

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

/// Makes `dir` the working directory until it goes out of scope
class InFolder {
public:
    explicit InFolder(const std::filesystem::path& dir);
    ~InFolder();
    InFolder(const InFolder&) = delete;
    InFolder& operator=(const InFolder&) = delete;

private:
    std::filesystem::path previous_;
};

/// Runs `lexcheck ARGS…` in-process with `dir` as the working directory
CliResult run_cli_in(const std::filesystem::path& dir, const std::vector<std::string>& args);

/// The lines of a command's output, without their line breaks
std::vector<std::string> lines_of(const std::string& text);

bool contains(const std::string& haystack, const std::string& needle);

}  // namespace lexcheck::testing
