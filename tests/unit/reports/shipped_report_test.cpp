// The report of the shipped rules and corpus: every reason reads as a sentence (the shipped
// vocabulary labels every fact, value and define its provisions read, LANGUAGE.md §13), and
// the regime-overlap view says per regime whether a State's findings bind.
#include "lexcheck/checker/check.hpp"
#include "lexcheck/parser/load.hpp"
#include "lexcheck/reports/reasons.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

namespace lexcheck {
namespace {

struct Shipped {
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;

    Shipped() {
        core::DiagnosticSink sink;
        parser::load_rule_set({std::string(LEXCHECK_SOURCE_DIR) + "/rules"}, sources, rules, sink);
        parser::load_corpus({std::string(LEXCHECK_SOURCE_DIR) + "/corpus"}, rules.schema, sources,
                            corpus, sink);
        EXPECT_FALSE(sink.has_errors());
    }

    checker::CheckResult check(const char* as_of) const {
        checker::CheckOptions o;
        o.as_of = *core::parse_date(as_of);
        o.include_not_applicable = true;
        return checker::check(rules, corpus, sources, o);
    }
};

const Shipped& shipped() {
    static const Shipped s;
    return s;
}

TEST(ShippedReport, EveryReasonReadsAsASentence) {
    const Shipped& s = shipped();
    for (const char* as_of : {"2013-06-01", "2016-01-01", "2024-01-01", "2026-01-01"}) {
        checker::CheckResult result = s.check(as_of);
        std::size_t reasons = 0;
        for (const core::Finding& f : result.findings) {
            const reports::ReasonContext at{s.sources, s.rules, s.corpus.measures[f.measure],
                                            result.as_of};
            std::vector<const core::Reasons*> all{&f.reasons};
            for (const core::ReadingOutcome& a : f.readings) all.push_back(&a.reasons);
            for (const core::Reasons* r : all) {
                for (const std::string& text : reports::reason_texts(at, *r)) {
                    ++reasons;
                    EXPECT_EQ(text.find('`'), std::string::npos)
                        << as_of << " " << s.corpus.measures[f.measure].id << " against "
                        << s.rules.provisions[f.provision].id.text
                        << ": a condition is quoted, a label is missing: " << text;
                }
            }
        }
        EXPECT_GT(reasons, result.findings.size()) << as_of;
    }
}

TEST(ShippedReport, KyrgyzMeasuresAreBindingUnderBothRegimes) {
    const Shipped& s = shipped();
    checker::CheckResult result = s.check("2024-01-01");
    reports::Report report{s.sources, s.rules, s.corpus, result, {}, {}, std::nullopt};
    std::ostringstream html;
    reports::make_reporter("html")->write(report, html);
    const std::string page = html.str();
    const std::string overlap = page.substr(page.find("<section id=\"overlap\""));
    // Each Kyrgyz measure's rows: under eaeu_treaty and icrmw, binding.
    std::regex kg_group(
        "<th scope=\"rowgroup\" rowspan=\"\\d+\"><a href=\"#m-kg[^\"]*\"><code>(kg[^<]*)</code>");
    std::size_t measures = 0;
    for (auto it = std::sregex_iterator(overlap.begin(), overlap.end(), kg_group);
         it != std::sregex_iterator(); ++it) {
        ++measures;
        const std::string rows =
            overlap.substr(static_cast<std::size_t>(it->position()),
                           overlap.find("<th scope=\"rowgroup\"", it->position() + 1) -
                               static_cast<std::size_t>(it->position()));
        for (const std::string inst : {"eaeu_treaty", "icrmw"}) {
            EXPECT_NE(rows.find("<td><code>" + inst + "</code></td>"), std::string::npos)
                << (*it)[1] << " has findings under " << inst;
        }
        std::regex binding("<td class=\"binding\">([^<]*)</td>");
        for (auto b = std::sregex_iterator(rows.begin(), rows.end(), binding);
             b != std::sregex_iterator(); ++b) {
            EXPECT_EQ((*b)[1], "binding") << (*it)[1];
        }
    }
    EXPECT_GE(measures, 2u) << "the corpus has Kyrgyz measures under both regimes";
}

}  // namespace
}  // namespace lexcheck
