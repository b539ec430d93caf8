// `source FILE EID` on provisions: the Akoma Ntoso file is found relative to the .lex file,
// read once, listed among the rule set's files, and every eId checked and quoted.
#include "temp_dir.hpp"

#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

namespace lexcheck::testing {
namespace {

const char* const kTreaty = R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="treaty">
    <body>
      <article eId="art_97">
        <paragraph eId="art_97__para_1"><num>1.</num><p>Member States shall not
          establish restrictions.</p></paragraph>
        <paragraph eId="art_97__para_2"><num>2.</num><p>Educational documents are recognised.</p></paragraph>
      </article>
    </body>
  </act>
</akomaNtoso>
)";

std::string provision(const std::string& id, const std::string& source) {
    return "provision " + id + " { of t cite \"c\" text \"t\" prohibits true\n  source " + source +
           " }\n";
}

const std::string kInstrument = "instrument t \"T\" { kind treaty origin regional }\n";

struct Loaded {
    core::SourceManager sources;
    core::DiagnosticSink sink;
    core::RuleSet rules;
    std::vector<core::Diagnostic> diagnostics;
};

std::unique_ptr<Loaded> load(const TempDir& dir) {
    auto l = std::make_unique<Loaded>();
    parser::load_rule_set({dir.str() + "/rules"}, l->sources, l->rules, l->sink);
    l->diagnostics = l->sink.sorted(l->sources);
    return l;
}

TEST(SourceLinks, QuoteTheElementAndListTheDocumentOnce) {
    TempDir dir("source-links");
    dir.write("akn/treaty.akn.xml", kTreaty);
    dir.write("rules/eaeu/a.lex",
              kInstrument + provision("t.p1", "\"../../akn/treaty.akn.xml\" art_97__para_1"));
    dir.write("rules/eaeu/b.lex",
              provision("t.p2", "\"../../akn/./treaty.akn.xml\" art_97__para_2"));
    auto l = load(dir);
    for (const auto& d : l->diagnostics) ADD_FAILURE() << render_diagnostic(l->sources, d);
    ASSERT_EQ(l->rules.provisions.size(), 2u);
    const core::SourceLink& link = *l->rules.provisions[0].source;
    EXPECT_EQ(link.resolved_path, dir.str() + "/akn/treaty.akn.xml");
    EXPECT_EQ(link.quoted_text, "1. Member States shall not establish restrictions.");
    EXPECT_EQ(l->rules.provisions[1].source->quoted_text,
              "2. Educational documents are recognised.");
    EXPECT_EQ(l->rules.files.size(), 3u) << "two .lex files and the document, read once";
}

TEST(SourceLinks, MissingFileIsAnErrorAtTheClause) {
    TempDir dir("source-missing-file");
    dir.write("rules/a.lex", kInstrument + provision("t.p1", "\"treaty.akn.xml\" art_97__para_1") +
                                 provision("t.p2", "\"treaty.akn.xml\" art_97__para_2"));
    auto l = load(dir);
    ASSERT_EQ(l->diagnostics.size(), 2u) << "each clause naming the missing file is reported";
    const core::Diagnostic& d = l->diagnostics[0];
    EXPECT_EQ(d.code, "source_missing_file");
    EXPECT_EQ(d.message, "source document `treaty.akn.xml` not found");
    EXPECT_EQ(l->sources.location(*d.primary), dir.str() + "/rules/a.lex:3:3");
    EXPECT_EQ(l->sources.slice(*d.primary), "source \"treaty.akn.xml\" art_97__para_1");
    EXPECT_NE(d.help.value_or("").find("relative to the .lex file"), std::string::npos);
}

TEST(SourceLinks, UnknownEidIsAnErrorWithASuggestion) {
    TempDir dir("source-missing-eid");
    dir.write("rules/treaty.akn.xml", kTreaty);
    dir.write("rules/a.lex", kInstrument + provision("t.p1", "\"treaty.akn.xml\" art_97__para_3"));
    auto l = load(dir);
    ASSERT_EQ(l->diagnostics.size(), 1u);
    const core::Diagnostic& d = l->diagnostics[0];
    EXPECT_EQ(d.code, "source_missing_eid");
    EXPECT_EQ(l->sources.slice(*d.primary), "art_97__para_3");
    EXPECT_EQ(l->sources.location(*d.primary), dir.str() + "/rules/a.lex:3:27");
    EXPECT_NE(d.help.value_or("").find("art_97__para_1"), std::string::npos) << d.help.value_or("");
}

TEST(SourceLinks, MalformedDocumentIsReportedOnce) {
    TempDir dir("source-malformed");
    dir.write("rules/treaty.akn.xml",
              "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n<act>\n");
    dir.write("rules/a.lex", kInstrument + provision("t.p1", "\"treaty.akn.xml\" art_97__para_1") +
                                 provision("t.p2", "\"treaty.akn.xml\" art_97__para_2"));
    auto l = load(dir);
    ASSERT_EQ(l->diagnostics.size(), 1u);
    EXPECT_EQ(l->sources.path(l->diagnostics[0].primary->file),
              dir.str() + "/rules/treaty.akn.xml");
}

}  // namespace
}  // namespace lexcheck::testing
