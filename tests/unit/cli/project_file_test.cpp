// lexcheck.toml: golden cases (tests/golden/project/*.case) and what the commands make of
// the file: flags override it, the shipped data only when neither gives paths.
#include "project/project_file.hpp"

#include "cli_runner.hpp"
#include "golden_case.hpp"
#include "input_paths.hpp"
#include "temp_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> project_cases() {
    return golden_files(fs::path(LEXCHECK_TEST_DIR) / "golden" / "project", ".case");
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

/// What a project file sets, one line per key, or the errors printed when it has any
std::string read_result(const std::string& path) {
    std::ostringstream err;
    auto project = cli::project::load_project_file(path, err);
    if (!project) return err.str();
    return err.str() + "rules: " + join(project->rules) + "\ncorpus: " + join(project->corpus) +
           "\nlock: " + project->lock.value_or("") +
           "\nas-of: " + (project->as_of ? core::format_date(*project->as_of) : "") + "\n";
}

/// The case file with its `expect` section (the last) replaced by `text`
std::string with_expect(const std::string& file, const std::string& text) {
    auto at = file.find("--- expect\n");
    return file.substr(0, at) + "--- expect\n" + text;
}

class ProjectFileGolden : public ::testing::TestWithParam<fs::path> {};

TEST_P(ProjectFileGolden, ReadsAsExpected) {
    GoldenCase c = read_golden_case(GetParam());
    ASSERT_TRUE(c.sections.count("lexcheck.toml") && c.sections.count("expect"))
        << GetParam() << " needs `--- lexcheck.toml` and `--- expect` (last)";
    TempDir dir("project-golden");
    std::istringstream folders(c.sections["folders"]);
    for (std::string folder; std::getline(folders, folder);) {
        if (!folder.empty()) fs::create_directories(dir.path() / folder);
    }
    dir.write("lexcheck.toml", c.sections["lexcheck.toml"]);
    InFolder here(dir.path());
    std::string actual = read_result("lexcheck.toml");
    if (update_golden()) write_text(GetParam(), with_expect(read_text(GetParam()), actual));
    EXPECT_EQ(actual, c.sections["expect"]);
}

INSTANTIATE_TEST_SUITE_P(Cases, ProjectFileGolden, ::testing::ValuesIn(project_cases()),
                         [](const ::testing::TestParamInfo<fs::path>& info) {
                             return test_name(info.param);
                         });

TEST(ProjectFile, PathsAreRelativeToTheFilesFolder) {
    TempDir dir("project-relative");
    dir.write("team/law/a.lex", "");
    dir.write("team/lexcheck.toml",
              "rules = \"law\"\ncorpus = \"../shared\"\nlock = \"lexcheck.lock\"\n");
    fs::create_directories(dir.path() / "shared");
    InFolder here(dir.path());
    EXPECT_EQ(read_result("team/lexcheck.toml"),
              "rules: team/law\ncorpus: shared\nlock: team/lexcheck.lock\nas-of: \n");
}

TEST(ProjectFile, AFolderCalledLexcheckTomlIsAnError) {
    TempDir dir("project-folder");
    fs::create_directories(dir.path() / "lexcheck.toml");
    auto r = run_cli_in(dir.path(), {"lint"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "lexcheck: error: cannot read `lexcheck.toml` as a project file\n");
}

// ---------------------------------------------------------------- with the commands

constexpr const char* kRules = R"lex(
instrument t "T" { kind treaty origin regional in_force 2000-01-01 party RU from 2000-01-01 }
vocabulary v { fact x : bool "x" }
provision t.p { of t cite "p" text "p" prohibits x }
)lex";

/// A legal team's repository: rules in law/, measures in measures/, and lexcheck.toml
struct Repository {
    TempDir dir{"project-repo"};
    explicit Repository(const std::string& toml) {
        dir.write("law/rules.lex", kRules);
        dir.write("measures/m.yaml",
                  "measures:\n  - {id: m, jurisdiction: RU, in_force: 2010-01-01, facts: {x: "
                  "true}}\n");
        dir.write("other/m.yaml",
                  "measures:\n  - {id: other, jurisdiction: RU, facts: {x: "
                  "false}}\n");
        dir.write("lexcheck.toml", toml);
    }
    CliResult run(const std::vector<std::string>& args) const {
        return run_cli_in(dir.path(), args);
    }
};

TEST(ProjectFile, CheckNeedsNoFlagsInTheTeamsRepository) {
    Repository repo("rules = \"law\"\ncorpus = \"measures\"\nas-of = 2020-01-01\n");
    auto r = repo.run({"check", "--no-cache"});
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_EQ(lines_of(r.out).at(0), "lexcheck check as of 2020-01-01: 1 measure x 1 provision");
    EXPECT_EQ(r.err,
              "lexcheck: rules: law (from lexcheck.toml); corpus: measures (from "
              "lexcheck.toml); as of 2020-01-01 (from lexcheck.toml)\n");
}

TEST(ProjectFile, FlagsOverrideItKeyByKey) {
    Repository repo("rules = \"law\"\ncorpus = \"measures\"\nas-of = 2020-01-01\n");
    auto r = repo.run({"check", "--no-cache", "--corpus", "other", "--as-of", "2021-06-01"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(lines_of(r.out).at(0), "lexcheck check as of 2021-06-01: 1 measure x 1 provision");
    EXPECT_TRUE(contains(r.out, "other (RU)")) << r.out;
    EXPECT_EQ(r.err, "lexcheck: rules: law (from lexcheck.toml); corpus: other (from --corpus)\n");
    // Both paths on the command line, and lint takes no date: nothing left to say.
    auto both = repo.run({"lint", "--no-cache", "--rules", "law", "--corpus", "other"});
    EXPECT_EQ(both.status, 0) << both.err;
    EXPECT_EQ(both.err, "");
}

TEST(ProjectFile, OnlyCommandsThatLoadRulesReadIt) {
    Repository repo("rulez = \"law\"\n");
    auto help = repo.run({"test", "--help"});
    EXPECT_EQ(help.status, 0) << "help never reads the project file";
    EXPECT_EQ(help.err, "");
    auto fmt = repo.run({"fmt", "--check", "law"});
    EXPECT_EQ(fmt.status, 1) << "law/rules.lex is not in the layout of fmt";
    EXPECT_EQ(fmt.err, "");
    auto r = repo.run({"test", "--no-cache"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err,
              "lexcheck.toml:1:1: error: lexcheck.toml has no key `rulez` "
              "[cli_project_unknown_key]\n"
              "  |\n"
              "1 | rulez = \"law\"\n"
              "  | ^~~~~\n"
              "  = help: did you mean `rules`?\n"
              "lexcheck: 1 error in lexcheck.toml; nothing was run\n");
}

TEST(ProjectFile, TheLockIsStoredForTheSourceLocks) {
    cli::project::ProjectFile project;
    project.lock = "locks/lexcheck.lock";
    cli::Options options;
    cli::settle_input_paths(options, &project);
    EXPECT_EQ(options.lock, "locks/lexcheck.lock");
}

}  // namespace
}  // namespace lexcheck::testing
