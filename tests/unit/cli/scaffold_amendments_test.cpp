// `lexcheck scaffold` of an amending document reads only the measures of the documents its
// modifications name (issue 15): on a cached corpus, whose measures are built on first access,
// the measures that quote no document stay unbuilt (the loader itself builds those that quote
// one, to check their eIds).
#include "scaffold/amendments.hpp"
#include "temp_dir.hpp"

#include "lexcheck/parser/cache.hpp"
#include "lexcheck/parser/corpus.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lexcheck::testing {
namespace {

namespace scaffold = cli::scaffold;

constexpr const char* kRules = R"(
instrument t "T" { kind treaty origin universal in_force 2000-01-01 party RU from 2000-01-01 }
vocabulary v { fact a : bool "a" }
provision t.p { of t cite "1" text "1" prohibits a }
)";

/// An act of work /akn/ru/act/2000-01-01/NUMBER with articles art_1 and art_2
std::string act(const std::string& number) {
    std::string work = "/akn/ru/act/2000-01-01/" + number;
    return R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><meta>
<identification source="#t"><FRBRWork><FRBRthis value=")" +
           work + R"(/!main"/><FRBRuri value=")" + work +
           R"("/><FRBRdate date="2000-01-01" name="enacted"/><FRBRauthor href="#t"/>
<FRBRcountry value="ru"/></FRBRWork></identification></meta><body>
<article eId="art_1"><num>1</num><content><p>One.</p></content></article>
<article eId="art_2"><num>2</num><content><p>Two.</p></content></article>
</body></act></akomaNtoso>)";
}

std::string measures(const std::string& number) {
    return "document:\n  jurisdiction: RU\n  akn: act" + number +
           ".akn.xml\nmeasures:\n"
           "  - id: ru.act" +
           number +
           ".art1\n    eId: art_1\n    in_force: 2001-01-01\n    facts:\n      a: true\n"
           "  - id: ru.act" +
           number + ".art2\n    eId: art_2\n    in_force: 2001-01-01\n";
}

/// A bill whose art_1 substitutes art_1 of act 2
constexpr const char* kBill =
    R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
<bill><meta><analysis source="#t"><activeModifications>
<textualMod eId="pmod_1" type="substitution"><source href="#art_1"/>
<destination href="/akn/ru/act/2000-01-01/2/!main~art_1"/></textualMod>
</activeModifications></analysis></meta>
<body><article eId="art_1"><num>1</num><content><p>New.</p></content></article></body></bill>
</akomaNtoso>)";

TEST(ScaffoldAmendments, ACachedCorpusBuildsOnlyTheMeasuresOfTheDocumentsNamed) {
    TempDir dir("scaffold-amendments");
    dir.write("rules/r.lex", kRules);
    for (const char* n : {"1", "2"}) {
        dir.write(std::string("corpus/act") + n + ".akn.xml", act(n));
        dir.write(std::string("corpus/act") + n + ".yaml", measures(n));
    }
    std::string plain = "document:\n  jurisdiction: RU\nmeasures:\n";
    for (const char* n : {"1", "2", "3"})
        plain += std::string("  - id: ru.plain") + n + "\n    facts:\n      a: false\n";
    dir.write("corpus/plain.yaml", plain);
    core::SourceManager sources;
    core::RuleSet rules;
    core::DiagnosticSink sink;
    parser::load_rule_set({dir.str() + "/rules"}, sources, rules, sink);
    ASSERT_FALSE(sink.has_errors());
    const std::string cache_dir = dir.str() + "/cache";
    auto load = [&](core::Corpus& corpus) {
        parser::CorpusCache cache(cache_dir, rules.schema);
        parser::load_corpus({dir.str() + "/corpus"}, rules.schema, sources, corpus, sink, 1,
                            &cache);
        ASSERT_FALSE(sink.has_errors());
    };
    core::Corpus first, corpus;
    load(first);  // fills the cache
    load(corpus);
    ASSERT_EQ(corpus.measures.size(), 7u);
    auto plain_built = [&] {
        std::size_t n = 0;
        for (std::size_t i = 0; i < corpus.measures.size(); ++i) {
            if (corpus.measures.head(i).id.starts_with("ru.plain"))
                n += corpus.measures.existing(i) != nullptr;
        }
        return n;
    };
    ASSERT_EQ(plain_built(), 0u) << "read from the cache, not built";

    scaffold::Amendments amendments(corpus, parser::read_modifications(kBill),
                                    "/akn/ru/bill/2026-01-01/1");
    EXPECT_EQ(plain_built(), 0u) << "a measure without a document is never read for its eId";
    scaffold::ElementAmendments a =
        amendments.of("art_1", {"ru.bill.art_1", "RU", core::parse_date("2027-01-01")});
    ASSERT_EQ(a.targets.size(), 1u);
    EXPECT_EQ(corpus.measures[a.targets[0].measure].id, "ru.act2.art1");
    EXPECT_TRUE(a.targets[0].used);
    EXPECT_EQ(a.targets[0].problem, "");
    EXPECT_TRUE(a.unmatched.empty());
    EXPECT_EQ(plain_built(), 0u);
}

}  // namespace
}  // namespace lexcheck::testing
