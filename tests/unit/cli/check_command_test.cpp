// `lexcheck check` on small inputs: exit codes, atomic report files, formats, options.
#include "cli_runner.hpp"
#include "golden_case.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kRules = R"lex(
instrument t "Test treaty" { kind treaty origin regional in_force 2000-01-01 party RU from 2000-01-01 }
instrument c "Test convention" { kind convention origin universal in_force 2000-01-01 party KG from 2000-01-01 }
vocabulary v {
  enum person { eaeu_worker, third_country_national }
  fact applies_to : set<person> "who the measure applies to"
  fact exempt : bool "whether EAEU workers are exempt"
}
provision t.p1 { of t cite "Article 1" text "No restrictions." severity high
  prohibits applies_to has eaeu_worker unless exempt "exempted" }
provision c.p1 { of c cite "Article 1" text "Equal treatment." prohibits applies_to has eaeu_worker }
)lex";

constexpr const char* kMeasures = R"yaml(
measures:
  - id: ru.ban
    jurisdiction: RU
    cite: "Article 26(4)"
    facts:
      applies_to: [eaeu_worker]
      exempt: false
  - id: ru.exempt
    jurisdiction: RU
    facts:
      applies_to: [eaeu_worker]
      exempt: true
)yaml";

struct Fixture {
    TempDir dir;
    std::string rules, corpus;
    explicit Fixture(const std::string& name) : dir(name) {
        rules = dir.write("rules/t.lex", kRules);
        corpus = dir.write("corpus/m.yaml", kMeasures);
    }
    std::vector<std::string> args(std::vector<std::string> extra) const {
        std::vector<std::string> a{"check", "--rules", rules,       "--corpus",
                                   corpus,  "--as-of", "2020-01-01"};
        a.insert(a.end(), extra.begin(), extra.end());
        return a;
    }
};

TEST(CheckCommand, ExitsOneOnABindingViolation) {
    Fixture f("exit-one");
    auto r = run_cli(f.args({}));
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_NE(r.out.find("VIOLATION  binding  t.p1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("defeated by t.p1#unless1"), std::string::npos) << r.out;
}

TEST(CheckCommand, AdvisoryViolationsDoNotFail) {
    Fixture f("advisory");
    auto r = run_cli(f.args({"--jurisdiction", "RU", "--fail-on", "never"}));
    EXPECT_EQ(r.status, 0) << r.err;
    // c.p1 binds KG only: the RU violation of it is advisory.
    EXPECT_NE(r.out.find("VIOLATION  advisory  c.p1"), std::string::npos) << r.out;
}

TEST(CheckCommand, WritesJsonAtomicallyAndByteIdenticalAcrossThreads) {
    Fixture f("json");
    std::string one = (f.dir.path() / "one.json").string();
    std::string many = (f.dir.path() / "many.json").string();
    EXPECT_EQ(run_cli(f.args({"--format", "json", "--output", one, "--threads", "1"})).status, 1);
    EXPECT_EQ(run_cli(f.args({"--format", "json", "--output", many, "--threads", "8"})).status, 1);
    EXPECT_EQ(read_text(one), read_text(many));
    EXPECT_NE(read_text(one).find("\"as_of\": \"2020-01-01\""), std::string::npos);
    for (const auto& e : fs::directory_iterator(f.dir.path())) {
        EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos)
            << "temporary file left behind";
    }
}

TEST(CheckCommand, EveryReportIsByteIdenticalFromTheCacheAndWithout) {
    // Issue 20: a warm run reads the measures from mapped cache entries, builds only those it
    // lists, and must still write what a run from the files writes.
    Fixture f("warm-reports");
    const std::string cache = (f.dir.path() / "cache").string();
    const char* before = std::getenv("XDG_CACHE_HOME");
    const std::string saved = before ? before : "";
    ::setenv("XDG_CACHE_HOME", cache.c_str(), 1);
    for (const char* format : {"text", "json", "html", "md", "sarif"}) {
        std::vector<std::string> reports;
        for (const char* run : {"--no-cache", "", ""}) {  // from the files, filling, warm
            std::string out = (f.dir.path() / (std::string(format) + ".out")).string();
            std::vector<std::string> extra{"--format", format, "--all", "--output", out};
            if (*run) extra.push_back(run);
            EXPECT_EQ(run_cli(f.args(extra)).status, 1) << format;
            reports.push_back(read_text(out));
        }
        EXPECT_FALSE(reports[0].empty()) << format;
        EXPECT_EQ(reports[1], reports[0]) << format << ", the run that fills the cache";
        EXPECT_EQ(reports[2], reports[0]) << format << ", the warm run";
    }
    EXPECT_TRUE(fs::exists(cache)) << "the cache was used";
    if (before) {
        ::setenv("XDG_CACHE_HOME", saved.c_str(), 1);
    } else {
        ::unsetenv("XDG_CACHE_HOME");
    }
}

TEST(CheckCommand, InputErrorWritesNoReportAndExitsTwo) {
    Fixture f("input-error");
    f.dir.write("corpus/bad.yaml",
                "measures:\n  - id: x\n    jurisdiction: RU\n    facts: { exemt: true }\n");
    std::string out = (f.dir.path() / "report.json").string();
    auto r = run_cli({"check", "--rules", f.rules, "--corpus", (f.dir.path() / "corpus").string(),
                      "--format", "json", "--output", out});
    EXPECT_EQ(r.status, 2);
    EXPECT_FALSE(fs::exists(out));
    EXPECT_NE(r.err.find("bad.yaml:4:"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("error:"), std::string::npos) << r.err;
}

TEST(CheckCommand, AnExistingReportSurvivesAFailedRun) {
    Fixture f("keep-old");
    std::string out = f.dir.write("report.json", "old report");
    f.dir.write("rules/broken.lex", "provision broken {");
    auto r = run_cli({"check", "--rules", (f.dir.path() / "rules").string(), "--corpus", f.corpus,
                      "--format", "json", "--output", out});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(read_text(out), "old report");
}

TEST(CheckCommand, OnlyKeepsListedOutcomesButSummaryCountsAll) {
    Fixture f("only");
    auto r = run_cli(f.args({"--format", "json", "--only", "compliant"}));
    EXPECT_EQ(r.out.find("\"outcome\": \"violation\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"outcome\": \"compliant\""), std::string::npos) << r.out;
    // ru.ban breaks t.p1 and c.p1, ru.exempt breaks c.p1 (advisory): three violations.
    EXPECT_NE(r.out.find("\"violation\": 3"), std::string::npos) << r.out;
}

TEST(CheckCommand, UsageErrorsExitTwo) {
    EXPECT_EQ(run_cli({"check", "--as-of", "2023-02-30"}).status, 2);
    EXPECT_EQ(run_cli({"check", "--format", "pdf"}).status, 2);
    EXPECT_EQ(run_cli({"check", "--threads", "0"}).status, 2);
    EXPECT_EQ(run_cli({"frobnicate"}).status, 2);
    EXPECT_EQ(run_cli({"check", "--rules", "/nonexistent/rules"}).status, 2);
}

TEST(ExplainCommand, ShowsConditionsFactsAndBinding) {
    Fixture f("explain");
    auto r = run_cli({"explain", "--measure", "ru.ban", "--provision", "t.p1", "--rules", f.rules,
                      "--corpus", f.corpus, "--as-of", "2020-01-01"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("outcome: violation"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("binding: RU is a party to t since 2000-01-01"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("applies_to has eaeu_worker -> true"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("m.yaml:7:"), std::string::npos) << "fact positions: " << r.out;
}

TEST(ExplainCommand, RefusesAnExceptionAndNamesWhatItDefeats) {
    TempDir dir("explain-exception");
    std::string rules = dir.write("r.lex", R"lex(
instrument t "T" { kind treaty origin regional in_force 2000-01-01 party RU from 2000-01-01 }
vocabulary v { fact x : bool "x"  fact y : bool "y" }
provision t.p { of t cite "p" text "p" prohibits x }
provision t.e { of t cite "e" text "e" exception to t.p when y }
provision t.e2 { of t cite "e2" text "e2" exception to t.e when not x }
)lex");
    std::string corpus =
        dir.write("m.yaml", "measures:\n  - {id: m, jurisdiction: RU, facts: {x: true}}\n");
    auto r = run_cli({"explain", "--measure", "m", "--provision", "t.e2", "--rules", rules,
                      "--corpus", corpus, "--as-of", "2020-01-01"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err,
              "lexcheck: error: `t.e2` is an exception and has no outcome of its own\n"
              "  = help: explain `t.p`; its explanation shows whether this exception held\n");
}

TEST(ExplainCommand, SuggestsTheMeasureOrProvisionMeant) {
    Fixture f("explain-typo");
    auto explain = [&](const char* measure, const char* provision) {
        return run_cli({"explain", "--measure", measure, "--provision", provision, "--rules",
                        f.rules, "--corpus", f.corpus, "--as-of", "2020-01-01"});
    };
    auto r = explain("ru.ban", "t.p2");
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err,
              "lexcheck: error: no provision is called `t.p2`\n"
              "  = help: did you mean `t.p1`?\n");
    r = explain("ru.bann", "t.p1");
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err,
              "lexcheck: error: no measure is called `ru.bann`\n"
              "  = help: did you mean `ru.ban`?\n");
    EXPECT_EQ(explain("kz.quota", "t.p1").err,
              "lexcheck: error: no measure is called `kz.quota`\n"
              "  = help: a measure's id is its `id:` in the measure files given with --corpus\n");
}

TEST(ExplainCommand, SaysAMeasureNotInForceIsLeftOut) {
    TempDir dir("explain-repealed");
    std::string rules = dir.write("r.lex", R"lex(
instrument t "T" { kind treaty origin regional in_force 2000-01-01 party RU from 2000-01-01 }
vocabulary v { fact x : bool "x" }
provision t.p { of t cite "p" text "p" prohibits x }
)lex");
    std::string corpus = dir.write(
        "m.yaml",
        "measures:\n  - {id: old, jurisdiction: RU, until: 2001-01-01, facts: {x: true}}\n"
        "  - {id: new, jurisdiction: RU, in_force: 2030-01-01, facts: {x: true}}\n");
    auto args = [&](const char* measure, const char* as_of) {
        return std::vector<std::string>{"explain", "--measure", measure, "--provision",
                                        "t.p",     "--rules",   rules,   "--corpus",
                                        corpus,    "--as-of",   as_of};
    };
    auto old = run_cli(args("old", "2020-01-01"));
    EXPECT_EQ(old.status, 0);
    EXPECT_EQ(old.out,
              "old is not in force on 2020-01-01 (no longer in force from 2001-01-01), so "
              "`lexcheck check` "
              "leaves it out.\nGive --as-of a date on which it was in force to explain it.\n");
    EXPECT_NE(run_cli(args("new", "2020-01-01")).out.find("(in force from 2030-01-01)"),
              std::string::npos);
    EXPECT_NE(run_cli(args("old", "2000-06-01")).out.find("outcome: violation"), std::string::npos);
}

}  // namespace
}  // namespace lexcheck::testing
