// LANGUAGE.md §2–§3, resolving names: facts and defines in conditions, references between
// declarations (`of`, `exception to`, `see`, `expect`), types and enum values, reserved
// words. Each error has its exact code, message, help, line, column and underlined text,
// and beside it the nearby correct input that resolves clean.
#include "diagnostic_matchers.hpp"

#include <gtest/gtest.h>

namespace {

using lexcheck::core::kNone;
using lexcheck::testing::ExpectDiagnostics;
using lexcheck::testing::resolve_clean;

/// Lines 1–11; the text under test starts on line 12
const std::string kRules =
    "instrument eaeu \"Treaty\" { kind treaty origin regional }\n"
    "vocabulary migration {\n"
    "  enum measure_kind { entry_ban, expulsion, labour_quota }\n"
    "  enum person { eaeu_worker, family_member }\n"
    "  enum status { eaeu_worker, retired }\n"
    "  fact kind : measure_kind\n"
    "  fact applies_to : set<person>\n"
    "  fact status : status\n"
    "  fact ban.duration : duration\n"
    "  fact flag : bool\n"
    "}\n";

/// The rules above followed by `rest` (starting on line 12)
std::string rules(const std::string& rest) {
    return kRules + rest;
}

/// `rest` after the rules, resolved
ExpectDiagnostics resolving(const std::string& rest) {
    return ExpectDiagnostics(rules(rest), true);
}

/// A provision of `eaeu` with every required clause and `extra` inside
std::string provision(const std::string& id, const std::string& extra) {
    return "provision " + id + " { of eaeu cite \"c\" text \"t\" " + extra + " }\n";
}

TEST(ResolveNames, ThePreludeResolvesClean) {
    resolve_clean(rules(""));
}

// lex_unknown_name ---------------------------------------------------------------------

TEST(UnknownName, MisspeltFactInAComparisonSuggestsTheFact) {
    resolving("define d = kindd == entry_ban\n")
        .code("lex_unknown_name")
        .message("no fact is called `kindd`")
        .help("did you mean `kind`?")
        .underlines("kindd")
        .at(12, 12);
}

TEST(UnknownName, TheValueSideIsNotBlamed) {
    // Written the other way round, the enum value is still not the unknown fact.
    resolving("define d = entry_ban == kindd\n")
        .code("lex_unknown_name")
        .message("no fact is called `kindd`")
        .underlines("kindd")
        .at(12, 25);
}

TEST(UnknownName, NothingCloseGivesNoSuggestionButSaysHowToDeclare) {
    resolving("define d = zzzzqqq\n")
        .code("lex_unknown_name")
        .message("no fact or define is called `zzzzqqq`")
        .help("declare it in a vocabulary: `fact zzzzqqq : TYPE \"description\"`")
        .underlines("zzzzqqq")
        .at(12, 12);
}

TEST(UnknownName, MisspeltDefineSuggestsTheDefine) {
    resolving("define unrelated_to_migration = flag\ndefine d = not unrelated_to_migraton\n")
        .code("lex_unknown_name")
        .message("no fact or define is called `unrelated_to_migraton`")
        .help("did you mean `unrelated_to_migration`?")
        .underlines("unrelated_to_migraton")
        .at(13, 16);
}

TEST(UnknownName, InEveryKindOfTest) {
    resolving(
        "define a = kinds in {entry_ban}\n"
        "define b = applies_too has eaeu_worker\n"
        "define c = applies_too has any {eaeu_worker}\n"
        "define e = applies_too has all {eaeu_worker}\n"
        "define f = flagg is known\n"
        "define g = flagg is unknown\n"
        "define h = ban.duraton > 3y\n")
        .code("lex_unknown_name")
        .message("no fact is called `kinds`")
        .help("did you mean `kind`?")
        .underlines("kinds")
        .at(12, 12)
        .code("lex_unknown_name")
        .message("no fact is called `applies_too`")
        .help("did you mean `applies_to`?")
        .underlines("applies_too")
        .at(13, 12)
        .code("lex_unknown_name")
        .underlines("applies_too")
        .at(14, 12)
        .code("lex_unknown_name")
        .underlines("applies_too")
        .at(15, 12)
        .code("lex_unknown_name")
        .message("no fact is called `flagg`")
        .help("did you mean `flag`?")
        .underlines("flagg")
        .at(16, 12)
        .code("lex_unknown_name")
        .underlines("flagg")
        .at(17, 12)
        .code("lex_unknown_name")
        .message("no fact is called `ban.duraton`")
        .help("did you mean `ban.duration`?")
        .underlines("ban.duraton")
        .at(18, 12);
}

TEST(UnknownName, InProvisionClauses) {
    resolving(provision("eaeu.p1", "scope kindd == entry_ban prohibits flagg unless flg"))
        .code("lex_unknown_name")
        .underlines("kindd")
        .at(12, 53)
        .code("lex_unknown_name")
        .underlines("flagg")
        .at(12, 82)
        .code("lex_unknown_name")
        .underlines("flg")
        .at(12, 95);
}

TEST(UnknownName, InATestMeasure) {
    resolving(provision("eaeu.p1", "prohibits flag") +
              "test \"t\" { measure { jurisdiction RU flagg = true } expect eaeu.p1 violation }\n")
        .code("lex_unknown_name")
        .message("no fact is called `flagg`")
        .help("did you mean `flag`?")
        .underlines("flagg")
        .at(13, 38);
}

TEST(UnknownName, UnknownTestFactWithNothingCloseSaysHowToDeclare) {
    resolving(provision("eaeu.p1", "prohibits flag") +
              "test \"t\" { measure { jurisdiction RU zzzzqqq = 1 } expect eaeu.p1 violation }\n")
        .code("lex_unknown_name")
        .message("no fact is called `zzzzqqq`")
        .help("declare it in a vocabulary: `fact zzzzqqq : TYPE \"description\"`")
        .underlines("zzzzqqq")
        .at(13, 38);
}

TEST(UnknownName, ADefineUsedAsAFactIsNamedAsADefine) {
    resolving("define e = flag\ndefine d = e == true or e is known or e has eaeu_worker\n")
        .code("lex_type_mismatch")
        .message("`e` is a define, not a fact")
        .help("a comparison needs a fact; a define is a condition of its own: write `e` or `not e`")
        .underlines("e")
        .at(13, 12)
        .code("lex_type_mismatch")
        .message("`e` is a define, not a fact")
        .help(
            "`is known` and `is unknown` test a fact; a define is a condition of its own: write "
            "`e` or `not e`")
        .underlines("e")
        .at(13, 25)
        .code("lex_type_mismatch")
        .help("`has` tests a fact; a define is a condition of its own: write `e` or `not e`")
        .underlines("e")
        .at(13, 39);
}

TEST(UnknownName, FactsDefinesAndBuiltInsResolve) {
    auto p = resolve_clean(rules(
        "define d = flag and kind == entry_ban and jurisdiction == RU and in_force < 2020-01-01\n"
        "define e = d or until is unknown\n"));
    const auto& e = p->rules.condition(p->rules.defines[1].condition);
    const auto& ref = p->rules.condition(e.children.at(0));
    EXPECT_EQ(ref.path_resolved.define, 0u);
    EXPECT_EQ(ref.path_resolved.fact, kNone);
}

// Order of declarations does not matter, within a file or across files -------------------

TEST(DeclarationOrder, UsesMayComeBeforeDeclarations) {
    resolve_clean(
        "test \"t\" { measure { jurisdiction RU flag = true } expect eaeu.p1 violation }\n"
        "provision eaeu.p1 { of eaeu cite \"c\" text \"t\" prohibits d see eaeu.p2 }\n"
        "define d = e\ndefine e = flag\n"
        "provision eaeu.p2 { of eaeu cite \"c\" text \"t\" exception to eaeu.p1 when kind == x }\n"
        "vocabulary v { fact flag : bool  fact kind : k }\n"
        "vocabulary w { enum k { x } }\n"
        "instrument eaeu \"T\" { kind treaty origin regional }\n");
}

TEST(DeclarationOrder, AcrossFilesInAnyOrder) {
    const std::string uses =
        "provision eaeu.p1 { of eaeu cite \"c\" text \"t\" prohibits d }\n"
        "test \"t\" { measure { jurisdiction RU kind = x } expect eaeu.p1 violation }\n";
    const std::string declarations =
        "define d = kind == x\nvocabulary v { enum k { x } fact kind : k }\n"
        "instrument eaeu \"T\" { kind treaty origin regional }\n";
    for (bool uses_first : {true, false}) {
        std::vector<lexcheck::testing::SourceFile> files;
        if (uses_first) files.push_back({"a.lex", uses});
        files.push_back({"b.lex", declarations});
        if (!uses_first) files.push_back({"c.lex", uses});
        auto p = lexcheck::testing::parse_lex_files(std::move(files), true);
        EXPECT_TRUE(p->diagnostics.empty()) << p->rendered();
    }
}

TEST(DeclarationOrder, AnErrorInTheSecondFileIsReportedThere) {
    ExpectDiagnostics({{"a.lex", kRules}, {"b.lex", "define d = flag\ndefine e = flagg\n"}}, true)
        .code("lex_unknown_name")
        .in_file("b.lex")
        .underlines("flagg")
        .at(2, 12);
}

// lex_unknown_ref ----------------------------------------------------------------------

TEST(UnknownRef, OfNamesNoInstrument) {
    resolving("provision p { of eaeuu cite \"c\" text \"t\" prohibits flag }\n")
        .code("lex_unknown_ref")
        .message("no instrument is called `eaeuu`")
        .help("did you mean `eaeu`?")
        .underlines("eaeuu")
        .at(12, 18);
}

TEST(UnknownRef, OfWithNothingCloseSaysHowToDeclare) {
    resolving("provision p { of icrmw cite \"c\" text \"t\" prohibits flag }\n")
        .code("lex_unknown_ref")
        .message("no instrument is called `icrmw`")
        .help("declare it with `instrument icrmw \"title\" { … }`, or name an existing instrument")
        .underlines("icrmw")
        .at(12, 18);
}

TEST(UnknownRef, ExceptionToNamesNoProvision) {
    resolving(provision("eaeu.art97.p1", "prohibits flag") +
              provision("eaeu.art97.p1_order", "exception to eaeu.art97.p2 when flag") +
              provision("eaeu.art97.p1_health", "exception to icrmw.art52 when flag"))
        .code("lex_unknown_ref")
        .message("no provision is called `eaeu.art97.p2`")
        .help("did you mean `eaeu.art97.p1`?")
        .underlines("eaeu.art97.p2")
        .at(13, 72)
        .code("lex_unknown_ref")
        .message("no provision is called `icrmw.art52`")
        .help("name the provision by its full id, e.g. `eaeu_treaty.art97.p1`")
        .underlines("icrmw.art52")
        .at(14, 73);
}

TEST(UnknownRef, EverySeeIsChecked) {
    resolving(provision("eaeu.p1", "prohibits flag see eaeu.p1 see eaeu.p3 see icrmw.art52"))
        .code("lex_unknown_ref")
        .message("no provision is called `eaeu.p3`")
        .help("did you mean `eaeu.p1`?")
        .underlines("eaeu.p3")
        .at(12, 78)
        .code("lex_unknown_ref")
        .message("no provision is called `icrmw.art52`")
        .underlines("icrmw.art52")
        .at(12, 90);
}

TEST(UnknownRef, ExpectNamesNoProvision) {
    resolving(provision("eaeu.p1", "prohibits flag") +
              "test \"t\" {\n  measure { jurisdiction RU }\n  expect eaeu.p2 violation\n"
              "  expect icrmw.art52 compliant\n}\n")
        .code("lex_unknown_ref")
        .message("no provision is called `eaeu.p2`")
        .help("did you mean `eaeu.p1`?")
        .underlines("eaeu.p2")
        .at(15, 10)
        .code("lex_unknown_ref")
        .message("no provision is called `icrmw.art52`")
        .help("name the provision by its full id, e.g. `eaeu_treaty.art97.p1`")
        .underlines("icrmw.art52")
        .at(16, 10);
}

TEST(UnknownRef, ExistingReferencesResolve) {
    auto p = resolve_clean(
        rules(provision("eaeu.p1", "prohibits flag see eaeu.p2") +
              provision("eaeu.p2", "exception to eaeu.p1 when kind == expulsion see eaeu.p1") +
              "test \"t\" { measure { jurisdiction RU } expect eaeu.p1 undetermined }\n"));
    const auto& p1 = p->rules.provisions[0];
    EXPECT_EQ(p1.instrument, 0u);
    EXPECT_EQ(p1.see_targets, std::vector<std::uint32_t>{1});
    EXPECT_EQ(p1.exceptions, std::vector<std::uint32_t>{1});
    EXPECT_EQ(p->rules.provisions[1].exception_target, 0u);
    EXPECT_EQ(p->rules.tests[0].expects[0].provision_index, 0u);
}

// lex_unknown_type ---------------------------------------------------------------------

TEST(UnknownType, MisspeltTypeSuggestsIt) {
    resolving("vocabulary v { fact count : integer  fact due : dat }\n")
        .code("lex_unknown_type")
        .message("no type or enum is called `integer`")
        .help(
            "the types are bool, int, number, date, duration, text, state, an enum declared "
            "as `enum NAME { … }`, and `set<ENUM>`")
        .underlines("integer")
        .at(12, 29)
        .code("lex_unknown_type")
        .message("no type or enum is called `dat`")
        .help("did you mean `date`?")
        .underlines("dat")
        .at(12, 49);
}

TEST(UnknownType, MisspeltEnumSuggestsIt) {
    resolving("vocabulary v { fact who : persons  fact whom : set<persn> }\n")
        .code("lex_unknown_type")
        .message("no type or enum is called `persons`")
        .help("did you mean `person`?")
        .underlines("persons")
        .at(12, 27)
        .code("lex_unknown_type")
        .message("no enum is called `persn`")
        .help("did you mean `person`?")
        .underlines("persn")
        .at(12, 52);
}

TEST(UnknownType, SetOfABuiltInType) {
    resolving("vocabulary v { fact counts : set<int> }\n")
        .code("lex_unknown_type")
        .message("a set holds enum values, not `int`")
        .help("write `set<ENUM>` with an enum declared as `enum NAME { … }`")
        .underlines("int")
        .at(12, 34);
}

TEST(UnknownType, UsesOfTheFactAreNotReportedAgain) {
    // The declaration is what to fix; its uses in conditions and tests say nothing more.
    resolving("vocabulary v { fact count : integer }\n" +
              provision("eaeu.p1", "prohibits count > 3") +
              "define d = count\ndefine e = count is known or count in {1} or kind == count\n"
              "test \"t\" { measure { jurisdiction RU count = 4 } expect eaeu.p1 violation }\n")
        .code("lex_unknown_type")
        .underlines("integer")
        .at(12, 29);
}

TEST(UnknownType, EveryBuiltInTypeAndEnumsFromOtherVocabularies) {
    auto p = resolve_clean(
        "vocabulary a {\n  fact b : bool fact i : int fact n : number fact d : date\n"
        "  fact w : duration fact t : text fact s : state fact e : k fact es : set<k>\n}\n"
        "vocabulary z { enum k { x } }\n");
    EXPECT_EQ(p->rules.schema.facts().size(), 4u + 9u);  // built-ins, then these
}

// lex_unknown_enum_value ---------------------------------------------------------------

TEST(UnknownEnumValue, MessageListsTheAllowedValues) {
    resolving("define d = kind == entry_bann\n")
        .code("lex_unknown_enum_value")
        .message(
            "`entry_bann` is not a value of `measure_kind` (allowed: `entry_ban`, "
            "`expulsion`, `labour_quota`)")
        .help("did you mean `entry_ban`?")
        .underlines("entry_bann")
        .at(12, 20);
}

TEST(UnknownEnumValue, AValueOfAnotherEnumSaysWhichEnum) {
    resolving("define d = status == family_member\n")
        .code("lex_unknown_enum_value")
        .message("`family_member` is not a value of `status` (allowed: `eaeu_worker`, `retired`)")
        .help("`family_member` is a value of `person`, but `status` takes values of `status`")
        .underlines("family_member")
        .at(12, 22);
}

TEST(UnknownEnumValue, NothingCloseHasNoHelp) {
    resolving("define d = kind in {entry_ban, deportation}\n")
        .code("lex_unknown_enum_value")
        .message(
            "`deportation` is not a value of `measure_kind` (allowed: `entry_ban`, "
            "`expulsion`, `labour_quota`)")
        .no_help()
        .underlines("deportation")
        .at(12, 32);
}

TEST(UnknownEnumValue, InSetsAndTestMeasures) {
    resolving(provision("eaeu.p1", "prohibits applies_to has any {eaeu_worker, eaeu_workers}") +
              "test \"t\" { measure { jurisdiction RU applies_to = {family_membr} kind = retired }"
              " expect eaeu.p1 violation }\n")
        .code("lex_unknown_enum_value")
        .message(
            "`eaeu_workers` is not a value of `person` (allowed: `eaeu_worker`, "
            "`family_member`)")
        .help("did you mean `eaeu_worker`?")
        .underlines("eaeu_workers")
        .at(12, 90)
        .code("lex_unknown_enum_value")
        .help("did you mean `family_member`?")
        .underlines("family_membr")
        .at(13, 52)
        .code("lex_unknown_enum_value")
        .message(
            "`retired` is not a value of `measure_kind` (allowed: `entry_ban`, `expulsion`, "
            "`labour_quota`)")
        .help("`retired` is a value of `status`, but `kind` takes values of `measure_kind`")
        .underlines("retired")
        .at(13, 73);
}

TEST(UnknownEnumValue, AValueSharedByTwoEnumsIsResolvedByTheComparedFact) {
    auto p =
        resolve_clean(rules("define d = status == eaeu_worker and applies_to has eaeu_worker\n"
                            "define e = eaeu_worker == status\n"));
    const auto& conds = p->rules.conditions;
    const auto& d = conds[p->rules.defines[0].condition];
    // eaeu_worker is value 0 of `status` and value 0 of `person`; both resolve.
    EXPECT_EQ(conds[d.children[0]].rhs_resolved.value->integer, 0);
    EXPECT_EQ(conds[d.children[1]].values_resolved.at(0).integer, 0);
    const auto& e = conds[p->rules.defines[1].condition];
    EXPECT_TRUE(e.lhs_resolved.value.has_value());
    EXPECT_EQ(e.rhs_resolved.fact, *p->rules.schema.find_fact("status"));
}

// Namespaces (LANGUAGE.md §2) ------------------------------------------------------------

TEST(Namespaces, ContextualKeywordsNameFacts) {
    resolve_clean(
        "vocabulary v {\n  enum measure_kind { labour_quota }\n  fact kind : measure_kind\n"
        "  fact text : text\n  fact scope : bool\n  fact party.count : int\n}\n"
        "define d = kind == labour_quota and text == \"x\" and scope and party.count > 1\n");
}

TEST(Namespaces, EnumsFactsAndDefinesAreSeparate) {
    // A fact and an enum may share a name; so may a define and an enum or an enum value.
    auto p = resolve_clean(
        "vocabulary v { enum ground { security } fact ground : set<ground> enum person { x } }\n"
        "define security = ground has security\n"
        "define person = ground is known and security\n");
    const auto& person = p->rules.condition(p->rules.defines[1].condition);
    EXPECT_EQ(p->rules.condition(person.children[1]).path_resolved.define, 0u);
}

// lex_reserved_word --------------------------------------------------------------------

TEST(ReservedWord, FactEnumValueAndDefine) {
    resolving(
        "vocabulary v {\n  enum e { any, x }\n  fact known.by : bool\n  fact has : e\n}\n"
        "define unknown = flag\n")
        .code("lex_reserved_word")
        .message("`any` is reserved in conditions and cannot name an enum value")
        .help("choose another name, e.g. `any_`")
        .underlines("any")
        .at(13, 12)
        .code("lex_reserved_word")
        .message("`known` is reserved in conditions and cannot name a fact")
        .help("choose another name, e.g. `known_`")
        .underlines("known.by")
        .at(14, 8)
        .code("lex_reserved_word")
        .message("`has` is reserved in conditions and cannot name a fact")
        .underlines("has")
        .at(15, 8)
        .code("lex_reserved_word")
        .message("`unknown` is reserved in conditions and cannot name a define")
        .help("choose another name, e.g. `unknown_`")
        .underlines("unknown")
        .at(17, 8);
}

TEST(ReservedWord, EveryReservedWordIsRefusedAsAFact) {
    for (const char* word : {"and", "or", "not", "in", "has", "any", "all", "is", "known",
                             "unknown", "true", "false"}) {
        ExpectDiagnostics("vocabulary v { fact a." + std::string(word) + " : bool }\n", true)
            .code("lex_reserved_word")
            .message("`" + std::string(word) + "` is reserved in conditions and cannot name a fact")
            .underlines("a." + std::string(word))
            .at(1, 21);
    }
}

TEST(ReservedWord, ReservedWordsInsideLongerNamesAndEnumNamesAreFine) {
    // Only whole path segments are reserved; enum names never appear in conditions.
    resolve_clean(
        "vocabulary v {\n  enum all { anyone, known_x }\n  fact android : all\n"
        "  fact is_known.notice : set<all>\n}\n"
        "define order = android == known_x and is_known.notice has anyone\n");
}

}  // namespace
