// `lexcheck lint`: warnings and notes as `FILE:LINE:COL: warning: … [code]` with exit 0,
// input errors with exit 2, and the shipped data reporting only what docs/corpus.md justifies.
#include "cli_runner.hpp"
#include "golden_case.hpp"
#include "temp_dir.hpp"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace lexcheck::testing {
namespace {

// Lines 1-14; `spare` (line 9) is used by nothing and t.p1 (line 11) is a paraphrase.
constexpr const char* kRules = R"lex(instrument t "Test treaty" {
  kind treaty origin regional in_force 2000-01-01
  party RU from 2000-01-01
}
vocabulary v {
  enum person { worker, other }
  fact applies_to : set<person> "whom it applies to"
  fact security : bool "whether it serves national security"
  fact spare : int "a count nobody reads"
}
provision t.p1 {
  of t cite "Article 1" text "[paraphrase:] no restrictions on workers" wording paraphrase
  prohibits applies_to has any {worker, other} unless security "national security"
}
)lex";

constexpr const char* kMeasures = R"yaml(measures:
  - id: ru.ban
    jurisdiction: RU
    cite: "Article 5"
    facts:
      applies_to: [worker]
      security: false
)yaml";

TEST(LintCommand, WarningsAndNotesExitZeroWithPositionCodeSnippetAndHelp) {
    TempDir dir("lint-cmd-warn");
    std::string rules = dir.write("rules/rules.lex", kRules);
    std::string corpus = dir.write("corpus/m.yaml", kMeasures);
    auto r = run_cli({"lint", "--rules", rules, "--corpus", corpus, "--no-cache"});
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_EQ(r.err, "");
    std::vector<std::string> want = {
        rules +
            ":9:8: warning: fact `spare` is used by no provision and no measure [lint_unused_fact]",
        "  |",
        "9 |   fact spare : int \"a count nobody reads\"",
        "  |        ^~~~~",
        "  = help: remove it, or state it in the measures it describes",
        rules +
            ":11:11: note: provision `t.p1` quotes a paraphrase, not the authentic text "
            "[lint_paraphrase]",
        "   |",
        "11 | provision t.p1 {",
        "   |           ^~~~",
        "   = help: verify the wording against an official text, then say `wording verbatim` or "
        "`translation`",
        "1 warning, 1 note",
    };
    EXPECT_EQ(lines_of(r.out), want) << r.out;
}

TEST(LintCommand, CountsSeveralWarningsInThePlural) {
    TempDir dir("lint-cmd-plural");
    std::string rules =
        dir.write("rules/rules.lex", std::string(kRules) + "define unused = security\n");
    auto r = run_cli({"lint", "--rules", rules, "--no-cache"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(
        r.out, rules + ":15:8: warning: define `unused` is never used [lint_unused_define]\n"))
        << r.out;
    EXPECT_EQ(lines_of(r.out).back(), "2 warnings, 1 note") << r.out;
}

TEST(LintCommand, CleanInputsReportNothing) {
    TempDir dir("lint-cmd-clean");
    std::string text = kRules;
    text.replace(text.find("  fact spare"),
                 std::string("  fact spare : int \"a count nobody reads\"\n").size(), "");
    text.replace(text.find(" wording paraphrase"), std::string(" wording paraphrase").size(), "");
    std::string rules = dir.write("rules/rules.lex", text);
    std::string corpus = dir.write("corpus/m.yaml", kMeasures);
    auto r = run_cli({"lint", "--rules", rules, "--corpus", corpus, "--no-cache"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "0 warnings, 0 notes\n");
    EXPECT_EQ(r.err, "");
}

TEST(LintCommand, InputErrorsExitTwoAndLintNothing) {
    TempDir dir("lint-cmd-error");
    std::string text = kRules;
    text.replace(text.find("unless security"), std::string("unless security").size(),
                 "unless securty");
    std::string rules = dir.write("rules/rules.lex", text);
    auto r = run_cli({"lint", "--rules", rules, "--no-cache"});
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_TRUE(contains(r.err, rules + ":13:55: error: no fact or define is called `securty`"))
        << r.err;
    EXPECT_TRUE(contains(r.err, "[lex_unknown_name]")) << r.err;
    EXPECT_EQ(r.out, "") << "no lint output when the input has errors";
}

TEST(LintCommand, MeasureErrorsExitTwo) {
    TempDir dir("lint-cmd-yaml");
    std::string rules = dir.write("rules/rules.lex", kRules);
    std::string corpus =
        dir.write("corpus/m.yaml",
                  "measures:\n  - id: x\n    jurisdiction: RU\n    facts: { secrity: true }\n");
    auto r = run_cli({"lint", "--rules", rules, "--corpus", corpus, "--no-cache"});
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_TRUE(contains(r.err, corpus + ":4:")) << r.err;
    EXPECT_TRUE(contains(r.err, " error: ")) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(run_cli({"lint", "--rules", dir.str() + "/nowhere"}).status, 2);
    EXPECT_EQ(run_cli({"lint", "--rules", rules, "--bogus"}).status, 2);
}

// ---------------------------------------------------------------- the shipped data

/// The codes listed in the first column of the table under docs/corpus.md's heading
/// "Lint warnings on the shipped rules", with the counts it explains
std::map<std::string, int> justified_codes() {
    std::istringstream in(read_text(std::string(LEXCHECK_SOURCE_DIR) + "/docs/corpus.md"));
    std::map<std::string, int> codes;
    bool inside = false;
    static const std::regex row(R"re(^\|\s*`(lint_[a-z_]+)`\s*\|[^|]*\|\s*(\d+)\s*\|)re");
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("## ", 0) == 0)
            inside = contains(line, "Lint warnings on the shipped rules");
        std::smatch m;
        if (inside && std::regex_search(line, m, row)) codes[m[1]] = std::stoi(m[2]);
    }
    return codes;
}

TEST(LintCommand, ShippedDataReportsOnlyCodesDocsCorpusJustifies) {
    std::string home = LEXCHECK_SOURCE_DIR;
    auto r =
        run_cli({"lint", "--rules", home + "/rules", "--corpus", home + "/corpus", "--no-cache"});
    ASSERT_EQ(r.status, 0) << r.err;
    std::map<std::string, int> reported;
    static const std::regex head(R"re(^\S+:\d+:\d+: (warning|note|error): .* \[([a-z_]+)\]$)re");
    std::size_t diagnostics = 0;
    for (const std::string& line : lines_of(r.out)) {
        std::smatch m;
        if (!std::regex_match(line, m, head)) continue;
        EXPECT_NE(m[1], "error") << line;
        ++reported[m[2]];
        ++diagnostics;
    }
    EXPECT_GT(diagnostics, 0u) << "the shipped data has paraphrases, so lint notes them:\n"
                               << r.out;

    std::map<std::string, int> justified = justified_codes();
    ASSERT_FALSE(justified.empty())
        << "docs/corpus.md has no table under \"Lint warnings on the shipped rules\"";
    for (const auto& [code, count] : reported) {
        auto it = justified.find(code);
        if (it == justified.end()) {
            ADD_FAILURE() << "docs/corpus.md does not justify the " << count << " `" << code
                          << "` finding(s) lint reports on the shipped data";
            continue;
        }
        // Fewer is fine (the table may lag behind a fix); more means unexplained findings.
        EXPECT_LE(count, it->second) << "lint reports " << count << " `" << code
                                     << "`, docs/corpus.md explains " << it->second;
    }
}

}  // namespace
}  // namespace lexcheck::testing
