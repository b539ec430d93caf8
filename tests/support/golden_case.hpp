// Golden test cases as plain text files with `--- section` headers, so a case needs no
// C++ or CMake change: see tests/golden/README.md.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace lexcheck::testing {

/// Sections of a case file: `--- name [argument]` lines start each; the argument is kept
/// under "name:arg"
struct GoldenCase {
    std::string name;
    std::map<std::string, std::string> sections;
    std::map<std::string, std::string> arguments;
};

GoldenCase read_golden_case(const std::filesystem::path& file);

/// Every file under `dir` with `extension`, sorted
std::vector<std::filesystem::path> golden_files(const std::filesystem::path& dir,
                                                const std::string& extension);

/// A test-name-safe version of a file stem (GoogleTest allows only [A-Za-z0-9_])
std::string test_name(const std::filesystem::path& file);

std::string read_text(const std::filesystem::path& file);
void write_text(const std::filesystem::path& file, const std::string& text);
/// Whether LEXCHECK_UPDATE_GOLDEN=1 asks to rewrite expected files
bool update_golden();

}  // namespace lexcheck::testing
