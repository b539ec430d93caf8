// Golden cases of `lexcheck fmt`: tests/golden/fmt/<case>/input.lex formats to
// expected.lex, which is a fixed point, and both parse to the same AST.
// LEXCHECK_UPDATE_GOLDEN=1 rewrites expected.lex.
#include "fmt/format.hpp"
#include "fmt_ast.hpp"
#include "golden_case.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

fs::path fmt_dir() {
    return fs::path(LEXCHECK_TEST_DIR) / "golden" / "fmt";
}

std::vector<std::string> fmt_cases() {
    std::vector<std::string> cases;
    for (const fs::path& file : golden_files(fmt_dir(), ".lex")) {
        if (file.filename() == "input.lex") cases.push_back(file.parent_path().filename().string());
    }
    return cases;
}

class FmtGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(FmtGolden, FormatsToExpectedAndKeepsTheAst) {
    fs::path dir = fmt_dir() / GetParam();
    std::string input = read_text(dir / "input.lex");
    std::string output = cli::fmt::format_source(input);
    if (update_golden()) write_text(dir / "expected.lex", output);
    std::string expected = read_text(dir / "expected.lex");

    EXPECT_EQ(output, expected);
    EXPECT_EQ(cli::fmt::format_source(expected), expected) << "formatting is not idempotent";

    ParsedLex before = parse_and_dump(input);
    ASSERT_EQ(before.errors, "") << "a golden input must parse";
    ParsedLex after = parse_and_dump(output);
    EXPECT_EQ(after.errors, "");
    EXPECT_EQ(before.dump, after.dump) << "formatting changed the AST";
}

INSTANTIATE_TEST_SUITE_P(Cases, FmtGolden, ::testing::ValuesIn(fmt_cases()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             return test_name(info.param);
                         });

TEST(FmtGoldenCases, AtLeastEightExist) {
    EXPECT_GE(fmt_cases().size(), 8u);
}

}  // namespace
}  // namespace lexcheck::testing
