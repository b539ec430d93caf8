// Every real Akoma Ntoso document in tests/fixtures/akn/published (copied from
// shared/fixtures/akn with its SOURCES.md) is either loaded (with a known
// eId and its text checked) or refused with a specific reason. At present all are loaded:
// AKN4EU documents have only `xml:id`, which is indexed when an element has no eId.
#include "measure_test_support.hpp"

#include "lexcheck/parser/akn.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace lexcheck::test {
namespace {

namespace fs = std::filesystem;

struct Expected {
    std::string name;  ///< Document type
    std::string language;
    std::string eid;
    std::string num;
    std::string text_prefix;  ///< Start of the collapsed text
};

const std::map<std::string, Expected>& expected() {
    static const std::map<std::string, Expected> table = {
        {"de_bgbl1_2025_145_legaldocml_de.xml",
         {"act", "deu", "art-z1_abs-z2", "(2)",
          "(2) Ist ein Dienstort nicht in Anlage 1 aufgeführt, so wird der Dienstort einer "
          "Zonenstufe nach Anlage 2 zugeteilt."}},
        {"eu_akn4eu_sample.xml",
         {"bill", "en", "d1e176", "",
          "In addition, Decision (CFSP) 2022/XXX restricts trade in goods and technology"}},
        {"eu_dir_2014_92_payment_accounts.akn.xml",
         {"act", "en-EN", "chp_II__art_5__para_2.__list_1__point_(b)", "(b)",
          "(b) the total amount of fees incurred during the relevant period for each service,"}},
        {"gr_law_4330_2015.xml",
         {"act", "gr", "art/1/para/1/", "ΠΑΡΑΓΡΑΦΟΣ 1",
          "ΠΑΡΑΓΡΑΦΟΣ 1 Η περίπτωση η΄ του άρθρου 33 του Κώδικα Φορολογίας Εισοδήματος"}},
        {"it_normattiva_041U0633_vig20211231.xml",
         {"act", "ita", "art_15-bis__para_1", "1.",
          "1. Agli autori spetta un compenso ridotto quando l'esecuzione, rappresentazione"}},
        {"it_normattiva_041U0633_vig20241222.xml",
         {"act", "ita", "art_15-bis__para_1", "1.",
          "1. Agli autori spetta un compenso ridotto quando l'esecuzione, rappresentazione"}},
        {"it_normattiva_24G00083_vig20240902.xml",
         {"act", "ita", "art_1", "Art. 1.",
          "Art. 1. Autorizzazione alla ratifica 1. Il Presidente della Repubblica e' autorizzato"}},
        {"oasis_it_senato_ddl_2013_WD17.xml",
         {"bill", "it", "art_1__para_1__list_1__point_a", "a)",
          "a) l'articolo 1 è sostituito dal seguente: «Art. 1. -- 1. La Camera dei deputati"}},
        {"oasis_uk_pga_2014_27_WD17.xml",
         {"act", "eng", "sec_1__subsec_2__para_a", "a",
          "a relate to a particular operator or any description of operators,"}},
        {"oasis_us_act_2011_11_29_WD17.xml",
         {"act", "eng", "sec_1", "SECTION 1.",
          "SECTION 1. SHORT TITLE. America's Cup Act of 2011. This Act may be cited as"}},
    };
    return table;
}

/// Documents the loader refuses, with the diagnostic code it gives (none at present)
const std::map<std::string, std::string>& refused() {
    static const std::map<std::string, std::string> table;
    return table;
}

TEST(AknFixtures, EveryRealDocumentIsLoadedOrRefusedWithAReason) {
    fs::path dir = LEXCHECK_TEST_DIR "/fixtures/akn/published";
    ASSERT_TRUE(fs::is_directory(dir)) << dir;
    std::size_t seen = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".xml") continue;
        ++seen;
        SCOPED_TRACE(name);
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        core::SourceManager sources;
        core::DiagnosticSink sink;
        core::SourceId id = sources.add(entry.path().generic_string(), text.str());
        auto doc = parser::parse_akn_document(sources, id, sink);
        if (auto r = refused().find(name); r != refused().end()) {
            EXPECT_FALSE(doc);
            EXPECT_EQ(diagnostic(sources, sink, r->second).code, r->second);
            continue;
        }
        auto e = expected().find(name);
        ASSERT_NE(e, expected().end()) << "a new fixture: add it to the table";
        ASSERT_TRUE(doc);
        EXPECT_EQ(sink.sorted(sources).size(), 0u);
        EXPECT_EQ(doc->name, e->second.name);
        EXPECT_EQ(doc->language, e->second.language);
        EXPECT_GT(doc->elements.size(), 10u);
        const core::AknElement* element = doc->find(e->second.eid);
        ASSERT_TRUE(element) << e->second.eid;
        EXPECT_EQ(element->num, e->second.num);
        EXPECT_EQ(element->text.substr(0, e->second.text_prefix.size()), e->second.text_prefix);
        EXPECT_EQ(element->text.find("  "), std::string::npos);
    }
    EXPECT_EQ(seen, expected().size() + refused().size());
}

TEST(AknFixtures, ReadsFrbrOfTheWd17AndLegalDocMlDeDocuments) {
    fs::path dir = LEXCHECK_TEST_DIR "/fixtures/akn/published";
    ASSERT_TRUE(fs::is_directory(dir)) << dir;
    auto load = [&](const char* file, core::SourceManager& sources, core::DiagnosticSink& sink) {
        std::ifstream in(dir / file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return parser::parse_akn_document(sources, sources.add(file, text.str()), sink);
    };
    core::SourceManager sources;
    core::DiagnosticSink sink;
    auto uk = load("oasis_uk_pga_2014_27_WD17.xml", sources, sink);
    ASSERT_TRUE(uk);
    EXPECT_EQ(uk->frbr_work_uri, "http://www.legislation.gov.uk/id/ukpga/2014/27/enacted");
    EXPECT_EQ(uk->work_date, "2014-07-17");
    EXPECT_EQ(uk->find("sec_1")->heading,
              "Powers for retention of relevant communications data subject to safeguards");
    auto de = load("de_bgbl1_2025_145_legaldocml_de.xml", sources, sink);
    ASSERT_TRUE(de);
    EXPECT_EQ(de->frbr_work, "eli/bund/bgbl-1/2025/145/regelungstext-verkuendung-1");
    EXPECT_EQ(de->expression_date, "2025-06-17");
    EXPECT_EQ(de->find("art-z1")->heading, "Zuteilung der Dienstorte zu Zonenstufen");
    auto gr = load("gr_law_4330_2015.xml", sources, sink);
    ASSERT_TRUE(gr);
    EXPECT_EQ(gr->frbr_expression, "/gr/act/2015/4330/4330_2015");
    EXPECT_EQ(gr->expression_date, "2016-03-03");
}

}  // namespace
}  // namespace lexcheck::test
