// Issue 20: the commands that read only some measures (`test`, `lint`, `explain`, the source
// lock's comparison in `check`) build from a warm corpus cache only the measures they use, and
// print what they print from the files, byte for byte.
#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include "lexcheck/core/measure.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

/// Measures with no `eId`, `expect` or `cite`, `count` of them, ids `zz.PREFIXn`; with `akn`,
/// their document is an Akoma Ntoso file they quote nothing from
std::string plain_measures(const std::string& prefix, int count, const std::string& akn = "") {
    std::string yaml = "document:\n  jurisdiction: RU\n";
    if (!akn.empty()) yaml += "  akn: " + akn + "\n";
    yaml += "measures:\n";
    for (int i = 1; i <= count; ++i) {
        yaml += "  - id: zz." + prefix + std::to_string(i) + "\n";
        if (i % 2)
            yaml +=
                "    facts:\n      kind: " + std::string(i % 4 == 1 ? "expulsion" : "entry_ban") +
                "\n";
    }
    return yaml;
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The shipped rules and corpus (Akoma Ntoso documents, expects, cites) plus plain measures,
/// with a cache of its own
class WarmCommands : public ::testing::Test {
protected:
    void SetUp() override {
        rules_ = std::string(LEXCHECK_SOURCE_DIR) + "/rules";
        corpus_ = dir_.str() + "/corpus";
        fs::copy(fs::path(LEXCHECK_SOURCE_DIR) / "corpus", corpus_, fs::copy_options::recursive);
        dir_.write("corpus/zz/plain.yaml", plain_measures("plain", 20));
        fs::copy_file(fs::path(corpus_) / "ru/fz114.akn.xml", fs::path(corpus_) / "zz/law.akn.xml");
        dir_.write("corpus/zz/with_document.yaml", plain_measures("doc", 10, "law.akn.xml"));
        const char* before = std::getenv("XDG_CACHE_HOME");
        had_cache_home_ = before != nullptr;
        if (before) saved_cache_home_ = before;
        ::setenv("XDG_CACHE_HOME", (dir_.str() + "/cache").c_str(), 1);
        count_measures();
    }
    void TearDown() override {
        if (had_cache_home_) {
            ::setenv("XDG_CACHE_HOME", saved_cache_home_.c_str(), 1);
        } else {
            ::unsetenv("XDG_CACHE_HOME");
        }
    }

    /// The corpus as read from the files: how many measures there are and have each member
    void count_measures() {
        core::SourceManager sources;
        core::RuleSet rules;
        core::Corpus corpus;
        core::DiagnosticSink sink;
        parser::load_rule_set({rules_}, sources, rules, sink);
        parser::load_corpus({corpus_}, rules.schema, sources, corpus, sink, 1, nullptr);
        ASSERT_FALSE(sink.has_errors());
        total_ = corpus.measures.size();
        for (const core::Measure& m : corpus.measures) {
            quoting_ += !m.eid.empty();
            quoting_or_expects_ += !m.eid.empty() || !m.expects.empty();
        }
        ASSERT_GT(quoting_, 0u);
        ASSERT_LE(quoting_ + 30, total_);
        ASSERT_LE(quoting_or_expects_ + 30, total_);
    }

    std::vector<std::string> args(std::vector<std::string> command) const {
        for (const char* a : {"--rules", rules_.c_str(), "--corpus", corpus_.c_str()})
            command.emplace_back(a);
        return command;
    }

    /// Runs `command` from the files, filling the cache, and warm: the three print the same,
    /// and the warm run built exactly `expected` measures from cache records
    void expect_warm_like_cold(const std::vector<std::string>& command, std::size_t expected) {
        const CliResult cold = run_cli([&] {
            auto a = args(command);
            a.push_back("--no-cache");
            return a;
        }());
        const CliResult filling = run_cli(args(command));
        const std::size_t before = core::MeasureList::built_in_process();
        const CliResult warm = run_cli(args(command));
        const std::size_t built = core::MeasureList::built_in_process() - before;
        const std::string what = command[0];
        EXPECT_FALSE(cold.out.empty() && cold.err.empty()) << what;
        EXPECT_EQ(filling.status, cold.status) << what;
        EXPECT_EQ(filling.out, cold.out) << what;
        EXPECT_EQ(filling.err, cold.err) << what;
        EXPECT_EQ(warm.status, cold.status) << what;
        EXPECT_EQ(warm.out, cold.out) << what;
        EXPECT_EQ(warm.err, cold.err) << what;
        EXPECT_EQ(built, expected) << what << ": measures built from the cache, of " << total_;
    }

    TempDir dir_{"warm-commands"};
    std::string rules_, corpus_;
    bool had_cache_home_ = false;
    std::string saved_cache_home_;
    std::size_t total_ = 0, quoting_ = 0, quoting_or_expects_ = 0;
};

// Every warm load builds the measures that quote an element, to look their eId up in the
// document as it is now (parser/corpus/src/load/documents.cpp); each command adds only the
// measures it uses. Without the head's flags, each of them built all of them.
TEST_F(WarmCommands, TestBuildsOnlyTheMeasuresWithExpects) {
    expect_warm_like_cold({"test", "--as-of", "2024-01-01"}, quoting_or_expects_);
}

TEST_F(WarmCommands, LintBuildsNoMeasureOfItsOwn) {
    expect_warm_like_cold({"lint"}, quoting_);
}

TEST_F(WarmCommands, ExplainBuildsOnlyTheMeasureItExplains) {
    expect_warm_like_cold({"explain", "--measure", "zz.plain1", "--provision",
                           "eaeu_treaty.art97.p2", "--as-of", "2024-01-01"},
                          quoting_ + 1);
    // An unknown measure: the ids offered come from the records' heads.
    expect_warm_like_cold({"explain", "--measure", "zz.plain", "--provision",
                           "eaeu_treaty.art97.p2", "--as-of", "2024-01-01"},
                          quoting_);
}

TEST_F(WarmCommands, TheSourceLockComparesOnlyTheMeasuresThatQuote) {
    // A lock whose first measure text differs from the document: a `source_changed` warning
    // and the report's section of changed texts, the same warm and cold.
    const std::string lock = dir_.str() + "/lexcheck.lock";
    ASSERT_EQ(run_cli(args({"lock", "--lock", lock, "--no-cache"})).status, 0);
    std::string text = read_text(lock);
    const std::size_t measure = text.find("\"kind\": \"measure\"");
    ASSERT_NE(measure, std::string::npos) << text;
    const std::size_t quoted = text.find("\"text\": \"", measure);
    ASSERT_NE(quoted, std::string::npos);
    text.insert(quoted + 9, "Formerly: ");
    std::ofstream(lock, std::ios::binary) << text;
    // --only contested: no finding is listed. The comparison builds no measure that does not
    // quote (those that do were built by the load): as many as the same check without a lock
    // (which builds a few more for itself: versions, `affects`), and fewer than all.
    const std::vector<std::string> check{"check",     "--as-of",   "2024-01-01", "--only",
                                         "contested", "--fail-on", "never"};
    const std::size_t before = core::MeasureList::built_in_process();
    ASSERT_EQ(run_cli(args(check)).status, 0);  // fills the cache
    const std::size_t filled = core::MeasureList::built_in_process();
    ASSERT_EQ(run_cli(args(check)).status, 0);
    const std::size_t without_lock = core::MeasureList::built_in_process() - filled;
    EXPECT_EQ(filled, before) << "a run from the files builds no record";
    EXPECT_LT(without_lock, total_);
    std::vector<std::string> with_lock = check;
    with_lock.insert(with_lock.end(), {"--lock", lock});
    expect_warm_like_cold(with_lock, without_lock);
}

}  // namespace
}  // namespace lexcheck::testing
