// The command line: help (tests/golden/help/), --version, suggestions, and usage errors as
// one line and a help line, exit status 2.
#include "command_line.hpp"

#include "cli_runner.hpp"
#include "golden_case.hpp"
#include "markdown_blocks.hpp"

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

/// One `$ lexcheck …` of tests/golden/usage/errors.txt and the lines below it
struct UsageCase {
    std::string command;
    std::string err;
};

/// The cases, and the file's text with `placeholder` where each case's lines go
std::vector<UsageCase> read_usage_cases(const std::string& text, std::string& skeleton) {
    std::vector<UsageCase> cases;
    std::istringstream in(text);
    bool in_case = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("$ lexcheck", 0) == 0) {
            cases.push_back({line.substr(2), ""});
            skeleton += line + "\n\x01";
            in_case = true;
        } else if (in_case && !line.empty()) {
            cases.back().err += line + "\n";
        } else {
            in_case = false;
            skeleton += line + "\n";
        }
    }
    return cases;
}

TEST(CommandLine, UsageErrorsAreOneLineAndAHelpLine) {
    fs::path file = fs::path(LEXCHECK_TEST_DIR) / "golden" / "usage" / "errors.txt";
    std::string skeleton;
    std::vector<UsageCase> cases = read_usage_cases(read_text(file), skeleton);
    ASSERT_GE(cases.size(), 30u);
    std::string rewritten;
    std::size_t next = 0;
    for (char c : skeleton) {
        if (c != '\x01') {
            rewritten += c;
            continue;
        }
        const UsageCase& u = cases[next++];
        std::string error;
        auto words = split_command(u.command, error);
        ASSERT_TRUE(words) << u.command << ": " << error;
        words->erase(words->begin());  // "lexcheck"
        auto r = run_cli(*words);
        EXPECT_EQ(r.status, 2) << u.command;
        EXPECT_EQ(r.out, "") << u.command;
        EXPECT_EQ(r.err, u.err) << u.command;
        EXPECT_LE(lines_of(r.err).size(), 2u) << u.command << ": no usage dump";
        rewritten += r.err;
    }
    if (update_golden()) write_text(file, rewritten);
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
