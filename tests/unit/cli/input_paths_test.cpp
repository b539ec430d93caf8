// Which rules and corpus a command reads, and the first lines on stderr that say so
// (LANGUAGE.md §6, docs/cli.md): the shipped data, a project file, or one of the two
// flags without the other.
#include "input_paths.hpp"

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace lexcheck::testing {
namespace {

constexpr const char* kRules = R"lex(
instrument t "T" { kind treaty origin regional in_force 2000-01-01 party RU from 2000-01-01 }
vocabulary v { fact x : bool "x" }
provision t.p { of t cite "p" text "p" prohibits x }
test "x violates" { as_of 2020-01-01 measure { jurisdiction RU x = true } expect t.p violation }
)lex";

constexpr const char* kMeasures = "measures:\n  - {id: m, jurisdiction: RU, facts: {kind: 1}}\n";

struct Folder {
    TempDir dir{"input-paths"};
    Folder() {
        dir.write("rules/r.lex", kRules);
        dir.write("corpus/m.yaml", kMeasures);
    }
    CliResult run(const std::vector<std::string>& args) const {
        return run_cli_in(dir.path(), args);
    }
};

TEST(InputPaths, CorpusWithoutRulesSaysSoBeforeAnythingElse) {
    Folder f;
    auto r = f.run({"check", "--corpus", "corpus", "--no-cache"});
    EXPECT_EQ(r.status, 2);
    auto lines = lines_of(r.err);
    ASSERT_GE(lines.size(), 2u) << r.err;
    EXPECT_EQ(lines[0],
              "lexcheck: note: --corpus without --rules: no rules are loaded (the shipped rules "
              "are used only when neither is given)");
    EXPECT_EQ(lines[1].rfind("corpus/m.yaml:2:", 0), 0u) << r.err;
}

TEST(InputPaths, RulesWithoutCorpusSaysSo) {
    Folder f;
    auto r = f.run({"test", "--rules", "rules", "--no-cache"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err,
              "lexcheck: note: --rules without --corpus: no measure files are read (the shipped "
              "corpus is used only when neither is given)\n");
    EXPECT_EQ(lines_of(r.out).back(), "1 passed, 0 failed");
}

TEST(InputPaths, AProjectFileWithOneOfTheTwoSaysSo) {
    Folder f;
    f.dir.write("lexcheck.toml", "rules = \"rules\"\n");
    EXPECT_EQ(f.run({"lint", "--no-cache"}).err,
              "lexcheck: note: lexcheck.toml gives rules but no corpus: no measure files are read "
              "(the shipped corpus is used only when neither is given)\n");
    f.dir.write("lexcheck.toml", "corpus = \"corpus\"\n");
    EXPECT_EQ(lines_of(f.run({"lint", "--no-cache"}).err).at(0),
              "lexcheck: note: lexcheck.toml gives a corpus but no rules: no rules are loaded "
              "(the shipped rules are used only when neither is given)");
    // The command line may supply the other one.
    EXPECT_EQ(lines_of(f.run({"lint", "--no-cache", "--rules", "rules"}).err).at(0),
              "lexcheck: rules: rules (from --rules); corpus: corpus (from lexcheck.toml)");
}

TEST(InputPaths, TheShippedDataIsNamed) {
    auto r = run_cli_in(LEXCHECK_SOURCE_DIR,
                        {"explain", "--measure", "ru.fz114.art26.p1.s4", "--provision",
                         "eaeu_treaty.art97.p", "--as-of", "2024-01-01"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err,
              "lexcheck: rules: rules (shipped with lexcheck); corpus: corpus (shipped with "
              "lexcheck)\n"
              "lexcheck: error: no provision is called `eaeu_treaty.art97.p`\n"
              "  = help: did you mean `eaeu_treaty.art97.p1`?\n");
}

TEST(InputPaths, TestInAFolderWithoutRulesSaysItRunsTheShippedSuite) {
    TempDir elsewhere("input-paths-empty");
    auto r = run_cli_in(elsewhere.path(), {"test"});
    EXPECT_EQ(r.status, 0) << r.err;
    auto lines = lines_of(r.err);
    ASSERT_EQ(lines.size(), 1u) << r.err;
    // Named from the working directory when that is shorter, as a user would type them.
    auto shipped = [&](const char* dir) {
        std::filesystem::path p = std::filesystem::path(LEXCHECK_SOURCE_DIR) / dir;
        std::filesystem::path rel = std::filesystem::relative(p, elsewhere.path());
        return (rel.string().size() < p.string().size() ? rel : p).generic_string();
    };
    EXPECT_EQ(lines[0], "lexcheck: rules: " + shipped("rules") +
                            " (shipped with lexcheck); corpus: " + shipped("corpus") +
                            " (shipped with lexcheck)");
}

TEST(InputPaths, NothingIsSaidWhenBothAreGiven) {
    Folder f;
    auto r = f.run({"test", "--rules", "rules", "--corpus", "rules", "--no-cache"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
}

TEST(InputPaths, SettlingKeepsFlagsThenTheProjectFileThenTheShippedData) {
    cli::project::ProjectFile project;
    project.corpus = {"data"};
    project.as_of = core::parse_date("2024-01-01");
    cli::Options given;
    given.rules = {"mine"};
    cli::settle_input_paths(given, &project);
    EXPECT_EQ(given.rules, std::vector<std::string>{"mine"});
    EXPECT_EQ(given.rules_from, cli::Origin::command_line);
    EXPECT_EQ(given.corpus, std::vector<std::string>{"data"});
    EXPECT_EQ(given.corpus_from, cli::Origin::project_file);
    EXPECT_TRUE(given.as_of_from_project_file);

    cli::Options none;
    cli::settle_input_paths(none, nullptr);
    EXPECT_EQ(none.rules_from, cli::Origin::shipped);
    EXPECT_EQ(none.corpus_from, cli::Origin::shipped);
    EXPECT_EQ(none.rules.size(), 1u);
}

}  // namespace
}  // namespace lexcheck::testing
