// Whole commands as data: every tests/golden/cli/*.case writes its input files into a fresh
// folder, runs `lexcheck` there and compares the exit status, standard output and standard
// error byte for byte (tests/golden/cli/README.md). Adding a case needs no C++ or CMake change.
#include "cli_runner.hpp"
#include "golden_case.hpp"
#include "temp_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <sstream>

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

/// The sections that are not input files; `status`, `stdout` and `stderr` come last
const std::set<std::string> kNotFiles = {"run", "status", "stdout", "stderr"};

std::vector<fs::path> cli_cases() {
    return golden_files(fs::path(LEXCHECK_TEST_DIR) / "golden" / "cli", ".case");
}

std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

/// The case file with everything from `--- status` on replaced by what the run gave
std::string with_results(const std::string& file, const CliResult& r) {
    return file.substr(0, file.find("--- status\n")) + "--- status\n" + std::to_string(r.status) +
           "\n--- stdout\n" + r.out + "--- stderr\n" + r.err;
}

class CliGolden : public ::testing::TestWithParam<fs::path> {};

TEST_P(CliGolden, PrintsExactly) {
    GoldenCase c = read_golden_case(GetParam());
    ASSERT_TRUE(c.sections.count("run") && c.sections.count("status"))
        << GetParam() << " needs `--- run` and `--- status`, `--- stdout`, `--- stderr` (last)";
    TempDir dir("cli-golden");
    for (const auto& [name, text] : c.sections) {
        if (!kNotFiles.count(name)) dir.write(name, text);
    }
    CliResult r = run_cli_in(dir.path(), words(c.sections["run"]));
    if (update_golden()) write_text(GetParam(), with_results(read_text(GetParam()), r));
    EXPECT_EQ(std::to_string(r.status) + "\n", c.sections["status"]);
    EXPECT_EQ(r.out, c.sections["stdout"]);
    EXPECT_EQ(r.err, c.sections["stderr"]);
}

INSTANTIATE_TEST_SUITE_P(Cases, CliGolden, ::testing::ValuesIn(cli_cases()),
                         [](const ::testing::TestParamInfo<fs::path>& info) {
                             return test_name(info.param);
                         });

}  // namespace
}  // namespace lexcheck::testing
