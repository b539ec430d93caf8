// load_rule_sources and load_corpus_sources: the loaders of `check` over texts already in the
// SourceManager (an editor's unsaved buffers, for `lexcheck lsp`), which give what the
// file-based loaders give for the same bytes.
#include "measure_test_support.hpp"

#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace lexcheck::test {
namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> rendered(const core::SourceManager& sources,
                                  const core::DiagnosticSink& sink) {
    std::vector<std::string> out;
    for (const core::Diagnostic& d : sink.sorted(sources))
        out.push_back(core::render_diagnostic(sources, d));
    return out;
}

TEST(LoadRuleSources, GivesWhatLoadRuleSetGivesForTheSameText) {
    const std::string path = LEXCHECK_SOURCE_DIR "/rules/eaeu/art97.lex";
    core::SourceManager from_disk_sources;
    core::RuleSet from_disk;
    core::DiagnosticSink from_disk_sink;
    parser::load_rule_set({path, LEXCHECK_SOURCE_DIR "/rules/vocabulary"}, from_disk_sources,
                          from_disk, from_disk_sink);

    core::SourceManager sources;
    core::RuleSet rules;
    core::DiagnosticSink sink;
    std::vector<core::SourceId> ids = {
        sources.add(path, read(path)),
        sources.add(LEXCHECK_SOURCE_DIR "/rules/vocabulary/migration.lex",
                    read(LEXCHECK_SOURCE_DIR "/rules/vocabulary/migration.lex"))};
    parser::load_rule_sources(ids, sources, rules, sink);
    EXPECT_EQ(rendered(sources, sink), rendered(from_disk_sources, from_disk_sink));
    ASSERT_EQ(rules.provisions.size(), from_disk.provisions.size());
    // `source FILE EID` is followed from the buffer's path: the element's text is quoted.
    auto p1 = rules.find_provision("eaeu_treaty.art97.p1");
    ASSERT_TRUE(p1);
    ASSERT_TRUE(rules.provisions[*p1].source);
    EXPECT_FALSE(rules.provisions[*p1].source->quoted_text.empty());
}

TEST(LoadCorpusSources, ReadsUnsavedTextAgainstTheVocabulary) {
    const core::Schema schema = migration_schema();
    core::SourceManager sources;
    core::Corpus corpus;
    core::DiagnosticSink sink;
    core::SourceId good = sources.add("unsaved/b.yaml",
                                      "measures:\n  - id: b.1\n    jurisdiction: RU\n"
                                      "    facts: {kind: entry_ban}\n");
    core::SourceId bad = sources.add("unsaved/a.yaml",
                                     "measures:\n  - id: a.1\n    jurisdiction: RU\n"
                                     "    facts: {kind: entry_bna}\n");
    parser::load_corpus_sources({good, bad}, schema, sources, corpus, sink);
    ASSERT_EQ(corpus.measures.size(), 2u);
    EXPECT_EQ(corpus.measures[0].id, "a.1");  // natural order, as load_corpus
    EXPECT_EQ(corpus.files, (std::vector<core::SourceId>{good, bad}));  // no file was re-read
    auto all = sink.sorted(sources);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].primary->file, bad);
    EXPECT_EQ(sources.slice(*all[0].primary), "entry_bna");
}

}  // namespace
}  // namespace lexcheck::test
