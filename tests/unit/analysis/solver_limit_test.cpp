// Issue 17: a question the solver cannot decide within its limit is reported as undecided —
// by `lexcheck conflicts` and by lint — never answered wrongly. (Remedies: the golden case
// tests/golden/remedies/limit.case.)
#include "lint_fixture.hpp"
#include "loaded_inputs.hpp"

#include "lexcheck/analysis/conflicts.hpp"
#include "lexcheck/analysis/lint_proofs.hpp"

#include <gtest/gtest.h>

namespace lexcheck {
namespace {

// t.a and t.b conflict for every entry ban; t.b's exception contradicts its scope.
constexpr const char* kRules = R"lex(
instrument t "T" { kind treaty origin regional in_force 2000-01-01 party RU from 2000-01-01 }
vocabulary v {
  enum measure_kind { entry_ban, expulsion }
  fact kind : measure_kind "What the measure does"
  fact assessment : bool "The law requires an individual assessment"
}
provision t.a { of t cite "Article 1" text "a" scope kind == entry_ban requires assessment }
provision t.b { of t cite "Article 2" text "b" scope kind == entry_ban prohibits assessment
  unless kind == expulsion "an expulsion" }
)lex";

core::ConflictReport conflicts_with_steps(const testing::LoadedInputs& in, unsigned steps) {
    analysis::ConflictOptions o;
    o.as_of = *core::parse_date("2024-01-01");
    o.limits.steps = steps;
    o.threads = 1;
    return analysis::find_conflicts(in.rules, in.sources, o);
}

TEST(SolverLimit, ConflictsUndecidedWithinTheLimitAreReportedNotClaimed) {
    auto in = testing::load_inputs(kRules, "measures: []\n");
    ASSERT_TRUE(in->errors.empty()) << in->errors;
    core::ConflictReport proven = conflicts_with_steps(*in, analysis::SolverLimits{}.steps);
    EXPECT_TRUE(proven.undecided.empty());
    ASSERT_FALSE(proven.proofs.empty());
    EXPECT_EQ(proven.proofs[0].kind, core::ProofKind::conflict);

    core::ConflictReport starved = conflicts_with_steps(*in, 1);
    EXPECT_TRUE(starved.proofs.empty()) << "a proof claimed without the steps to find it";
    // Each provision's first undecided question is reported; a provision not known to be
    // open is paired with no other, so no conflict is claimed for it either.
    for (std::uint32_t p : {0u, 1u}) {
        EXPECT_TRUE(std::any_of(starved.undecided.begin(), starved.undecided.end(),
                                [&](const core::Undecided& u) { return u.provision == p; }))
            << in->rules.provisions[p].id.text;
    }
}

TEST(SolverLimit, LintSaysWhatItCouldNotDecide) {
    auto l = testing::lint_with(
        [](const core::RuleSet& rules, const core::Corpus&, core::DiagnosticSink& sink) {
            analysis::lint_proofs(rules, sink, analysis::SolverLimits{1, 0});
        },
        kRules);
    EXPECT_TRUE(l->with_code("lint_exception_never_holds").empty()) << l->rendered();
    auto notes = l->with_code("lint_solver_limit");
    ASSERT_FALSE(notes.empty());
    EXPECT_EQ(notes[0].severity, core::Severity::note);
    EXPECT_EQ(notes[0].message.rfind("the solver could not decide within its limit whether ", 0),
              0u)
        << notes[0].message;
}

}  // namespace
}  // namespace lexcheck
