// LANGUAGE.md §3 and docs/language.md: types in conditions and in test measures. Every
// mismatch is a golden case, tests/golden/resolve/<topic>_<case>/ (its exact place and the
// help that says what to write instead); here, beside them, the well-typed input that
// resolves clean and what it resolves to.
#include "diagnostic_matchers.hpp"

#include <gtest/gtest.h>

namespace {

using lexcheck::core::TypeKind;
using lexcheck::testing::resolve_clean;

/// Lines 1–14; the text under test starts on line 15
const std::string kRules =
    "instrument eaeu \"Treaty\" { kind treaty origin regional }\n"
    "vocabulary migration {\n"
    "  enum measure_kind { entry_ban, expulsion }\n"
    "  enum person { eaeu_worker, family_member }\n"
    "  enum status { eaeu_worker, retired }\n"
    "  fact kind : measure_kind  fact status : status\n"
    "  fact applies_to : set<person>  fact family : set<person>\n"
    "  fact ban.duration : duration  fact notice : duration\n"
    "  fact count : int  fact ratio : number\n"
    "  fact flag : bool  fact decided : date\n"
    "  fact title : text  fact origin_state : state\n"
    "}\n"
    "provision eaeu.p1 { of eaeu cite \"c\" text \"t\" prohibits flag }\n"
    "// line 14\n";

void condition_is_clean(const std::string& cond) {
    resolve_clean(kRules + "define d = " + cond + "\n");
}

TEST(ResolveTypes, ThePreludeResolvesClean) {
    resolve_clean(kRules);
}

// Durations ----------------------------------------------------------------------------

TEST(Durations, WithUnitsOrAnotherDurationResolve) {
    auto p = resolve_clean(kRules +
                           "define d = ban.duration > 3y and 90d <= ban.duration and "
                           "ban.duration != 2w and notice < ban.duration and "
                           "ban.duration in {6m, 1y}\n");
    const auto& c = p->rules.conditions;
    const auto& all = c[p->rules.defines[0].condition];
    EXPECT_EQ(c[all.children[0]].rhs_resolved.value->integer, 3 * 365);
    EXPECT_EQ(c[all.children[1]].lhs_resolved.value->integer, 90);
    EXPECT_EQ(c[all.children[4]].values_resolved.at(0).integer, 180);
}

// Numbers ------------------------------------------------------------------------------

TEST(Numbers, IntsAndNumbersCompareWithEachOther) {
    condition_is_clean(
        "count > 2 and ratio > 1 and ratio <= 0.5 and count == ratio and -1 < count");
}

// Dates --------------------------------------------------------------------------------

TEST(Dates, ComparedWithADateOrADateFactResolve) {
    condition_is_clean("decided < 2020-01-01 and in_force >= decided and until > in_force");
}

// Sets and scalars ---------------------------------------------------------------------

TEST(Sets, MembershipTestsResolve) {
    auto p = resolve_clean(kRules +
                           "define d = applies_to has eaeu_worker and applies_to has any "
                           "{eaeu_worker, family_member} and not family has all {family_member} "
                           "and kind in {entry_ban, expulsion} and applies_to is known\n");
    const auto& c = p->rules.conditions;
    const auto& all = c[p->rules.defines[0].condition];
    EXPECT_EQ(c[all.children[1]].values_resolved.size(), 2u);
}

// Enums --------------------------------------------------------------------------------

TEST(Enums, SameEnumFactsCompare) {
    resolve_clean(
        "vocabulary v { enum k { a, b } fact x : k fact y : k }\ndefine d = x == y and x != a\n");
}

// Text, bools and state codes ----------------------------------------------------------

TEST(Text, ComparedWithTextResolves) {
    condition_is_clean("title == \"Federal Law No. 114-FZ\" or title in {\"a\", \"b\"}");
}

TEST(Bools, AsConditionsAndComparedResolve) {
    condition_is_clean("flag and not flag == false and flag != true");
}

TEST(StateCodes, AndStateFactsResolve) {
    auto p = resolve_clean(kRules +
                           "define d = jurisdiction == RU or RU == origin_state or jurisdiction in "
                           "{KZ, KG} or origin_state != jurisdiction\n");
    const auto& c = p->rules.conditions;
    const auto& any = c[p->rules.defines[0].condition];
    EXPECT_EQ(c[any.children[0]].rhs_resolved.value->kind, TypeKind::state);
    EXPECT_EQ(c[any.children[0]].rhs_resolved.value->text, "RU");
}

// lex_constant_comparison --------------------------------------------------------------

TEST(ConstantComparison, TheFactMayBeOnTheRight) {
    condition_is_clean("3 < count and 3y > ban.duration and expulsion == kind");
}

// Test measures (LANGUAGE.md §2 `test`) ------------------------------------------------

TEST(TestMeasure, EveryTypeResolves) {
    auto p = resolve_clean(
        kRules +
        "test \"t\" {\n  measure {\n    jurisdiction RU\n    kind = entry_ban\n"
        "    status = eaeu_worker\n    applies_to = {eaeu_worker, family_member}\n"
        "    family = {}\n    ban.duration = 3y\n    count = -2\n    ratio = 2\n    flag = false\n"
        "    decided = 2020-02-29\n    title = \"x\"\n    origin_state = KZ\n"
        "    in_force = 2019-01-01\n    until = 2030-01-01\n  }\n  expect eaeu.p1 compliant\n}\n");
    const auto& m = p->rules.tests[0].measure;
    EXPECT_EQ(m.jurisdiction, "RU");
    EXPECT_EQ(m.facts.size(), 13u);  // jurisdiction is kept apart
    ASSERT_TRUE(m.in_force.has_value());
    ASSERT_TRUE(m.until.has_value());
    EXPECT_LT(m.in_force->days, m.until->days);
}

}  // namespace
