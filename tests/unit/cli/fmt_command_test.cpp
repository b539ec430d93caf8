// `lexcheck fmt [--check] FILE...`: exit statuses, the list of files that would change,
// and never touching a file that does not parse.
#include "cli_runner.hpp"
#include "fmt/format.hpp"
#include "golden_case.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lexcheck::testing {
namespace {

const std::string kCanonical =
    "instrument i \"I\" {\n"
    "  kind treaty\n"
    "  origin regional\n"
    "}\n";
const std::string kMessy = "instrument i \"I\"{kind   treaty\norigin regional}";
const std::string kBroken = "instrument i \"I\" {\n  kind treaty\n  origin\n}\n";

TEST(FmtCommand, CheckExitsZeroWhenNothingWouldChange) {
    TempDir dir("fmt_check_clean");
    std::string file = dir.write("a.lex", kCanonical);
    CliResult r = run_cli({"fmt", "--check", file});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "");
}

TEST(FmtCommand, CheckExitsOneAndListsFilesThatWouldChange) {
    TempDir dir("fmt_check_dirty");
    std::string clean = dir.write("clean.lex", kCanonical);
    std::string messy = dir.write("messy.lex", kMessy);
    CliResult r = run_cli({"fmt", "--check", clean, messy});
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_EQ(r.out, messy + "\n");
    EXPECT_EQ(read_text(messy), kMessy) << "--check must not rewrite";
}

TEST(FmtCommand, RewritesInPlaceThenChecksClean) {
    TempDir dir("fmt_write");
    std::string messy = dir.write("messy.lex", kMessy);
    CliResult r = run_cli({"fmt", messy});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(read_text(messy), kCanonical);
    EXPECT_EQ(run_cli({"fmt", "--check", messy}).status, 0);
}

TEST(FmtCommand, SyntaxErrorExitsTwoWithDiagnosticAndLeavesFileUntouched) {
    TempDir dir("fmt_broken");
    std::string broken = dir.write("broken.lex", kBroken);
    for (bool check : {true, false}) {
        CliResult r = check ? run_cli({"fmt", "--check", broken}) : run_cli({"fmt", broken});
        EXPECT_EQ(r.status, 2);
        EXPECT_EQ(r.out, "");
        EXPECT_NE(r.err.find(broken + ":4:1: error: "), std::string::npos) << r.err;
        EXPECT_EQ(read_text(broken), kBroken);
    }
}

TEST(FmtCommand, SyntaxErrorWinsOverChangesButOtherFilesAreStillFormatted) {
    TempDir dir("fmt_mixed");
    std::string broken = dir.write("broken.lex", kBroken);
    std::string messy = dir.write("messy.lex", kMessy);
    CliResult r = run_cli({"fmt", broken, messy});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(read_text(broken), kBroken);
    EXPECT_EQ(read_text(messy), kCanonical);
}

TEST(FmtCommand, MissingFileExitsTwo) {
    TempDir dir("fmt_missing");
    std::string missing = (dir.path() / "nope.lex").string();
    CliResult r = run_cli({"fmt", "--check", missing});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("cannot read `" + missing + "`"), std::string::npos) << r.err;
}

TEST(FmtCommand, FolderStandsForEveryLexFileUnderIt) {
    TempDir dir("fmt_folder");
    dir.write("sub/a.lex", kMessy);
    dir.write("b.lex", kCanonical);
    std::string other = dir.write("notes.txt", kMessy);
    CliResult r = run_cli({"fmt", "--check", dir.path().string()});
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_EQ(r.out, (dir.path() / "sub" / "a.lex").lexically_normal().generic_string() + "\n");
    ASSERT_EQ(run_cli({"fmt", dir.path().string()}).status, 0);
    EXPECT_EQ(read_text(dir.path() / "sub" / "a.lex"), kCanonical);
    EXPECT_EQ(read_text(other), kMessy);
}

TEST(FmtCommand, SaysItFormatsRuleFilesOnly) {
    TempDir dir("fmt_yaml");
    std::string yaml = dir.write("m.yaml", "measures: []\n");
    std::string akn = dir.write("law.akn.xml", "<akomaNtoso/>\n");
    std::string lex = dir.write("a.lex", kMessy);
    CliResult r = run_cli({"fmt", "--check", yaml, akn, lex});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "lexcheck: error: `" + yaml +
                         "` is a measure file; `lexcheck fmt` formats rule files (.lex) only\n"
                         "lexcheck: error: `" +
                         akn +
                         "` is an Akoma Ntoso document; `lexcheck fmt` formats rule files "
                         "(.lex) only\n");
    EXPECT_EQ(r.out, lex + "\n") << "the rule file is still checked";
}

TEST(FmtCommand, NeedsAFile) {
    CliResult r = run_cli({"fmt"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("fmt needs at least one FILE"), std::string::npos) << r.err;
}

TEST(FmtCommand, KeepsTheFileModeWhenRewriting) {
    TempDir dir("fmt_mode");
    std::string messy = dir.write("messy.lex", kMessy);
    std::filesystem::permissions(messy, std::filesystem::perms(0640));
    ASSERT_EQ(run_cli({"fmt", messy}).status, 0);
    EXPECT_EQ(std::filesystem::status(messy).permissions() & std::filesystem::perms::all,
              std::filesystem::perms(0640));
}

}  // namespace
}  // namespace lexcheck::testing
