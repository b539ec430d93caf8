// LANGUAGE.md §2–§3, resolving names: facts and defines in conditions, references between
// declarations (`of`, `exception to`, `see`, `expect`), types and enum values, reserved
// words. Each error is a golden case, tests/golden/resolve/<topic>_<case>/ (its code,
// message, help, labels and underlined text); here, beside them, the nearby correct input
// that resolves clean, errors across files, and every reserved word.
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

/// A provision of `eaeu` with every required clause and `extra` inside
std::string provision(const std::string& id, const std::string& extra) {
    return "provision " + id + " { of eaeu cite \"c\" text \"t\" " + extra + " }\n";
}

TEST(ResolveNames, ThePreludeResolvesClean) {
    resolve_clean(rules(""));
}

// lex_unknown_name ---------------------------------------------------------------------

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

TEST(UnknownType, EveryBuiltInTypeAndEnumsFromOtherVocabularies) {
    auto p = resolve_clean(
        "vocabulary a {\n  fact b : bool fact i : int fact n : number fact d : date\n"
        "  fact w : duration fact t : text fact s : state fact e : k fact es : set<k>\n}\n"
        "vocabulary z { enum k { x } }\n");
    EXPECT_EQ(p->rules.schema.facts().size(), 4u + 9u);  // built-ins, then these
}

// lex_unknown_enum_value ---------------------------------------------------------------

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
