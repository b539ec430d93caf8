// `lexcheck fmt` over every shipped rule file: idempotent and AST-preserving. The shipped
// files are only read, never rewritten.
#include "fmt/format.hpp"
#include "fmt/token.hpp"
#include "fmt_ast.hpp"
#include "golden_case.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

fs::path rules_dir() {
    return fs::path(LEXCHECK_SOURCE_DIR) / "rules";
}

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

// Rewrites the whitespace between tokens at random. With `newlines` false each gap keeps
// its number of newlines (only blanks change); otherwise any gap may become any whitespace,
// and with `comments` some gaps get a comment.
std::string mangle(const std::string& text, bool newlines, unsigned seed, bool comments = false) {
    const std::vector<std::string> notes = {" // note\n", "\n// own line\n", " /* inline */ ",
                                            "\n/* block\n   of two lines */\n"};
    const std::vector<std::string> blanks = {" ", "   ", "\t", " \t "};
    const std::vector<std::string> breaks = {" ", "\n", "\n\n\n    ", "\t\n  \n", "  "};
    std::mt19937 rng(seed);
    std::string out;
    std::size_t end = 0;  // of the previous token
    bool after_line_comment = false;
    for (const cli::fmt::Token& t : cli::fmt::tokenize(text)) {
        std::size_t begin = static_cast<std::size_t>(t.text.data() - text.data());
        if (begin > end && comments && rng() % 4 == 0) {
            out += (after_line_comment ? "\n" : "") + notes[rng() % notes.size()];
            after_line_comment = false;
        }
        if (begin > end) {  // Tokens written together stay together.
            if (newlines) {
                out += after_line_comment ? "\n" : breaks[rng() % breaks.size()];
            } else {
                for (std::uint32_t n = 0; n < t.newlines_before; ++n)
                    out += blanks[rng() % blanks.size()] + "\n";
                out += blanks[rng() % blanks.size()];
            }
        }
        out += t.text;
        end = begin + t.text.size();
        after_line_comment = t.kind == cli::fmt::TokenKind::line_comment;
    }
    return out;
}

TEST_P(FmtShippedRules, FormatsAnyRespacingBackToTheSameAst) {
    std::string input = read_text(rules_dir() / GetParam());
    std::string canonical = cli::fmt::format_source(input);
    ParsedLex original = parse_and_dump(input, GetParam());
    for (unsigned seed = 1; seed <= 3; ++seed) {
        // Same line structure, other blanks: exactly the same output.
        EXPECT_EQ(cli::fmt::format_source(mangle(input, false, seed)), canonical)
            << "seed " << seed;

        std::string messy = mangle(input, true, seed, seed == 3);
        std::string once = cli::fmt::format_source(messy);
        EXPECT_EQ(cli::fmt::format_source(once), once) << "not idempotent, seed " << seed;
        ParsedLex after = parse_and_dump(once, GetParam());
        EXPECT_EQ(after.errors, "") << "seed " << seed;
        EXPECT_EQ(after.dump, original.dump) << "formatting changed the AST, seed " << seed;
    }
}

INSTANTIATE_TEST_SUITE_P(Rules, FmtShippedRules, ::testing::ValuesIn(shipped_rule_files()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             std::string name = info.param;
                             for (char& c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             }
                             return name;
                         });

TEST(FmtShippedRulesList, IsNotEmpty) {
    EXPECT_FALSE(shipped_rule_files().empty());
}

}  // namespace
}  // namespace lexcheck::testing
