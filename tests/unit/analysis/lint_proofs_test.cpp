// `lexcheck lint`'s checks that the solver decides (analysis::lint_proofs, issue 17): each
// code's case that must warn, with its position, underline, message, help and label, and a
// nearby case that must not. The codes and messages are those of the heuristics they replace.
#include "lexcheck/analysis/lint_proofs.hpp"

#include "lint_fixture.hpp"

#include "lexcheck/checker/lint.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace lexcheck {
namespace {

using testing::base;
using testing::expect_label;
using testing::expect_lint;
using testing::expect_no_lint;
using testing::kMeasure;
using testing::kPrelude;
using testing::Linted;

/// As `lexcheck lint` runs: the checker's checks, then the solver's
std::unique_ptr<Linted> lint_inputs(const std::string& lex, const std::string& yaml = "") {
    return testing::lint_with(
        [](const core::RuleSet& rules, const core::Corpus& corpus, core::DiagnosticSink& sink) {
            checker::lint(rules, corpus, sink);
            analysis::lint_proofs(rules, sink);
        },
        lex, yaml);
}

// ---------------------------------------------------------------- exceptions

TEST(LintExceptionNeverHolds, WarnsAtAnUnlessClauseThatContradictsTheScope) {
    std::string rules =
        std::string(kPrelude) +
        "provision t.p1 {\n"
        "  of t cite \"Article 1\" text \"No entry bans on workers.\"\n"
        "  scope kind == entry_ban and security is known\n"
        "  prohibits applies_to has any {worker, family} \"restricts workers\"\n"
        "  unless kind == expulsion and order \"expulsion on public order grounds\"\n"
        "}\n";
    auto l = lint_inputs(rules, kMeasure);
    expect_lint(
        *l, "lint_exception_never_holds",
        {{core::Severity::warning, "rules.lex", 17, 3,
          "unless kind == expulsion and order \"expulsion on public order grounds\"",
          "exception `t.p1#unless1` can never hold where `t.p1` is breached",
          "its condition contradicts the scope or norm of `t.p1`; check the values it tests"}});
    auto d = l->with_code("lint_exception_never_holds");
    if (!d.empty()) expect_label(d[0], *l, "t.p1", "the provision it is an exception to");
}

TEST(LintExceptionNeverHolds, WarnsAtAnExceptionProvisionThatContradictsTheNorm) {
    // `requires not security` is breached only when `security` holds.
    std::string rules =
        std::string(kPrelude) +
        "provision t.p1 {\n"
        "  of t cite \"Article 1\" text \"No security measures on workers.\"\n"
        "  scope applies_to has any {worker, family} and kind in {entry_ban, expulsion}\n"
        "  requires not security \"invokes security\"\n"
        "}\n"
        "provision t.p1_e {\n"
        "  of t cite \"Article 1(2)\" text \"Except without security.\"\n"
        "  exception to t.p1\n"
        "  when not security and order\n"
        "}\n";
    auto l = lint_inputs(rules, kMeasure);
    expect_lint(
        *l, "lint_exception_never_holds",
        {{core::Severity::warning, "rules.lex", 18, 11, "t.p1_e",
          "exception `t.p1_e` can never hold where `t.p1` is breached",
          "its condition contradicts the scope or norm of `t.p1`; check the values it tests"}});
    auto d = l->with_code("lint_exception_never_holds");
    if (!d.empty()) expect_label(d[0], *l, "t.p1", "the provision it is an exception to");
}

TEST(LintExceptionNeverHolds, AnExceptionInsideTheScopeCanHold) {
    // Same shape as above, but the exception's value is one the scope admits.
    std::string rules =
        std::string(kPrelude) +
        "provision t.p1 {\n"
        "  of t cite \"Article 1\" text \"No bans on workers.\"\n"
        "  scope kind in {entry_ban, expulsion}\n"
        "  prohibits applies_to has any {worker, family} and not security \"restricts workers\"\n"
        "  unless kind == expulsion and order \"expulsion on public order grounds\"\n"
        "}\n"
        "provision t.p1_e {\n"
        "  of t cite \"Article 1(2)\" text \"Except ...\"\n"
        "  exception to t.p1\n"
        "  when kind == expulsion and not security\n"
        "}\n";
    auto l = lint_inputs(rules, kMeasure);
    expect_no_lint(*l, "lint_exception_never_holds");
}

TEST(LintAmbiguousExceptions, WarnsWhenTwoExceptionsWithDifferentReasonsCanHoldTogether) {
    std::string rules = std::string(kPrelude) +
                        "provision t.p1 {\n"
                        "  of t cite \"Article 1\" text \"No bans on workers.\"\n"
                        "  scope kind in {entry_ban, expulsion}\n"
                        "  prohibits applies_to has any {worker, family} \"restricts workers\"\n"
                        "  unless security \"national security\"\n"
                        "}\n"
                        "provision t.p1_order {\n"
                        "  of t cite \"Article 1(2)\" text \"Except for public order.\"\n"
                        "  exception to t.p1\n"
                        "  when order\n"
                        "}\n";
    auto l = lint_inputs(rules, kMeasure);
    expect_lint(*l, "lint_ambiguous_exceptions",
                {{core::Severity::warning, "rules.lex", 19, 11, "t.p1_order",
                  "exceptions `t.p1#unless1` and `t.p1_order` of `t.p1` can hold together for "
                  "different reasons",
                  "defeated_by will name `t.p1#unless1` (it comes first); if both may apply, say "
                  "which governs"}});
    auto d = l->with_code("lint_ambiguous_exceptions");
    if (!d.empty())
        expect_label(d[0], *l, "unless security \"national security\"", "the other exception");
}

TEST(LintAmbiguousExceptions, ExclusiveExceptionsOrOneReasonAreNotAmbiguous) {
    // The base provision's two clauses exclude each other (`order and not security`); the
    // two clauses below give one reason.
    std::string rules = base() +
                        "provision t.p2 {\n"
                        "  of t cite \"Article 2\" text \"No expulsions.\"\n"
                        "  scope kind == expulsion\n"
                        "  prohibits applies_to has worker \"expels workers\"\n"
                        "  unless security \"threat\"\n"
                        "  unless order \"threat\"\n"
                        "  unless kind == entry_ban \"not an expulsion\"\n"
                        "}\n";
    auto l = lint_inputs(rules, kMeasure);
    expect_no_lint(*l, "lint_ambiguous_exceptions");
    // `kind == entry_ban` contradicts the scope: that is the other lint.
    EXPECT_EQ(l->with_code("lint_exception_never_holds").size(), 1u) << l->rendered();
}

TEST(LintAmbiguousExceptions, DefinesSharedByManyConditionsAreReadOnce) {
    // d29 mentions d0 2^29 times through the chain; reading each define once keeps lint
    // linear (it took about 10 s when every mention was read again).
    std::string rules = std::string(kPrelude) + "define d0 = security\n";
    for (int i = 1; i <= 29; ++i) {
        rules += "define d" + std::to_string(i) + " = d" + std::to_string(i - 1) + " and d" +
                 std::to_string(i - 1) + "\n";
    }
    rules +=
        "provision t.p1 {\n"
        "  of t cite \"Article 1\" text \"No bans on workers.\"\n"
        "  scope kind in {entry_ban, expulsion}\n"
        "  prohibits applies_to has any {worker, family} and order \"restricts workers\"\n"
        "  unless d29 \"national security\"\n"
        "  unless security \"security, again\"\n"
        "}\n";
    auto start = std::chrono::steady_clock::now();
    auto l = lint_inputs(rules, kMeasure);
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 2.0);
    EXPECT_EQ(l->with_code("lint_ambiguous_exceptions").size(), 1u) << l->rendered();
}

}  // namespace
}  // namespace lexcheck
