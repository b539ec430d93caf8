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
            with_expects_ += !m.expects.empty();
        }
        ASSERT_GT(quoting_, 0u);
        ASSERT_GT(with_expects_, 0u);
        ASSERT_LE(quoting_ + 30, total_);
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
    std::size_t total_ = 0, quoting_ = 0, with_expects_ = 0;
};

// A warm load builds no measure: it looks every eId up in the document as it is now from the
// record's head (parser/corpus/src/load/documents.cpp; LXCACHE7 built the `quoting_` measures
// that quote). Each command builds only the measures it uses. Without the head's flags, each of
// them built all of them.
TEST_F(WarmCommands, TestBuildsOnlyTheMeasuresWithExpects) {
    expect_warm_like_cold({"test", "--as-of", "2024-01-01"}, with_expects_);
}

TEST_F(WarmCommands, LintBuildsNoMeasure) {
    expect_warm_like_cold({"lint"}, 0);
}

TEST_F(WarmCommands, ExplainBuildsOnlyTheMeasureItExplains) {
    expect_warm_like_cold({"explain", "--measure", "zz.plain1", "--provision",
                           "eaeu_treaty.art97.p2", "--as-of", "2024-01-01"},
                          1);
    // An unknown measure: the ids offered come from the records' heads.
    expect_warm_like_cold({"explain", "--measure", "zz.plain", "--provision",
                           "eaeu_treaty.art97.p2", "--as-of", "2024-01-01"},
                          0);
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
    // --only contested: no finding is listed. The comparison reads the records' eIds and builds no
    // measure: as many as the same check without a lock (which builds a few for itself:
    // versions, `affects`), and fewer than all.
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

/// Measures that quote an element of `law.akn.xml` (the shipped fz114), `count` of them, ids
/// `zz.qN`; the last quotes `last_eid`. No `affects`, versions, `expect` or `cite`.
std::string quoting_measures(int count, const std::string& last_eid) {
    std::string yaml = "document:\n  jurisdiction: RU\n  akn: law.akn.xml\nmeasures:\n";
    for (int i = 1; i <= count; ++i) {
        yaml += "  - id: zz.q" + std::to_string(i) + "\n    eId: " +
                (i == count ? last_eid
                 : i % 2    ? "art_27__para_1__point_12"
                            : "art_26") +
                "\n    facts:\n      kind: expulsion\n";
    }
    return yaml;
}

/// The regular files under `dir` (the cache's entries)
std::size_t files_under(const std::string& dir) {
    std::size_t n = 0;
    if (!fs::exists(dir)) return 0;
    for (const auto& e : fs::recursive_directory_iterator(dir)) n += e.is_regular_file();
    return n;
}

// Issue 20: a record holds its eId ahead of its other members (LXCACHE8), so a warm run that lists
// nothing builds no measure even when every measure quotes an element; an eId the document lacks is
// the same error at the same place, warm or cold; and the document is read as it is now, so a
// change to it is seen by a warm run.
TEST_F(WarmCommands, AWarmCheckOfMeasuresThatQuoteBuildsNone) {
    corpus_ = dir_.str() + "/quoting";
    fs::create_directories(corpus_);
    fs::copy_file(fs::path(LEXCHECK_SOURCE_DIR) / "corpus/ru/fz114.akn.xml",
                  fs::path(corpus_) / "law.akn.xml");
    dir_.write("quoting/quoting.yaml", quoting_measures(6, "art_27__para_1__point_13"));
    const std::vector<std::string> check{"check",     "--as-of",   "2024-01-01", "--only",
                                         "contested", "--fail-on", "never"};
    expect_warm_like_cold(check, 0);
    EXPECT_EQ(files_under(dir_.str() + "/cache"), 1u) << "the warm run read an entry";

    // With a source lock too: its comparison reads the records' eIds.
    const std::string lock = dir_.str() + "/quoting.lock";
    ASSERT_EQ(run_cli(args({"lock", "--lock", lock, "--no-cache"})).status, 0);
    std::vector<std::string> with_lock = check;
    with_lock.insert(with_lock.end(), {"--lock", lock});
    expect_warm_like_cold(with_lock, 0);
}

TEST_F(WarmCommands, AnEidTheDocumentLacksIsTheSameErrorWarmAndCold) {
    corpus_ = dir_.str() + "/quoting";
    fs::create_directories(corpus_);
    const fs::path law = fs::path(corpus_) / "law.akn.xml";
    fs::copy_file(fs::path(LEXCHECK_SOURCE_DIR) / "corpus/ru/fz114.akn.xml", law);
    dir_.write("quoting/quoting.yaml", quoting_measures(3, "art_27__para_1__point_21"));
    const std::vector<std::string> check{"check",     "--as-of",   "2024-01-01", "--only",
                                         "contested", "--fail-on", "never"};
    expect_warm_like_cold(check, 0);
    EXPECT_EQ(files_under(dir_.str() + "/cache"), 1u) << "the file itself has no diagnostic";
    const CliResult warm = run_cli(args(check));
    EXPECT_EQ(warm.status, 2);
    EXPECT_NE(warm.err.find(corpus_ +
                            "/quoting.yaml:14:10: error: `art_27__para_1__point_21` "
                            "is not an eId of `" +
                            law.string() + "`"),
              std::string::npos)
        << warm.err;

    // The document changes, the measures do not: their entry stays, and the eId it no longer
    // has is reported warm as it is cold.
    dir_.write("quoting/quoting.yaml", quoting_measures(3, "art_27__para_1__point_12"));
    ASSERT_EQ(run_cli(args(check)).status, 0);  // the entry of the corrected file
    std::string text = read_text(law.string());
    const std::string from = "eId=\"art_27__para_1__point_12\"";
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, from.size(), "eId=\"art_27__para_1__point_12a\"");
    std::ofstream(law, std::ios::binary | std::ios::trunc) << text;
    expect_warm_like_cold(check, 0);
    const CliResult changed = run_cli(args(check));
    EXPECT_EQ(changed.status, 2);
    EXPECT_NE(
        changed.err.find("quoting.yaml:6:10: error: `art_27__para_1__point_12` is not an eId"),
        std::string::npos)
        << changed.err;
}

}  // namespace
}  // namespace lexcheck::testing
