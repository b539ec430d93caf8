// `lexcheck fmt` over every shipped rule file: idempotent and AST-preserving. The shipped
// files are only read, never rewritten.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "fmt/format.hpp"
#include "fmt_ast.hpp"
#include "golden_case.hpp"

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

fs::path rules_dir() { return fs::path(LEXCHECK_SOURCE_DIR) / "rules"; }

std::vector<std::string> shipped_rule_files() {
    std::vector<std::string> files;
    for (const fs::path& f : golden_files(rules_dir(), ".lex")) {
        files.push_back(fs::relative(f, rules_dir()).generic_string());
    }
    return files;
}

class FmtShippedRules : public ::testing::TestWithParam<std::string> {};

TEST_P(FmtShippedRules, IsIdempotentAndKeepsTheAst) {
    std::string input = read_text(rules_dir() / GetParam());
    std::string once = cli::fmt::format_source(input);
    EXPECT_EQ(cli::fmt::format_source(once), once) << "formatting is not idempotent";

    ParsedLex before = parse_and_dump(input, GetParam());
    ASSERT_EQ(before.errors, "");
    ParsedLex after = parse_and_dump(once, GetParam());
    EXPECT_EQ(after.errors, "");
    EXPECT_EQ(before.dump, after.dump) << "formatting changed the AST";
}

INSTANTIATE_TEST_SUITE_P(Rules, FmtShippedRules, ::testing::ValuesIn(shipped_rule_files()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param;
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             }
                             return name;
                         });

TEST(FmtShippedRulesList, IsNotEmpty) { EXPECT_FALSE(shipped_rule_files().empty()); }

}  // namespace
}  // namespace lexcheck::testing
