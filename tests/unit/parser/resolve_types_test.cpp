// LANGUAGE.md §3 and docs/language.md: types in conditions and in test measures. Every
// mismatch is reported at its exact place with a help that says what to write instead;
// beside each, the well-typed input that resolves clean.
#include "diagnostic_matchers.hpp"

#include <gtest/gtest.h>

namespace {

using lexcheck::core::TypeKind;
using lexcheck::testing::ExpectDiagnostics;
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

/// `define d = <condition>` after the rules: the condition starts at line 15, column 12
ExpectDiagnostics condition(const std::string& cond) {
    return ExpectDiagnostics(kRules + "define d = " + cond + "\n", true);
}

/// A test whose measure holds `facts`, after the rules: line 15, facts from column 38
ExpectDiagnostics measure(const std::string& facts) {
    return ExpectDiagnostics(kRules + "test \"t\" { measure { jurisdiction RU " + facts +
                                 " } expect eaeu.p1 violation }\n",
                             true);
}

void condition_is_clean(const std::string& cond) {
    resolve_clean(kRules + "define d = " + cond + "\n");
}

TEST(ResolveTypes, ThePreludeResolvesClean) {
    resolve_clean(kRules);
}

// Durations ----------------------------------------------------------------------------

TEST(Durations, ComparedWithAnIntNeedAUnit) {
    condition("ban.duration > 3")
        .code("lex_type_mismatch")
        .message("`ban.duration` is a duration, but `3` is an int")
        .help("write a duration with its unit, e.g. `3y` or `3d`")
        .underlines("3")
        .at(15, 27);
}

TEST(Durations, ComparedWithADate) {
    condition("2020-01-01 <= ban.duration")
        .code("lex_type_mismatch")
        .message("`ban.duration` is a duration, but `2020-01-01` is a date")
        .help("write a duration with its unit (d, w, m or y), e.g. `90d` or `3y`")
        .underlines("2020-01-01")
        .at(15, 12);
}

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

TEST(Numbers, AnIntIsWholeAndHasNoUnit) {
    condition("count > 1.5 or count < 2y")
        .code("lex_type_mismatch")
        .message("`count` is an int, but `1.5` is a number")
        .help("write a whole number without a unit, e.g. `3`")
        .underlines("1.5")
        .at(15, 20)
        .code("lex_type_mismatch")
        .message("`count` is an int, but `2y` is a duration")
        .help("write a whole number without a unit, e.g. `3`")
        .underlines("2y")
        .at(15, 35);
}

TEST(Numbers, TextIsNoNumber) {
    condition("ratio >= \"0.5\"")
        .code("lex_type_mismatch")
        .message("`ratio` is a number, but `\"0.5\"` is text")
        .help("write a number, e.g. `3` or `2.5`")
        .underlines("\"0.5\"")
        .at(15, 21);
}

TEST(Numbers, IntsAndNumbersCompareWithEachOther) {
    condition_is_clean(
        "count > 2 and ratio > 1 and ratio <= 0.5 and count == ratio and -1 < count");
}

TEST(Numbers, AnIntTooLargeIsAnError) {
    condition("count > 99999999999999999999")
        .code("lex_invalid_number")
        .message("`99999999999999999999` is too large for an int")
        .underlines("99999999999999999999")
        .at(15, 20);
}

// Dates --------------------------------------------------------------------------------

TEST(Dates, ComparedWithAnIntOrText) {
    condition("decided < 2020 or in_force >= \"2020-01-01\"")
        .code("lex_type_mismatch")
        .message("`decided` is a date, but `2020` is an int")
        .help("write a date as YYYY-MM-DD, e.g. `2020-01-31`")
        .underlines("2020")
        .at(15, 22)
        .code("lex_type_mismatch")
        .message("`in_force` is a date, but `\"2020-01-01\"` is text")
        .underlines("\"2020-01-01\"")
        .at(15, 42);
}

TEST(Dates, ComparedWithADateOrADateFactResolve) {
    condition_is_clean("decided < 2020-01-01 and in_force >= decided and until > in_force");
}

TEST(Dates, TwoFactsOfDifferentTypes) {
    condition("count == decided")
        .code("lex_type_mismatch")
        .message("`count` is an int but `decided` is a date")
        .help("compare facts of the same type, or a fact with a value")
        .underlines("count == decided")
        .at(15, 12);
}

// Sets and scalars ---------------------------------------------------------------------

TEST(Sets, CannotBeComparedWithEquals) {
    condition("applies_to == eaeu_worker")
        .code("lex_type_mismatch")
        .message("`applies_to` is a set and cannot be compared")
        .help("test membership instead: `applies_to has …` or `applies_to has any {…}`")
        .underlines("applies_to == eaeu_worker")
        .at(15, 12);
}

TEST(Sets, CannotBeComparedWithAnotherSet) {
    condition("applies_to != family")
        .code("lex_type_mismatch")
        .message("`applies_to` is a set and cannot be compared")
        .underlines("applies_to != family")
        .at(15, 12);
}

TEST(Sets, TheSetOnTheRightIsNamedToo) {
    condition("kind == applies_to")
        .code("lex_type_mismatch")
        .message("`applies_to` is a set and cannot be compared")
        .help("test membership instead: `applies_to has …` or `applies_to has any {…}`")
        .underlines("kind == applies_to")
        .at(15, 12);
}

TEST(Sets, InTakesAFactWithOneValue) {
    condition("applies_to in {eaeu_worker}")
        .code("lex_type_mismatch")
        .message("`applies_to` is a set; `in` tests a fact with one value")
        .help("use `applies_to has any {…}` for sets")
        .underlines("applies_to")
        .at(15, 12);
}

TEST(Sets, HasNeedsASet) {
    condition("kind has entry_ban or count has any {1}")
        .code("lex_type_mismatch")
        .message("`kind` is a `measure_kind`, not a set")
        .help("use `kind == …` or `kind in {…}`")
        .underlines("kind")
        .at(15, 12)
        .code("lex_type_mismatch")
        .message("`count` is an int, not a set")
        .help("use `count == …` or `count in {…}`")
        .underlines("count")
        .at(15, 34);
}

TEST(Sets, MembersMustBeEnumValues) {
    condition("applies_to has 3")
        .code("lex_type_mismatch")
        .message("`applies_to` is a set of `person`, but `3` is an int")
        .help("write one of `eaeu_worker`, `family_member`")
        .underlines("3")
        .at(15, 27);
}

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

TEST(Enums, TwoFactsOfDifferentEnums) {
    condition("kind == status")
        .code("lex_type_mismatch")
        .message("`kind` is a `measure_kind` but `status` is a `status`")
        .help("compare facts of the same type, or a fact with a value")
        .underlines("kind == status")
        .at(15, 12);
}

TEST(Enums, HaveNoOrder) {
    condition("kind > entry_ban")
        .code("lex_type_mismatch")
        .message("`kind` is a `measure_kind` and has no order")
        .help("use `==`, `!=` or `in {…}`")
        .underlines("kind > entry_ban")
        .at(15, 12);
}

TEST(Enums, NotAValueButALiteral) {
    condition("kind == \"entry_ban\"")
        .code("lex_type_mismatch")
        .message("`kind` is a `measure_kind`, but `\"entry_ban\"` is text")
        .help("write one of `entry_ban`, `expulsion`")
        .underlines("\"entry_ban\"")
        .at(15, 20);
}

TEST(Enums, NotAConditionOnItsOwn) {
    condition("kind")
        .code("lex_type_mismatch")
        .message("`kind` is a `measure_kind`, not a condition")
        .help("compare it, e.g. `kind == …`, or test `kind is known`")
        .underlines("kind")
        .at(15, 12);
}

TEST(Enums, SameEnumFactsCompare) {
    resolve_clean(
        "vocabulary v { enum k { a, b } fact x : k fact y : k }\ndefine d = x == y and x != a\n");
}

// Text, bools and state codes ----------------------------------------------------------

TEST(Text, NeedsQuotesAndHasNoOrder) {
    condition("title == 3 or title == draft or title < \"b\"")
        .code("lex_type_mismatch")
        .message("`title` is text, but `3` is an int")
        .help("write text in quotes, e.g. `\"…\"`")
        .underlines("3")
        .at(15, 21)
        .code("lex_type_mismatch")
        .message("`title` is text, but `draft` is a name")
        .help("write text in quotes: `\"draft\"`")
        .underlines("draft")
        .at(15, 35)
        .code("lex_type_mismatch")
        .message("`title` is text and has no order")
        .underlines("title < \"b\"")
        .at(15, 44);
}

TEST(Text, ComparedWithTextResolves) {
    condition_is_clean("title == \"Federal Law No. 114-FZ\" or title in {\"a\", \"b\"}");
}

TEST(Bools, ComparedWithTrueOrFalseOnly) {
    condition("flag == 1 or flag > false")
        .code("lex_type_mismatch")
        .message("`flag` is a bool, but `1` is an int")
        .help("write `true` or `false`")
        .underlines("1")
        .at(15, 20)
        .code("lex_type_mismatch")
        .message("`flag` is a bool and has no order")
        .underlines("flag > false")
        .at(15, 25);
}

TEST(Bools, AsConditionsAndComparedResolve) {
    condition_is_clean("flag and not flag == false and flag != true");
}

TEST(StateCodes, AreTwoCapitalsWithoutQuotes) {
    condition("jurisdiction == ru or origin_state == \"KZ\" or jurisdiction == 7")
        .code("lex_invalid_state")
        .message("`ru` is not a state code")
        .help("write an ISO 3166-1 alpha-2 code in capitals, e.g. `RU`")
        .underlines("ru")
        .at(15, 28)
        .code("lex_type_mismatch")
        .message("`origin_state` is a state, but `\"KZ\"` is text")
        .help("write the state code without quotes: `KZ`")
        .underlines("\"KZ\"")
        .at(15, 50)
        .code("lex_type_mismatch")
        .message("`jurisdiction` is a state, but `7` is an int")
        .help("write an ISO 3166-1 alpha-2 code in capitals, e.g. `RU`")
        .underlines("7")
        .at(15, 74);
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

TEST(ConstantComparison, NoFactOnEitherSide) {
    condition("flag or 3 > 2 or 2020-01-01 == 2020-01-01")
        .code("lex_constant_comparison")
        .message("this comparison has no fact in it")
        .help("compare a fact with a value, e.g. `ban.duration > 3y`")
        .underlines("3 > 2")
        .at(15, 20)
        .code("lex_constant_comparison")
        .underlines("2020-01-01 == 2020-01-01")
        .at(15, 29);
}

TEST(ConstantComparison, EnumValuesAndStateCodesAreValuesToo) {
    condition("entry_ban != expulsion or RU == KZ")
        .code("lex_constant_comparison")
        .message("this comparison has no fact in it")
        .underlines("entry_ban != expulsion")
        .at(15, 12)
        .code("lex_constant_comparison")
        .underlines("RU == KZ")
        .at(15, 38);
}

TEST(ConstantComparison, TheFactMayBeOnTheRight) {
    condition_is_clean("3 < count and 3y > ban.duration and expulsion == kind");
}

// Test measures (LANGUAGE.md §2 `test`) ------------------------------------------------

TEST(TestMeasure, ValuesHaveTheirFactsTypes) {
    measure("ban.duration = 3 count = 2y flag = yes decided = 2020 title = draft origin_state = ru")
        .code("lex_type_mismatch")
        .message("`ban.duration` is a duration, but `3` is an int")
        .help("write a duration with its unit, e.g. `3y` or `3d`")
        .underlines("3")
        .at(15, 53)
        .code("lex_type_mismatch")
        .message("`count` is an int, but `2y` is a duration")
        .underlines("2y")
        .at(15, 63)
        .code("lex_type_mismatch")
        .message("`flag` is a bool, but `yes` is a name")
        .help("write `true` or `false`")
        .underlines("yes")
        .at(15, 73)
        .code("lex_type_mismatch")
        .message("`decided` is a date, but `2020` is an int")
        .underlines("2020")
        .at(15, 87)
        .code("lex_type_mismatch")
        .message("`title` is text, but `draft` is a name")
        .underlines("draft")
        .at(15, 100)
        .code("lex_invalid_state")
        .message("`ru` is not a state code")
        .underlines("ru")
        .at(15, 121);
}

TEST(TestMeasure, ASetIsWrittenInBraces) {
    measure("applies_to = eaeu_worker kind = {entry_ban}")
        .code("lex_type_mismatch")
        .message("`applies_to` is a set of `person`")
        .help("write its members in braces, e.g. `applies_to = {…}` (`{}` for none)")
        .underlines("applies_to = eaeu_worker")
        .at(15, 38)
        .code("lex_type_mismatch")
        .message("`kind` is a `measure_kind`, not a set")
        .help("write one value, e.g. `kind = …`")
        .underlines("kind = {entry_ban}")
        .at(15, 63);
}

TEST(TestMeasure, JurisdictionIsWrittenWithoutEquals) {
    measure("jurisdiction = KZ")
        .code("lex_parse_error")
        .message("a test's `jurisdiction` is written without `=`")
        .help("write e.g. `jurisdiction RU`")
        .underlines("jurisdiction")
        .at(15, 38);
}

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
