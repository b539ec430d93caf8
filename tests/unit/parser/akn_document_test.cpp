// parse_akn_document: FRBR identification, the eId index, quoted text, and refusals.
#include "measure_test_support.hpp"

#include "lexcheck/parser/akn.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace lexcheck::test {
namespace {

struct ParsedAkn {
    core::SourceManager sources;
    core::DiagnosticSink sink;
    std::optional<core::AknDocument> doc;
};

std::unique_ptr<ParsedAkn> parse_akn(std::string text, const std::string& path = "d.akn.xml") {
    auto p = std::make_unique<ParsedAkn>();
    core::SourceId id = p->sources.add(path, std::move(text));
    p->doc = parser::parse_akn_document(p->sources, id, p->sink);
    return p;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string akn(const std::string& body,
                const std::string& ns = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0") {
    return "<akomaNtoso xmlns=\"" + ns + "\"><act name=\"law\">" + body + "</act></akomaNtoso>";
}

TEST(AknDocument, ReadsFrbrIdentification) {
    auto p =
        parse_akn(read_file(LEXCHECK_SOURCE_DIR "/tests/fixtures/akn/ru_fz114_excerpt.akn.xml"));
    ASSERT_TRUE(p->doc);
    EXPECT_FALSE(p->sink.has_errors());
    EXPECT_EQ(p->doc->name, "act");
    EXPECT_EQ(p->doc->frbr_work, "/akn/ru/act/federal_law/1996-08-15/114-FZ/!main");
    EXPECT_EQ(p->doc->frbr_work_uri, "/akn/ru/act/federal_law/1996-08-15/114-FZ");
    EXPECT_EQ(p->doc->work_date, "1996-08-15");
    EXPECT_EQ(p->doc->frbr_expression,
              "/akn/ru/act/federal_law/1996-08-15/114-FZ/rus@2014-01-13/!main");
    EXPECT_EQ(p->doc->expression_date, "2014-01-13");
    EXPECT_EQ(p->doc->language, "rus");
    EXPECT_EQ(p->doc->path, "d.akn.xml");
}

TEST(AknDocument, IndexesEveryEidWithTextNumAndHeading) {
    auto p =
        parse_akn(read_file(LEXCHECK_SOURCE_DIR "/tests/fixtures/akn/ru_fz114_excerpt.akn.xml"));
    ASSERT_TRUE(p->doc);
    EXPECT_EQ(p->doc->elements.size(), 10u);
    const core::AknElement* point = p->doc->find("art_27__para_1__point_12");
    ASSERT_TRUE(point);
    EXPECT_EQ(point->eid, "art_27__para_1__point_12");
    EXPECT_EQ(point->num, "12)");
    EXPECT_EQ(point->heading, "");
    EXPECT_EQ(point->text.rfind("12) [Paraphrase] during the previous stay", 0), 0u) << point->text;
    EXPECT_EQ(p->sources.location(point->span), "d.akn.xml:73:11");
    EXPECT_EQ(p->sources.slice(point->span), "<point eId=\"art_27__para_1__point_12\">");

    const core::AknElement* article = p->doc->find("art_27");
    ASSERT_TRUE(article);
    EXPECT_EQ(article->num, "Статья 27");
    EXPECT_EQ(article->heading, "Entry shall not be permitted");
    EXPECT_EQ(article->text.rfind("Статья 27 Entry shall not be permitted Въезд в Российскую", 0),
              0u);
    // A paragraph has no num of its own; its points' nums are not its num
    EXPECT_EQ(p->doc->find("art_27__para_1")->num, "");
}

// A quoted eId is read in place (a corpus cache's record, MeasureList::quote): find takes a
// std::string_view of any buffer and builds no std::string to look it up.
TEST(AknDocument, FindsAnEidGivenAsAViewOfAnotherBuffer) {
    auto p =
        parse_akn(read_file(LEXCHECK_SOURCE_DIR "/tests/fixtures/akn/ru_fz114_excerpt.akn.xml"));
    ASSERT_TRUE(p->doc);
    // A record's bytes as a cache entry holds them: the eId between other bytes, no NUL after it
    const char record[] = {'\x05', 'a', 'r', 't', '_', '2', '7', '_', '_', 'p', 'a', 'r', 'a',
                           '_',    '1', '_', '_', 'p', 'o', 'i', 'n', 't', '_', '1', '2', 'X'};
    const std::string_view eid(record + 1, sizeof record - 2);
    const core::AknElement* point = p->doc->find(eid);
    ASSERT_TRUE(point);
    EXPECT_EQ(point->eid, "art_27__para_1__point_12");
    EXPECT_EQ(p->doc->find(eid.substr(0, 6)), p->doc->find("art_27")) << "a prefix is its own eId";
    EXPECT_TRUE(p->doc->find(eid.substr(0, 6)));
    EXPECT_FALSE(p->doc->find(std::string_view(record + 1, sizeof record - 1)))
        << "the byte after the view is not part of the eId";
    EXPECT_FALSE(p->doc->find(eid.substr(0, 5)));
    EXPECT_FALSE(p->doc->find(std::string_view()));
}

TEST(AknDocument, CollapsesWhitespaceAcrossLinesAndKeepsInlineRuns) {
    auto p =
        parse_akn(read_file(LEXCHECK_SOURCE_DIR "/tests/fixtures/akn/ru_fz114_excerpt.akn.xml"));
    const core::AknElement* s4 = p->doc->find("art_26__para_1__point_4");
    ASSERT_TRUE(s4);
    EXPECT_NE(s4->text.find("к административной ответственности в соответствии"),
              std::string::npos);
    EXPECT_EQ(s4->text.find("  "), std::string::npos);
    EXPECT_EQ(s4->text.find('\n'), std::string::npos);
    const core::AknElement* s2 = p->doc->find("art_27__para_1__point_2");
    EXPECT_NE(s2->text.find("решение об административном выдворении за пределы"),
              std::string::npos);
}

TEST(AknDocument, BlockEdgesSeparateWordsInlineEdgesDoNot) {
    auto p =
        parse_akn(akn("<body><article eId=\"art_1\"><num>1.</num><content><p>A<b>bold</b>"
                      "word,<i>x</i> <i>y</i></p><p>next</p></content></article></body>"));
    ASSERT_TRUE(p->doc);
    EXPECT_EQ(p->doc->find("art_1")->text, "1. Aboldword,x y next");
    EXPECT_EQ(p->doc->find("art_1")->num, "1.");
}

TEST(AknDocument, ElementsAreMatchedByLocalNameNotPrefix) {
    auto p = parse_akn(
        "<x:akomaNtoso xmlns:x=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17\">"
        "<x:act><x:meta><x:identification><x:FRBRWork><x:FRBRthis value=\"/akn/kz/act/1\"/>"
        "</x:FRBRWork></x:identification></x:meta><x:body><x:article eId=\"art_1\">"
        "<x:heading>Title</x:heading><x:p>Text</x:p></x:article></x:body></x:act></x:akomaNtoso>");
    ASSERT_TRUE(p->doc);
    EXPECT_EQ(p->doc->frbr_work, "/akn/kz/act/1");
    EXPECT_EQ(p->doc->find("art_1")->heading, "Title");
}

TEST(AknDocument, ForeignNamespaceNumIsNotTheNum) {
    auto p =
        parse_akn(akn("<article eId=\"a\" xmlns:h=\"http://www.w3.org/1999/xhtml\">"
                      "<h:num>x</h:num><num>1</num></article>"));
    ASSERT_TRUE(p->doc);
    EXPECT_EQ(p->doc->find("a")->num, "1");
}

TEST(AknDocument, LegalDocMlDeVersionsAreAccepted) {
    auto p =
        parse_akn(akn("<akn:article xmlns:akn=\"http://Inhaltsdaten.LegalDocML.de/1.7/\" "
                      "eId=\"art-z1\"/>",
                      "http://Inhaltsdaten.LegalDocML.de/1.7/"));
    ASSERT_TRUE(p->doc);
    EXPECT_TRUE(p->doc->find("art-z1"));
}

TEST(AknDocument, XmlIdIsIndexedWhenThereIsNoEid) {
    auto p =
        parse_akn(akn("<body><article xml:id=\"d1e176\"><p>AKN4EU</p></article>"
                      "<article xml:id=\"x1\" eId=\"art_2\"><p>both</p></article></body>"));
    ASSERT_TRUE(p->doc);
    EXPECT_EQ(p->doc->find("d1e176")->text, "AKN4EU");
    EXPECT_TRUE(p->doc->find("art_2"));
    EXPECT_FALSE(p->doc->find("x1"));  // an eId wins over xml:id
}

TEST(AknDocument, DuplicateEidIsAWarningAndTheFirstIsKept) {
    auto p =
        parse_akn(akn("<body>\n<article eId=\"art_1\">first</article>\n"
                      "<article eId=\"art_1\">second</article></body>"));
    ASSERT_TRUE(p->doc);
    EXPECT_FALSE(p->sink.has_errors());
    EXPECT_TRUE(
        has_diagnostic(p->sources, p->sink, "akn_duplicate_eid", 3, 1, "<article eId=\"art_1\">"));
    EXPECT_EQ(p->doc->find("art_1")->text, "first");
}

TEST(AknDocument, DoctypeAndExternalEntitiesAreNeverLoaded) {
    auto p = parse_akn(
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE akomaNtoso [\n"
        "  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
        "  <!ENTITY % dtd SYSTEM \"file:///etc/hostname\"> %dtd;\n"
        "]>\n" +
        akn("<body><article eId=\"art_1\"><p>before &xxe; after</p></article></body>"));
    ASSERT_TRUE(p->doc);
    const std::string& text = p->doc->find("art_1")->text;
    EXPECT_EQ(text.find("root:"), std::string::npos);
    EXPECT_EQ(text, "before &xxe; after");  // left unexpanded
}

TEST(AknDocumentErrors, MalformedXmlHasLineAndColumn) {
    auto p = parse_akn(akn("\n<body>\n  <article eId=\"a\"><p>x</article></body>"));
    EXPECT_FALSE(p->doc);
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "akn_xml_error", 3, 26));
    EXPECT_EQ(diagnostic(p->sources, p->sink, "akn_xml_error").message,
              "malformed xml: start-end tags mismatch");
}

TEST(AknDocumentErrors, EmptyFile) {
    auto p = parse_akn("");
    EXPECT_FALSE(p->doc);
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "akn_xml_error", 1, 1));
}

TEST(AknDocumentErrors, RootThatIsNotAkomaNtoso) {
    auto p = parse_akn("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"/>");
    EXPECT_FALSE(p->doc);
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "akn_not_akn", 2, 1, "<"));
}

TEST(AknDocumentErrors, UnknownRootNamespace) {
    auto p = parse_akn("\n  " + akn("", "http://www.akomantoso.org/2.0"));
    EXPECT_FALSE(p->doc);
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "akn_unknown_namespace", 2, 3));
    auto d = diagnostic(p->sources, p->sink, "akn_unknown_namespace");
    EXPECT_EQ(d.message, "unknown akoma ntoso namespace `http://www.akomantoso.org/2.0`");
    EXPECT_NE(d.help->find("legaldocml/ns/akn/3.0/WD17"), std::string::npos);
}

TEST(AknDocumentErrors, PrefixBoundToAnotherNamespace) {
    auto p = parse_akn(
        "<akn:akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\" "
        "xmlns:akn=\"urn:other\"/>");
    EXPECT_FALSE(p->doc);
    EXPECT_TRUE(has_diagnostic(p->sources, p->sink, "akn_unknown_namespace", 1, 1));
}

TEST(AknDocumentErrors, NoNamespaceAtAll) {
    auto p = parse_akn("<akomaNtoso><act/></akomaNtoso>");
    EXPECT_FALSE(p->doc);
    EXPECT_EQ(diagnostic(p->sources, p->sink, "akn_unknown_namespace").message,
              "`akomaNtoso` has no namespace");
}

}  // namespace
}  // namespace lexcheck::test
