// The command line: help (tests/golden/help/), --version, suggestions, and usage errors as
// one line and a help line, exit status 2.
#include "command_line.hpp"

#include "cli_runner.hpp"
#include "golden_case.hpp"

#include "lexcheck/core/version.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

/// "lexcheck" and every command, as the help goldens are named
std::vector<std::string> help_pages() {
    std::vector<std::string> pages = {"lexcheck"};
    for (const cli::Command& c : cli::commands()) pages.emplace_back(c.name);
    return pages;
}

class Help : public ::testing::TestWithParam<std::string> {};

TEST_P(Help, PrintsThePageOnStandardOutputAndExitsZero) {
    std::vector<std::string> args = {"--help"};
    if (GetParam() != "lexcheck") args.insert(args.begin(), GetParam());
    auto r = run_cli(args);
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.err, "");
    fs::path golden = fs::path(LEXCHECK_TEST_DIR) / "golden" / "help" / (GetParam() + ".txt");
    if (update_golden()) write_text(golden, r.out);
    EXPECT_EQ(r.out, read_text(golden)) << "LEXCHECK_UPDATE_GOLDEN=1 writes " << golden;
    // `-h` and `lexcheck help COMMAND` say the same.
    args.back() = "-h";
    EXPECT_EQ(run_cli(args).out, r.out);
    std::vector<std::string> word = {"help"};
    if (GetParam() != "lexcheck") word.push_back(GetParam());
    EXPECT_EQ(run_cli(word).out, r.out);
}

INSTANTIATE_TEST_SUITE_P(Pages, Help, ::testing::ValuesIn(help_pages()));

TEST(CommandLine, EveryCommandsHelpHasAnExample) {
    for (const cli::Command& c : cli::commands()) {
        auto r = run_cli({c.name, "--help"});
        EXPECT_TRUE(contains(r.out, "\nExample:\n  lexcheck " + std::string(c.name) + " "))
            << r.out;
    }
}

TEST(CommandLine, PrintsTheVersion) {
    auto r = run_cli({"--version"});
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, "lexcheck " + std::string(core::version()) + "\n");
}

/// A usage error: exit 2, nothing on stdout, exactly `err` on stderr
void expect_usage_error(const std::vector<std::string>& args, const std::string& err) {
    auto r = run_cli(args);
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, err);
}

TEST(CommandLine, SuggestsTheCommandMeant) {
    expect_usage_error({"chek"},
                       "lexcheck: error: unknown command `chek`\n"
                       "  = help: did you mean `check`?\n");
    expect_usage_error({"frobnicate"},
                       "lexcheck: error: unknown command `frobnicate`\n"
                       "  = help: the commands are check, test, lint, fmt and explain; `lexcheck "
                       "--help` says what each does\n");
    expect_usage_error({},
                       "lexcheck: error: no command given\n"
                       "  = help: the commands are check, test, lint, fmt and explain; `lexcheck "
                       "--help` says what each does\n");
}

TEST(CommandLine, SuggestsTheOptionMeant) {
    expect_usage_error({"check", "--jurisdicton", "RU"},
                       "lexcheck: error: `lexcheck check` has no option `--jurisdicton`\n"
                       "  = help: did you mean `--jurisdiction`?\n");
    expect_usage_error({"fmt", "--chek", "a.lex"},
                       "lexcheck: error: `lexcheck fmt` has no option `--chek`\n"
                       "  = help: did you mean `--check`?\n");
    expect_usage_error({"test", "--rules=r", "--coverge"},
                       "lexcheck: error: `lexcheck test` has no option `--coverge`\n"
                       "  = help: did you mean `--coverage`?\n");
}

TEST(CommandLine, NamesTheCommandsThatHaveAnOption) {
    expect_usage_error({"lint", "--as-of", "2024-01-01"},
                       "lexcheck: error: `lexcheck lint` has no option `--as-of`\n"
                       "  = help: `--as-of` is an option of check, test and explain\n");
    expect_usage_error({"check", "--bogus"},
                       "lexcheck: error: `lexcheck check` has no option `--bogus`\n"
                       "  = help: `lexcheck check --help` lists its options\n");
    expect_usage_error({"--rules", "r", "check"},
                       "lexcheck: error: `lexcheck` has no option `--rules`\n"
                       "  = help: options follow the command, as in `lexcheck check --rules "
                       "PATH`\n");
}

TEST(CommandLine, RefusesAValueWithoutItsOption) {
    expect_usage_error({"check", "rules"},
                       "lexcheck: error: unexpected argument `rules`\n"
                       "  = help: every value follows its option, as in --rules PATH; `lexcheck "
                       "check --help` lists its options\n");
}

TEST(CommandLine, SaysWhatAMissingValueOrOptionIs) {
    expect_usage_error({"check", "--as-of"},
                       "lexcheck: error: --as-of needs a value, as in --as-of DATE\n");
    expect_usage_error({"explain", "--measure", "m"},
                       "lexcheck: error: lexcheck explain needs --provision ID\n"
                       "  = help: for example: lexcheck explain --measure ru.fz114.art27.p1 "
                       "--provision eaeu_treaty.art97.p2 --as-of 2024-01-01\n");
    expect_usage_error({"fmt", "--check"},
                       "lexcheck: error: lexcheck fmt needs at least one FILE\n"
                       "  = help: for example: lexcheck fmt --check rules\n");
}

TEST(CommandLine, RefusesBadValuesInOneLine) {
    expect_usage_error({"check", "--as-of", "2023-02-30"},
                       "lexcheck: error: --as-of: `2023-02-30` is not a date; write YYYY-MM-DD, "
                       "e.g. 2024-01-01\n");
    expect_usage_error({"check", "--format", "pdf"},
                       "lexcheck: error: --format: `pdf` is not a format; use text, json, html, "
                       "md or sarif\n");
    expect_usage_error({"test", "--format", "html"},
                       "lexcheck: error: --format: `html` is not a format; use text or json\n");
    expect_usage_error({"check", "--threads", "0"},
                       "lexcheck: error: --threads: `0` is not a positive whole number\n");
    expect_usage_error({"check", "--jurisdiction", "ru"},
                       "lexcheck: error: --jurisdiction: `ru` is not a state code; write two "
                       "capital letters, e.g. RU\n");
    expect_usage_error({"check", "--fail-on", "sometimes"},
                       "lexcheck: error: --fail-on: `sometimes` is not a level; use violation, "
                       "undetermined or never\n");
    expect_usage_error({"check", "--only", "violation,bogus"},
                       "lexcheck: error: --only: `bogus` is not an outcome; use violation, "
                       "compliant, undetermined or not_applicable\n");
    expect_usage_error({"test", "--threshold", "101"},
                       "lexcheck: error: --threshold: `101` is not a percentage from 0 to 100\n");
}

TEST(CommandLine, ParsesEveryOptionIntoTheOptions) {
    cli::Options o;
    std::ostringstream out, err;
    auto inv = cli::parse_command_line({"check",     "--rules",        "a",
                                        "--rules=b", "--corpus",       "c",
                                        "--as-of",   "2024-02-29",     "--jurisdiction",
                                        "RU",        "--jurisdiction", "KZ",
                                        "--format",  "json",           "-o",
                                        "r.json",    "--fail-on",      "undetermined",
                                        "--all",     "--only",         "violation,compliant",
                                        "--only",    "undetermined",   "--threads",
                                        "3",         "--timestamp",    "--no-cache"},
                                       o, out, err);
    ASSERT_NE(inv.command, nullptr) << err.str();
    EXPECT_TRUE(inv.loads_inputs);
    EXPECT_EQ(o.command, "check");
    EXPECT_EQ(o.rules, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(o.corpus, std::vector<std::string>{"c"});
    EXPECT_EQ(o.as_of, core::parse_date("2024-02-29"));
    EXPECT_EQ(o.jurisdictions, (std::vector<std::string>{"RU", "KZ"}));
    EXPECT_EQ(o.format, "json");
    EXPECT_EQ(o.output, "r.json");
    EXPECT_EQ(o.fail_on, "undetermined");
    EXPECT_TRUE(o.all && o.timestamp && o.no_cache);
    EXPECT_EQ(o.only,
              (std::vector<core::Outcome>{core::Outcome::violation, core::Outcome::compliant,
                                          core::Outcome::undetermined}));
    EXPECT_EQ(o.threads, 3u);
}

TEST(CommandLine, ParsesTheOptionsOfTestFmtAndExplain) {
    cli::Options t;
    std::ostringstream out, err;
    ASSERT_NE(
        cli::parse_command_line({"test", "--coverage", "--threshold", "87.5"}, t, out, err).command,
        nullptr);
    EXPECT_TRUE(t.coverage);
    EXPECT_EQ(t.threshold, 87.5);
    cli::Options f;
    auto fmt = cli::parse_command_line({"fmt", "--check", "a.lex", "-", "rules"}, f, out, err);
    ASSERT_NE(fmt.command, nullptr) << err.str();
    EXPECT_FALSE(fmt.loads_inputs);
    EXPECT_TRUE(f.check_only);
    EXPECT_EQ(f.files, (std::vector<std::string>{"a.lex", "-", "rules"}));
    cli::Options e;
    ASSERT_NE(
        cli::parse_command_line({"explain", "--provision", "p", "--measure", "m"}, e, out, err)
            .command,
        nullptr);
    EXPECT_EQ(e.measure, "m");
    EXPECT_EQ(e.provision, "p");
}

TEST(CommandLine, ARepeatedSingleValueKeepsTheLast) {
    cli::Options o;
    std::ostringstream out, err;
    cli::parse_command_line({"check", "--as-of", "2020-01-01", "--as-of", "2021-01-01"}, o, out,
                            err);
    EXPECT_EQ(o.as_of, core::parse_date("2021-01-01"));
}

}  // namespace
}  // namespace lexcheck::testing
