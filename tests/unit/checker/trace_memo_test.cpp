// Traces made once per shape of finding (checker/src/trace_memo.hpp, issue 20): a finding
// whose trace comes from the memo is the finding the tracing evaluator makes for it alone, with
// its own measure's fact positions, whatever else the run decided before it.
#include "loaded_inputs.hpp"

#include "lexcheck/checker/check.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace lexcheck {
namespace {

// Scopes, norms, `unless` clauses, a shared define, an exception provision of an instrument
// that binds KZ only (so a step names the jurisdiction, RU or BY, it does not bind), facts
// that may be absent (undetermined findings, missing facts), and an atom reading two facts
// (unknown whichever is absent, with a different fact missing).
constexpr const char* kRules = R"(
instrument t "T" { kind treaty origin regional in_force 2000-01-01
  party RU from 2000-01-01 party KZ from 2000-01-01 party BY from 2000-01-01 }
instrument u "U" { kind convention origin universal in_force 2000-01-01 party KZ from 2000-01-01 }
vocabulary v {
  enum kinds { a, b, c }
  fact kind : kinds "kind"  fact x : bool "x"  fact n : int "n"  fact g : set<kinds> "g"
  fact limit : int "limit"
}
define big = n > 5 and kind != c
provision t.p1 { of t cite "c" text "t" scope kind == a or x prohibits big and not (g has b)
  unless x and n < 9 unless g has c }
provision t.p2 { of t cite "c" text "t" requires big or x or n < limit }
provision u.e1 { of u cite "c" text "t" exception to t.p1 when g has a and big }
provision t.e2 { of t cite "c" text "t" exception to u.e1 when x }
)";

/// `count` measures with random facts, each fact absent now and then
std::string random_measures(std::size_t count) {
    std::mt19937 random(20);  // fixed: the same measures every run
    auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    const char* kinds[] = {"a", "b", "c"};
    const char* jurisdictions[] = {"RU", "KZ", "BY"};
    std::string out = "measures:\n";
    for (std::size_t i = 0; i < count; ++i) {
        out += "  - id: m" + std::to_string(1000 + i) + "\n";
        out += std::string("    jurisdiction: ") + jurisdictions[pick(3)] + "\n";
        out += "    facts:\n";
        if (pick(6)) out += std::string("      kind: ") + kinds[pick(3)] + "\n";
        if (pick(6)) out += std::string("      x: ") + (pick(2) ? "true" : "false") + "\n";
        if (pick(6)) out += "      n: " + std::to_string(pick(12)) + "\n";
        if (pick(6)) out += "      limit: " + std::to_string(pick(12)) + "\n";
        if (pick(6)) {
            out += "      g: [";
            for (int k = 0, sep = 0; k < 3; ++k)
                if (pick(2)) out += std::string(sep++ ? ", " : "") + kinds[k];
            out += "]\n";
        }
    }
    return out;
}

/// Everything a trace, its reasons and exceptions say, positions of facts read included
std::string describe(const core::Finding& f) {
    std::string out = std::to_string(f.measure) + "/" + std::to_string(f.provision) + " " +
                      std::string(core::outcome_name(f.outcome)) + " by " + f.defeated_by + "\n";
    for (const core::TraceStep& s : f.trace) {
        out += std::to_string(static_cast<int>(s.role)) + " " + std::string(s.label) + "|" +
               std::string(s.condition) + "=" + std::string(core::truth_name(s.value)) + "@" +
               std::to_string(s.depth) + " at " + std::to_string(s.at.file) + ":" +
               std::to_string(s.at.begin) + "-" + std::to_string(s.at.end);
        for (const core::FactRead& r : s.facts)
            out += " [" + std::to_string(r.fact) + (r.present ? "+" : "-") +
                   std::to_string(r.at.file) + ":" + std::to_string(r.at.begin) + "-" +
                   std::to_string(r.at.end) + "]";
        out += "\n";
    }
    for (const core::ReasonPart& p : f.reasons.parts)
        out += "part " + std::to_string(static_cast<int>(p.kind)) + " " + std::to_string(p.depth) +
               " " + std::to_string(static_cast<int>(p.value)) + " " + std::to_string(p.provision) +
               " " + std::to_string(p.unless) + " " + std::to_string(p.reading) + " " +
               std::to_string(p.begin) + "-" + std::to_string(p.end) + "\n";
    for (const core::ReasonStep& s : f.reasons.steps)
        out += "step " + std::to_string(s.cond) + "=" + std::to_string(static_cast<int>(s.value)) +
               "\n";
    for (const core::ExceptionTried& e : f.exceptions)
        out +=
            "tried " + std::string(e.label) + "=" + std::string(core::truth_name(e.value)) + "\n";
    for (const std::string& m : f.missing_facts) out += "missing " + m + "\n";
    return out;
}

TEST(TraceMemo, AFindingFromTheMemoIsTheOneTracedAlone) {
    const auto in = testing::load_inputs(kRules, random_measures(1000));
    ASSERT_EQ(in->errors, "");
    checker::CheckOptions options;
    options.as_of = *core::parse_date("2020-01-01");
    options.threads = 1;  // one memo for the whole run
    options.include_not_applicable = true;
    const checker::CheckResult together =
        checker::check(in->rules, in->corpus, in->sources, options);

    // Each measure checked on its own: a new memo, so every finding is traced whole.
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::string> alone;
    std::vector<bool> left_out(in->corpus.measures.size(), true);
    options.left_out = &left_out;
    for (std::size_t i = 0; i < in->corpus.measures.size(); ++i) {
        left_out[i] = false;
        for (const core::Finding& f :
             checker::check(in->rules, in->corpus, in->sources, options).findings)
            alone[{f.measure, f.provision}] = describe(f);
        left_out[i] = true;
    }

    std::set<std::uint64_t> shapes;
    std::size_t from_memo = 0;
    std::set<std::string> outcomes;
    for (const core::Finding& f : together.findings) {
        ASSERT_TRUE(alone.count({f.measure, f.provision}));
        EXPECT_EQ(describe(f), (alone[{f.measure, f.provision}]));
        if (f.shape != 0 && !shapes.insert(f.shape).second) ++from_memo;
        if (f.outcome != core::Outcome::not_applicable)
            outcomes.insert(std::string(core::outcome_name(f.outcome)));
    }
    EXPECT_EQ(alone.size(), together.findings.size());
    // The case exercises the memo: most traces repeat a shape, in every outcome.
    EXPECT_GT(from_memo, together.findings.size() / 2);
    EXPECT_EQ(outcomes, (std::set<std::string>{"compliant", "undetermined", "violation"}));
}

TEST(TraceMemo, ALongTraceOrALargeTreeIsNotKept) {
    // A chain of `not`s: 2,000 links read one atom, but the trace has 4,001 steps, and a copy
    // kept per shape would double what the run holds. A chain of 5,000 links is not even
    // looked through for its atoms. Each finding is traced on its own, and traced alike.
    for (int links : {2000, 5000}) {
        std::string lex = std::string(kRules) + "define c0 = x\n";
        for (int i = 1; i <= links; ++i)
            lex += "define c" + std::to_string(i) + " = not c" + std::to_string(i - 1) + "\n";
        lex += "provision t.chain { of t cite \"c\" text \"t\" prohibits c" +
               std::to_string(links) + " }\n";
        const auto in =
            testing::load_inputs(lex,
                                 "measures:\n  - {id: m1, jurisdiction: RU, facts: {x: true}}\n"
                                 "  - {id: m2, jurisdiction: RU, facts: {x: true}}\n");
        ASSERT_EQ(in->errors, "");
        checker::CheckOptions options;
        options.as_of = *core::parse_date("2020-01-01");
        options.threads = 1;
        options.include_not_applicable = true;
        const checker::CheckResult r = checker::check(in->rules, in->corpus, in->sources, options);
        std::vector<const core::Finding*> chain;
        for (const core::Finding& f : r.findings)
            if (in->rules.provisions[f.provision].id.text == "t.chain") chain.push_back(&f);
        ASSERT_EQ(chain.size(), 2u) << links;
        EXPECT_GT(chain[0]->trace.size(), 1024u);
        EXPECT_EQ(chain[0]->shape, 0u) << links;
        EXPECT_EQ(chain[1]->shape, 0u) << links;
        EXPECT_EQ(chain[0]->trace.size(), chain[1]->trace.size());
    }
}

}  // namespace
}  // namespace lexcheck
