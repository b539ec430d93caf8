// load_corpus: files found and merged in order, ids unique across files, each Akoma Ntoso
// document loaded once and every eId checked; the same result for any thread count.
#include "measure_test_support.hpp"

#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

namespace lexcheck::test {
namespace {

const char* const kAkn = R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="federal_law">
    <body>
      <article eId="art_27">
        <paragraph eId="art_27__para_1">
          <point eId="art_27__para_1__point_12"><num>12)</num><p>ninety days in one hundred and eighty</p></point>
          <point eId="art_27__para_1__point_13"><num>13)</num><p>one hundred and eighty days</p></point>
        </paragraph>
      </article>
    </body>
  </act>
</akomaNtoso>
)";

struct Loaded {
    core::SourceManager sources;
    core::DiagnosticSink sink;
    core::Corpus corpus;
};

std::unique_ptr<Loaded> load(const std::vector<std::string>& paths, unsigned threads = 2) {
    static const core::Schema schema = migration_schema();
    auto l = std::make_unique<Loaded>();
    parser::load_corpus(paths, schema, l->sources, l->corpus, l->sink, threads);
    return l;
}

std::string measure(const std::string& id, const std::string& eid) {
    return "  - id: " + id + "\n    eId: " + eid + "\n    facts: {kind: entry_ban}\n";
}

TEST(LoadCorpus, LoadsTheFixtureCorpus) {
    auto l = load({LEXCHECK_SOURCE_DIR "/tests/fixtures/measures"});
    for (const auto& d : l->sink.sorted(l->sources))
        ADD_FAILURE() << render_diagnostic(l->sources, d);
    std::vector<std::string> ids;
    for (const core::Measure& m : l->corpus.measures) ids.push_back(m.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"kz.migration.art48.p1", "ru.fz114.art26.p1.s4",
                                             "ru.fz114.art27.p1.s12", "ru.fz115.art5.p1",
                                             "ru.fz115.art13.p4"}));  // natural order
    ASSERT_EQ(l->corpus.documents.size(), 2u);
    EXPECT_EQ(l->corpus.files.size(), 5u);  // three measure files and two documents
    const core::Measure& s12 = l->corpus.measures[2];
    ASSERT_NE(s12.document, core::kNone);
    const core::AknDocument& doc = l->corpus.documents[s12.document];
    EXPECT_EQ(doc.language, "rus");
    const core::AknElement* element = doc.find(s12.eid);
    ASSERT_TRUE(element);
    EXPECT_EQ(element->num, "12)");
    const core::Measure& kz = l->corpus.measures[0];
    EXPECT_EQ(kz.jurisdiction, "KZ");
    EXPECT_EQ(l->corpus.documents[kz.document].find(kz.eid)->text.rfind("[Paraphrase] Entry to", 0),
              0u);
    EXPECT_EQ(l->corpus.measures[3].document, core::kNone);  // JSON Lines, no akn
}

TEST(LoadCorpus, SameResultForAnyThreadCount) {
    auto one = load({LEXCHECK_SOURCE_DIR "/tests/fixtures/measures"}, 1);
    for (unsigned threads : {2u, 3u, 8u, 0u}) {
        auto many = load({LEXCHECK_SOURCE_DIR "/tests/fixtures/measures"}, threads);
        ASSERT_EQ(many->corpus.measures.size(), one->corpus.measures.size());
        EXPECT_EQ(many->corpus.files, one->corpus.files);
        for (std::size_t i = 0; i < one->corpus.measures.size(); ++i) {
            const core::Measure& a = one->corpus.measures[i];
            const core::Measure& b = many->corpus.measures[i];
            EXPECT_EQ(a.id, b.id);
            EXPECT_EQ(a.span, b.span);
            EXPECT_EQ(a.document, b.document);
            ASSERT_EQ(a.facts.size(), b.facts.size());
            for (std::size_t f = 0; f < a.facts.size(); ++f) {
                EXPECT_EQ(a.facts[f].value, b.facts[f].value);
                EXPECT_EQ(a.facts[f].at, b.facts[f].at);
            }
        }
        for (std::size_t d = 0; d < one->corpus.documents.size(); ++d) {
            EXPECT_EQ(many->corpus.documents[d].path, one->corpus.documents[d].path);
        }
    }
}

TEST(LoadCorpus, DuplicateIdAcrossFilesIsReportedInTheLaterFile) {
    TempDir dir;
    dir.write("a.yaml", "document: {jurisdiction: RU}\nmeasures:\n  - id: ru.x\n  - id: ru.y\n");
    dir.write("b/c.yml", "document: {jurisdiction: KZ}\nmeasures:\n  - id: kz.z\n  - id: ru.x\n");
    auto l = load({dir.str()});
    EXPECT_TRUE(has_diagnostic(l->sources, l->sink, "yaml_duplicate_measure", 4, 9, "ru.x"));
    auto d = diagnostic(l->sources, l->sink, "yaml_duplicate_measure");
    EXPECT_EQ(l->sources.path(d.primary->file), dir.str() + "/b/c.yml");
    ASSERT_EQ(d.labels.size(), 1u);
    EXPECT_EQ(l->sources.location(d.labels[0].span), dir.str() + "/a.yaml:3:9");
    EXPECT_EQ(l->corpus.measures.size(), 3u);
    EXPECT_EQ(l->corpus.measures[1].jurisdiction, "RU");  // the first ru.x is kept
}

TEST(LoadCorpus, IdsInOrderInEachFileAreStillComparedAcrossFiles) {
    // Each file's ids increase (found on the thread that read it); the seams decide the rest.
    TempDir dir;
    dir.write("a.yaml", "document: {jurisdiction: RU}\nmeasures:\n  - id: m2\n  - id: m10\n");
    dir.write("b.yaml", "document: {jurisdiction: RU}\nmeasures:\n  - id: m10\n  - id: m11\n");
    dir.write("c.yaml", "document: {jurisdiction: RU}\nmeasures:\n  - id: m1\n");
    dir.write("d.yaml", "document: {jurisdiction: RU}\nmeasures:\n  - id: m9\n  - id: m3\n");
    for (unsigned threads : {1u, 2u, 4u}) {
        auto l = load({dir.str()}, threads);
        EXPECT_TRUE(has_diagnostic(l->sources, l->sink, "yaml_duplicate_measure", 3, 9, "m10"));
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < l->corpus.measures.size(); ++i)
            ids.emplace_back(l->corpus.measures.head(i).id);
        EXPECT_EQ(ids, (std::vector<std::string>{"m1", "m2", "m3", "m9", "m10", "m11"}));
    }
}

TEST(LoadCorpus, MeasureFilesAreReadIntoOneBlock) {
    // One block for every file's text (core::text_block: huge pages), each in a room of its
    // size and a spare byte, in file order
    TempDir dir;
    const std::string a = "document: {jurisdiction: RU}\nmeasures:\n  - id: m1\n";
    const std::string b = "document: {jurisdiction: KZ}\nmeasures:\n  - id: m2\n  - id: m3\n";
    dir.write("a.yaml", a);
    dir.write("b.yaml", b);
    auto l = load({dir.str()});
    ASSERT_EQ(l->corpus.files.size(), 2u);
    std::string_view first = l->sources.text(l->corpus.files[0]);
    std::string_view second = l->sources.text(l->corpus.files[1]);
    EXPECT_EQ(first, a);
    EXPECT_EQ(second, b);
    EXPECT_EQ(second.data(), first.data() + a.size() + 1);
    EXPECT_EQ(l->corpus.measures.head(2).id, "m3");
}

TEST(LoadCorpus, SharedDocumentIsLoadedOnce) {
    TempDir dir;
    dir.write("akn/fz114.akn.xml", kAkn);
    dir.write("ru/a.yaml", "document: {jurisdiction: RU, akn: ../akn/fz114.akn.xml}\nmeasures:\n" +
                               measure("ru.a", "art_27__para_1__point_12"));
    dir.write("ru/b.yaml",
              "document: {jurisdiction: RU, akn: ../akn//./fz114.akn.xml}\nmeasures:\n" +
                  measure("ru.b", "art_27__para_1__point_13"));
    auto l = load({dir.str()});
    EXPECT_FALSE(l->sink.has_errors());
    ASSERT_EQ(l->corpus.documents.size(), 1u);
    EXPECT_EQ(l->corpus.files.size(), 3u);
    EXPECT_EQ(l->corpus.measures[0].document, 0u);
    EXPECT_EQ(l->corpus.measures[1].document, 0u);
    EXPECT_EQ(l->corpus.documents[0].find(l->corpus.measures[1].eid)->text,
              "13) one hundred and eighty days");
}

TEST(LoadCorpus, MissingEidIsReportedAtTheMeasuresEidLine) {
    TempDir dir;
    dir.write("fz114.akn.xml", kAkn);
    dir.write("m.yaml", "document: {jurisdiction: RU, akn: fz114.akn.xml}\nmeasures:\n" +
                            measure("ru.a", "art_27__para_1__point_21") +
                            measure("ru.b", "art_27__para_1__point_9"));
    auto l = load({dir.str()});
    ASSERT_EQ(l->sink.error_count(), 2u);
    auto diagnostics = l->sink.sorted(l->sources);
    EXPECT_EQ(diagnostics[0].code, "akn_missing_eid");
    EXPECT_EQ(l->sources.location(*diagnostics[0].primary), dir.str() + "/m.yaml:4:10");
    EXPECT_EQ(l->sources.slice(*diagnostics[0].primary), "art_27__para_1__point_21");
    EXPECT_EQ(diagnostics[0].message,
              "`art_27__para_1__point_21` is not an eId of `" + dir.str() + "/fz114.akn.xml`");
    EXPECT_EQ(diagnostics[0].help, "did you mean `art_27__para_1__point_12`?");
    EXPECT_EQ(l->sources.location(*diagnostics[1].primary), dir.str() + "/m.yaml:7:10");
    EXPECT_EQ(diagnostics[1].help, "did you mean `art_27__para_1__point_12`?");
}

TEST(LoadCorpus, UnknownEidListsTheParentsChildren) {
    TempDir dir;
    dir.write("fz114.akn.xml", kAkn);
    dir.write("m.yaml", "document: {jurisdiction: RU, akn: fz114.akn.xml}\nmeasures:\n" +
                            measure("ru.a", "art_27__para_1__subpoint_xyz"));
    auto l = load({dir.str()});
    auto d = diagnostic(l->sources, l->sink, "akn_missing_eid");
    EXPECT_EQ(d.help,
              "`art_27__para_1` contains `art_27__para_1__point_12`, `art_27__para_1__point_13`");
}

TEST(LoadCorpus, MissingDocumentIsReportedAtTheAknLine) {
    TempDir dir;
    dir.write("m.yaml", "document:\n  jurisdiction: RU\n  akn: fz-114.akn.xml\nmeasures:\n" +
                            measure("ru.a", "art_27") + measure("ru.b", "art_26"));
    auto l = load({dir.str()});
    EXPECT_TRUE(has_diagnostic(l->sources, l->sink, "akn_missing_file", 3, 8, "fz-114.akn.xml"));
    EXPECT_EQ(l->sink.error_count(), 1u);  // once per `akn:` line, and no eId errors
    EXPECT_EQ(l->corpus.measures.size(), 2u);
}

TEST(LoadCorpus, MalformedDocumentIsReportedInTheDocument) {
    TempDir dir;
    dir.write("bad.akn.xml",
              "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"
              "<act><body></act>\n");
    dir.write("m.yaml", "document: {jurisdiction: RU, akn: bad.akn.xml}\nmeasures:\n" +
                            measure("ru.a", "art_27"));
    auto l = load({dir.str()});
    EXPECT_TRUE(has_diagnostic(l->sources, l->sink, "akn_xml_error", 2, 14));
    EXPECT_EQ(l->sink.error_count(), 1u);
    ASSERT_EQ(l->corpus.measures.size(), 1u);
    EXPECT_EQ(l->corpus.measures[0].document, core::kNone);
}

TEST(LoadCorpus, FindsEveryMeasureExtension) {
    TempDir dir;
    dir.write("a.yaml", "measures: [{id: a, jurisdiction: RU}]\n");
    dir.write("b.yml", "measures: [{id: b, jurisdiction: RU}]\n");
    dir.write("c.json", "{\"measures\": [{\"id\": \"c\", \"jurisdiction\": \"RU\"}]}\n");
    dir.write("d.jsonl", "{\"id\": \"d\", \"jurisdiction\": \"RU\"}\n");
    dir.write("e.txt", "not a measure file\n");
    auto l = load({dir.str()});
    EXPECT_FALSE(l->sink.has_errors());
    EXPECT_EQ(l->corpus.measures.size(), 4u);
    EXPECT_EQ(l->corpus.files.size(), 4u);
}

}  // namespace
}  // namespace lexcheck::test
