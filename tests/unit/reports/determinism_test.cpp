// The same inputs give the same bytes in every format (LANGUAGE.md §7), whatever the
// threads that check and format, now that findings carry reasons in words (§13): 600
// random measures (enough for four checker threads) against labelled rules.
#include "temp_dir.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/parser/load.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <gtest/gtest.h>

#include <random>
#include <sstream>

namespace lexcheck {
namespace {

constexpr const char* kRules = R"lex(
instrument t "T" { kind treaty origin regional in_force 2000-01-01 reciprocal
  party RU from 2000-01-01 party KZ from 2000-01-01 party KG from 2021-01-01 }
vocabulary v {
  enum kind { ban "an entry ban", quota "a <labour> quota", pension }
  enum person { worker "workers", family "family members", other }
  fact kind : kind as "the measure is"
  fact applies_to : set<person> as "the measure governs"
  fact assessed : bool as "the authority assesses \"the person\""
  fact days : duration as "the ban lasts"
  fact lawful : bool
}
define covers "the measure covers workers" else "the measure spares workers" =
  applies_to has worker
define strict = assessed and lawful
provision t.p { of t cite "Art 1" text "x" scope kind in {ban, quota}
  prohibits covers and days > 1y "restricts workers" unless strict "a strict procedure" }
provision t.p_e { of t cite "Art 1(2)" text "y" exception to t.p when kind == quota
  unless strict or assessed }
provision t.q { of t cite "Art 2" text "z" position "broad" requires assessed or lawful }
reading t.q.narrow { of t.q position "narrow" requires assessed and lawful }
)lex";

/// 600 measures with random facts, some left out (unknown)
std::string random_measures() {
    std::mt19937 rng(19);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const char* kinds[] = {"ban", "quota", "pension"};
    const char* people[] = {"[worker]", "[family, other]", "[]", "[worker, family]"};
    const char* states[] = {"RU", "KZ", "KG"};
    std::ostringstream y;
    y << "measures:\n";
    for (int i = 0; i < 600; ++i) {
        y << "  - id: m" << i << "\n    jurisdiction: " << states[pick(3)] << "\n    facts:\n";
        if (pick(5)) y << "      kind: " << kinds[pick(3)] << "\n";
        if (pick(5)) y << "      applies_to: " << people[pick(4)] << "\n";
        if (pick(3)) y << "      assessed: " << (pick(2) ? "true" : "false") << "\n";
        if (pick(3)) y << "      lawful: " << (pick(2) ? "true" : "false") << "\n";
        if (pick(3)) y << "      days: " << 100 * (pick(8) + 1) << "d\n";
    }
    return y.str();
}

TEST(Determinism, EveryFormatIsTheSameForAnyThreadCount) {
    testing::TempDir dir("determinism");
    dir.write("r.lex", kRules);
    dir.write("m.yaml", random_measures());
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    core::DiagnosticSink sink;
    parser::load_rule_set({dir.str() + "/r.lex"}, sources, rules, sink);
    parser::load_corpus({dir.str() + "/m.yaml"}, rules.schema, sources, corpus, sink);
    ASSERT_FALSE(sink.has_errors());
    auto checked = [&](unsigned threads) {
        checker::CheckOptions o;
        o.as_of = *core::parse_date("2020-06-01");
        o.threads = threads;
        o.include_not_applicable = true;
        return checker::check(rules, corpus, sources, o);
    };
    const checker::CheckResult one = checked(1), four = checked(4);
    std::size_t contested = 0;
    for (const core::Finding& f : one.findings) {
        contested += f.outcome == core::Outcome::contested;
        EXPECT_FALSE(f.reasons.empty()) << "every listed finding has reasons";
    }
    EXPECT_GT(contested, 0u);
    for (const char* format : {"json", "html", "md", "sarif", "text"}) {
        SCOPED_TRACE(format);
        std::string first;
        for (const checker::CheckResult* result : {&one, &four}) {
            for (unsigned threads : {1u, 4u}) {
                reports::Report report{sources, rules, corpus, *result, {}, {}, std::nullopt};
                std::ostringstream out;
                reports::make_reporter(format, threads)->write(report, out);
                if (first.empty()) first = out.str();
                EXPECT_EQ(out.str(), first);
            }
        }
        EXPECT_NE(first.find("the measure covers workers"), std::string::npos);
    }
}

}  // namespace
}  // namespace lexcheck
