// LANGUAGE.md §2 and §5.5, the structure of a rule set: one id per declaration, parties and
// their periods, required clauses, cycles between defines and between exceptions, and what
// a test may expect. Also: every error of a file is reported, and a million-long define
// chain resolves without native recursion.
#include "diagnostic_matchers.hpp"

#include <gtest/gtest.h>

namespace {

using lexcheck::core::kNone;
using lexcheck::testing::ExpectDiagnostics;
using lexcheck::testing::parse_lex;
using lexcheck::testing::resolve_clean;

/// Lines 1–2; the text under test starts on line 3
const std::string kRules =
    "instrument eaeu \"Treaty\" { kind treaty origin regional }\n"
    "vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }\n";

ExpectDiagnostics resolving(const std::string& rest) {
    return ExpectDiagnostics(kRules + rest, true);
}

/// A provision of `eaeu` with every required clause and `extra` inside
std::string provision(const std::string& id, const std::string& extra) {
    return "provision " + id + " { of eaeu cite \"c\" text \"t\" " + extra + " }\n";
}

// lex_duplicate_id ---------------------------------------------------------------------

TEST(DuplicateId, Provision) {
    resolving(provision("eaeu.p1", "prohibits flag") + provision("eaeu.p1", "requires flag"))
        .code("lex_duplicate_id")
        .message("provision `eaeu.p1` is declared twice")
        .help("rename one of them")
        .label("first declared here", "eaeu.p1", 3, 11)
        .underlines("eaeu.p1")
        .at(4, 11);
}

TEST(DuplicateId, Instrument) {
    resolving("instrument eaeu \"Again\" { kind protocol origin universal }\n")
        .code("lex_duplicate_id")
        .message("instrument `eaeu` is declared twice")
        .help("rename one of them")
        .label("first declared here", "eaeu", 1, 12)
        .underlines("eaeu")
        .at(3, 12);
}

TEST(DuplicateId, FactAcrossVocabularies) {
    resolving("vocabulary other { fact flag : int }\n")
        .code("lex_duplicate_id")
        .message("fact `flag` is declared twice")
        .help("rename one of them")
        .label("first declared here", "flag", 2, 60)
        .underlines("flag")
        .at(3, 25);
}

TEST(DuplicateId, BuiltInFact) {
    resolving("vocabulary other { fact jurisdiction : state fact in_force : date }\n")
        .code("lex_duplicate_id")
        .message("`jurisdiction` is a built-in fact of every measure")
        .help("use it without declaring it")
        .underlines("jurisdiction")
        .at(3, 25)
        .code("lex_duplicate_id")
        .message("`in_force` is a built-in fact of every measure")
        .underlines("in_force")
        .at(3, 51);
}

TEST(DuplicateId, EnumAcrossVocabularies) {
    resolving("vocabulary other { enum person { anyone } }\n")
        .code("lex_duplicate_id")
        .message("enum `person` is declared twice")
        .help("rename one of them")
        .label("first declared here", "person", 2, 29)
        .underlines("person")
        .at(3, 25);
}

TEST(DuplicateId, EnumValueTwiceInOneEnum) {
    resolving("vocabulary other { enum ground { order, health, order } }\n")
        .code("lex_duplicate_id")
        .message("`order` is listed twice in enum `ground`")
        .help("remove one of them")
        .underlines("order")
        .at(3, 49);
}

TEST(DuplicateId, Define) {
    resolving("define d = flag\ndefine d = not flag\n")
        .code("lex_duplicate_id")
        .message("define `d` is declared twice")
        .help("rename one of them")
        .label("first declared here", "d", 3, 8)
        .underlines("d")
        .at(4, 8);
}

TEST(DuplicateId, DefineWithTheNameOfAFact) {
    resolving("define flag = who == worker\n")
        .code("lex_duplicate_id")
        .message("define `flag` has the name of a fact")
        .help("rename the define")
        .label("first declared here", "flag", 2, 60)
        .underlines("flag")
        .at(3, 8);
}

TEST(DuplicateId, TestName) {
    const std::string test =
        "test \"quota\" { measure { jurisdiction RU } expect eaeu.p1 violation }\n";
    resolving(provision("eaeu.p1", "prohibits flag") + test + "\n" + test)
        .code("lex_duplicate_id")
        .message("test \"quota\" is declared twice")
        .help("rename one of them: test names tell the results of `lexcheck test` apart")
        .label("first declared here", "\"quota\"", 4, 6)
        .underlines("\"quota\"")
        .at(6, 6);
}

TEST(DuplicateId, TheSameNameInDifferentKindsOfDeclarationIsFine) {
    // Instruments, provisions, enums, facts, defines and tests each have their own ids;
    // only a define may not take a fact's name.
    resolve_clean(
        "instrument x \"X\" { kind treaty origin regional }\n"
        "vocabulary x { enum x { x } fact x.y : x }\n"
        "define x = x.y == x\n"
        "provision x { of x cite \"c\" text \"t\" prohibits x }\n"
        "test \"x\" { measure { jurisdiction RU x.y = x } expect x violation }\n");
}

TEST(DuplicateId, AcrossFilesTheLabelPointsIntoTheFirstFile) {
    ExpectDiagnostics({{"a.lex", kRules + provision("eaeu.p1", "prohibits flag")},
                       {"b.lex", provision("eaeu.p1", "prohibits flag")}},
                      true)
        .code("lex_duplicate_id")
        .in_file("b.lex")
        .label("first declared here", "eaeu.p1", 3, 11)
        .underlines("eaeu.p1")
        .at(1, 11);
}

// Parties ------------------------------------------------------------------------------

TEST(Parties, AStateListedTwice) {
    ExpectDiagnostics(
        "instrument eaeu \"T\" {\n  kind treaty origin regional\n  party RU from 2015-01-01\n"
        "  party KZ from 2015-01-01\n  party RU observer\n}\n",
        true)
        .code("lex_duplicate_party")
        .message("`RU` is listed twice as a party of `eaeu`")
        .help("keep one `party` line per state")
        .label("first declared here", "RU", 3, 9)
        .underlines("RU")
        .at(5, 9);
}

TEST(Parties, StateCodesAreTwoCapitals) {
    ExpectDiagnostics(
        "instrument eaeu \"T\" {\n  kind treaty origin regional\n  party Ru from 2015-01-01\n"
        "  party RUS\n}\n",
        true)
        .code("lex_invalid_state")
        .message("`Ru` is not a state code")
        .help("write an ISO 3166-1 alpha-2 code in capitals, e.g. `RU`")
        .underlines("Ru")
        .at(3, 9)
        .code("lex_invalid_state")
        .message("`RUS` is not a state code")
        .underlines("RUS")
        .at(4, 9);
}

TEST(Parties, UntilMustComeAfterFrom) {
    ExpectDiagnostics(
        "instrument eaeu \"T\" {\n  kind treaty origin regional\n"
        "  party KG from 2015-08-06 until 2015-08-06\n  party AM from 2016-01-01 until "
        "2015-01-01\n}\n",
        true)
        .code("lex_invalid_period")
        .message("party `KG` is bound until a date that is not after its `from` date")
        .help("`until` is the first day the state is no longer bound; it must come after `from`")
        .underlines("party KG from 2015-08-06 until 2015-08-06")
        .at(3, 3)
        .code("lex_invalid_period")
        .message("party `AM` is bound until a date that is not after its `from` date")
        .underlines("party AM from 2016-01-01 until 2015-01-01")
        .at(4, 3);
}

TEST(Parties, ValidPartiesResolve) {
    resolve_clean(
        "instrument eaeu \"T\" {\n  kind treaty origin regional\n  party RU from 2015-01-01\n"
        "  party KG from 2015-08-06 until 2015-08-07\n  party UZ observer\n}\n"
        "instrument other \"O\" { kind convention origin universal party RU from 2000-01-01 }\n");
}

TEST(Parties, StateCodesAreAssignedIsoCodes) {
    // `UK` and `SU` look like codes but are not assigned (the United Kingdom is `GB`); EU and
    // ISO's user-assigned codes (AA, QM–QZ, XA–XZ, ZZ) are accepted.
    ExpectDiagnostics(
        "instrument eaeu \"T\" {\n  kind treaty origin regional\n  party UK from 2015-01-01\n"
        "  party SU\n  party EU from 2015-01-01\n  party XK from 2015-01-01\n  party AA\n}\n",
        true)
        .code("lex_invalid_state")
        .message("`UK` is not a state code")
        .underlines("UK")
        .at(3, 9)
        .code("lex_invalid_state")
        .message("`SU` is not a state code")
        .underlines("SU")
        .at(4, 9);
}

TEST(TestJurisdiction, IsAStateCode) {
    resolving(provision("eaeu.p1", "prohibits flag") +
              "test \"t\" { measure { jurisdiction Russia } expect eaeu.p1 violation }\n")
        .code("lex_invalid_state")
        .message("`Russia` is not a state code")
        .help("write an ISO 3166-1 alpha-2 code in capitals, e.g. `RU`")
        .underlines("Russia")
        .at(4, 35);
}

// lex_missing_clause -------------------------------------------------------------------

TEST(MissingClause, InstrumentKindAndOrigin) {
    ExpectDiagnostics("instrument eaeu \"T\" {\n  party RU from 2015-01-01\n}\n", true)
        .code("lex_missing_clause")
        .message("instrument `eaeu` has no `kind`")
        .help(
            "add e.g. `kind treaty` (treaty, convention, agreement, protocol, national_law or "
            "soft_law)")
        .underlines("eaeu")
        .at(1, 12)
        .code("lex_missing_clause")
        .message("instrument `eaeu` has no `origin`")
        .help("add e.g. `origin regional` (regional, universal or external)")
        .underlines("eaeu")
        .at(1, 12);
}

TEST(MissingClause, ProvisionOf) {
    resolving("provision eaeu.p1 { cite \"c\" text \"t\" prohibits flag }\n")
        .code("lex_missing_clause")
        .message("provision `eaeu.p1` has no `of`")
        .help("name its instrument, e.g. `of eaeu_treaty`")
        .underlines("eaeu.p1")
        .at(3, 11);
}

TEST(MissingClause, ProvisionCiteAndText) {
    resolving("provision eaeu.p1 {\n  of eaeu\n  prohibits flag\n}\n")
        .code("lex_missing_clause")
        .message("provision `eaeu.p1` has no `cite`")
        .help("add the article it quotes, e.g. `cite \"Article 97(2)\"`")
        .underlines("eaeu.p1")
        .at(3, 11)
        .code("lex_missing_clause")
        .message("provision `eaeu.p1` has no `text`")
        .help("quote the provision's wording, e.g. `text \"…\"`")
        .underlines("eaeu.p1")
        .at(3, 11);
}

TEST(MissingClause, ProvisionNorm) {
    resolving(provision("eaeu.p1", "unless flag"))
        .code("lex_missing_clause")
        .message("provision `eaeu.p1` has no norm")
        .help(
            "add one of `prohibits COND`, `requires COND`, or `exception to PROVISION` with "
            "`when COND`")
        .underlines("eaeu.p1")
        .at(3, 11);
}

TEST(MissingClause, ExceptionWithoutWhen) {
    resolving(provision("eaeu.p1", "prohibits flag") + provision("eaeu.p2", "exception to eaeu.p1"))
        .code("lex_missing_clause")
        .message("provision `eaeu.p2` has no `when`")
        .help("an exception needs `when COND`: the condition under which it holds")
        .underlines("eaeu.p2")
        .at(4, 11);
}

TEST(MissingClause, WhenWithoutExceptionTo) {
    resolving(provision("eaeu.p1", "when flag"))
        .code("lex_missing_clause")
        .message("provision `eaeu.p1` has no `exception to`")
        .help(
            "`when` belongs to an exception: name the provision it is an exception to, e.g. "
            "`exception to eaeu_treaty.art97.p1`")
        .underlines("eaeu.p1")
        .at(3, 11);
}

TEST(MissingClause, EveryProvisionClauseMissingAtOnce) {
    // Sorted by position, then code, then message.
    resolving("provision eaeu.p1 { }\n")
        .code("lex_missing_clause")
        .message("provision `eaeu.p1` has no `cite`")
        .at(3, 11)
        .code("lex_missing_clause")
        .message("provision `eaeu.p1` has no `of`")
        .at(3, 11)
        .code("lex_missing_clause")
        .message("provision `eaeu.p1` has no `text`")
        .at(3, 11)
        .code("lex_missing_clause")
        .message("provision `eaeu.p1` has no norm")
        .at(3, 11);
}

TEST(MissingClause, TestJurisdictionAndExpect) {
    resolving("test \"quota\" {\n  measure { flag = true }\n}\n")
        .code("lex_missing_clause")
        .message("test \"quota\" expects nothing")
        .help("add e.g. `expect eaeu_treaty.art97.p2 violation`")
        .underlines("\"quota\"")
        .at(3, 6)
        .code("lex_missing_clause")
        .message("the test's measure has no `jurisdiction`")
        .help("add e.g. `jurisdiction RU`")
        .underlines("measure")
        .at(4, 3);
}

TEST(MissingClause, TestNameAfterACommentIsUnderlined) {
    resolving("test /* \"no\" */ \"a \\\"quoted\\\" name\" { measure { jurisdiction RU } }\n")
        .code("lex_missing_clause")
        .message("test \"a \"quoted\" name\" expects nothing")
        .underlines("\"a \\\"quoted\\\" name\"")
        .at(3, 17);
}

TEST(MissingClause, CompleteDeclarationsResolve) {
    resolve_clean(kRules + provision("eaeu.p1", "requires flag") +
                  provision("eaeu.p2", "exception to eaeu.p1 when who == worker") +
                  "test \"t\" { measure { jurisdiction RU } expect eaeu.p1 undetermined }\n");
}

// lex_duplicate_clause (test measures) -------------------------------------------------

TEST(DuplicateClause, AFactGivenTwiceInATestMeasure) {
    resolving(provision("eaeu.p1", "prohibits flag") +
              "test \"t\" { measure { jurisdiction RU flag = true who = worker flag = false } "
              "expect eaeu.p1 violation }\n")
        .code("lex_duplicate_clause")
        .message("`flag` is given twice")
        .help("keep one value per fact")
        .underlines("flag")
        .at(4, 63);
}

// lex_define_cycle ---------------------------------------------------------------------

TEST(DefineCycle, SelfCycle) {
    resolving("define d = flag and not d\n")
        .code("lex_define_cycle")
        .message("define `d` refers to itself: `d` -> `d`")
        .help("a define must not depend on itself; break the cycle")
        .underlines("d")
        .at(3, 8);
}

TEST(DefineCycle, TwoCycleIsReportedOnce) {
    resolving("define a = b or flag\ndefine b = (a)\n")
        .code("lex_define_cycle")
        .message("define `a` refers to itself: `a` -> `b` -> `a`")
        .underlines("a")
        .at(3, 8);
}

TEST(DefineCycle, LongCycleThroughUnusedBranches) {
    resolving(
        "define a = flag or b\ndefine b = c and d\ndefine c = flag\ndefine d = not e\n"
        "define e = who == worker or a\ndefine f = a\n")
        .code("lex_define_cycle")
        .message("define `a` refers to itself: `a` -> `b` -> `d` -> `e` -> `a`")
        .underlines("a")
        .at(3, 8);
}

TEST(DefineCycle, TwoSeparateCyclesAreBothReported) {
    resolving("define a = b\ndefine b = a\ndefine c = d\ndefine d = c\n")
        .code("lex_define_cycle")
        .message("define `a` refers to itself: `a` -> `b` -> `a`")
        .at(3, 8)
        .code("lex_define_cycle")
        .message("define `c` refers to itself: `c` -> `d` -> `c`")
        .at(5, 8);
}

TEST(DefineCycle, SharedDefinesAreNoCycle) {
    // A diamond: `top` reaches `base` twice, which is fine.
    resolve_clean(kRules +
                  "define top = left and right\ndefine left = base\ndefine right = not base\n"
                  "define base = flag\n");
}

TEST(DefineCycle, AVeryLongCycleHasAShortMessage) {
    const int n = 1000;
    std::string src = kRules;
    for (int i = 0; i < n; ++i) {
        src += "define d" + std::to_string(i) + " = d" + std::to_string((i + 1) % n) + "\n";
    }
    ExpectDiagnostics(std::move(src), true)
        .code("lex_define_cycle")
        .message(
            "define `d0` refers to itself: `d0` -> `d1` -> `d2` -> `d3` -> … -> `d997` -> "
            "`d998` -> `d999` -> `d0` (1000 defines)")
        .underlines("d0")
        .at(3, 8);
}

// lex_exception_cycle ------------------------------------------------------------------

TEST(ExceptionCycle, ExceptionToItself) {
    resolving(provision("eaeu.p1", "exception to eaeu.p1 when flag"))
        .code("lex_exception_cycle")
        .message("provision `eaeu.p1` is an exception to itself")
        .help("name the provision it is an exception to")
        .underlines("eaeu.p1")
        .at(3, 60);
}

TEST(ExceptionCycle, TwoExceptionsToEachOther) {
    resolving(provision("eaeu.a", "exception to eaeu.b when flag") +
              provision("eaeu.b", "exception to eaeu.a when flag"))
        .code("lex_exception_cycle")
        .message("exceptions form a cycle: `eaeu.a` -> `eaeu.b` -> `eaeu.a`")
        .help("an exception must not, through others, be an exception to itself")
        .underlines("eaeu.b")
        .at(3, 59);
}

TEST(ExceptionCycle, ThreeExceptionsInACircle) {
    auto p =
        lexcheck::testing::parse_lex(kRules + provision("eaeu.a", "exception to eaeu.c when flag") +
                                         provision("eaeu.b", "exception to eaeu.a when flag") +
                                         provision("eaeu.c", "exception to eaeu.b when flag"),
                                     true);
    ASSERT_EQ(p->diagnostics.size(), 1u) << p->rendered();
    EXPECT_EQ(p->diagnostics[0].code, "lex_exception_cycle");
    EXPECT_EQ(p->diagnostics[0].message,
              "exceptions form a cycle: `eaeu.a` -> `eaeu.c` -> `eaeu.b` -> `eaeu.a`");
    // The cycle is broken so that the checker terminates.
    for (const auto& prov : p->rules.provisions) {
        std::uint32_t at = prov.exception_target;
        for (int steps = 0; at != kNone && steps < 4; ++steps)
            at = p->rules.provisions[at].exception_target;
        EXPECT_EQ(at, kNone) << prov.id.text;
    }
}

TEST(ExceptionCycle, ExceptionsToExceptionsAreFine) {
    auto p = resolve_clean(kRules + provision("eaeu.p1", "prohibits flag") +
                           provision("eaeu.p2", "exception to eaeu.p1 when flag") +
                           provision("eaeu.p3", "exception to eaeu.p2 when who == worker") +
                           provision("eaeu.p0", "exception to eaeu.p1 when who == family"));
    // Each provision's exceptions, in id order (LANGUAGE.md §5.5).
    EXPECT_EQ(p->rules.provisions[0].exceptions, (std::vector<std::uint32_t>{3, 1}));
    EXPECT_EQ(p->rules.provisions[1].exceptions, std::vector<std::uint32_t>{2});
}

// lex_expect_exception -----------------------------------------------------------------

TEST(ExpectException, ATestExpectsAnOutcomeOfAnException) {
    resolving(provision("eaeu.p1", "prohibits flag") +
              provision("eaeu.p2", "exception to eaeu.p1 when who == worker") +
              "test \"t\" {\n  measure { jurisdiction RU }\n  expect eaeu.p2 compliant\n}\n")
        .code("lex_expect_exception")
        .message(
            "`eaeu.p2` is an exception; outcomes belong to the provision it is an exception to")
        .help("expect `eaeu.p1` instead")
        .underlines("eaeu.p2")
        .at(7, 10);
}

TEST(ExpectException, AnExceptionToAnExceptionPointsToTheProvision) {
    resolving(provision("eaeu.p1", "prohibits flag") +
              provision("eaeu.p2", "exception to eaeu.p1 when who == worker") +
              provision("eaeu.p3", "exception to eaeu.p2 when flag") +
              "test \"t\" { measure { jurisdiction RU } expect eaeu.p3 compliant }\n")
        .code("lex_expect_exception")
        .help("expect `eaeu.p1` instead")
        .underlines("eaeu.p3")
        .at(6, 47);
}

TEST(ExpectException, AnExceptionToNothingHasNoHelp) {
    resolving(provision("eaeu.p2", "exception to eaeu.p9 when flag") +
              "test \"t\" { measure { jurisdiction RU } expect eaeu.p2 compliant }\n")
        .code("lex_unknown_ref")
        .underlines("eaeu.p9")
        .code("lex_expect_exception")
        .no_help()
        .underlines("eaeu.p2")
        .at(4, 47);
}

TEST(ExpectException, ExpectingTheProvisionItselfIsFine) {
    resolve_clean(
        kRules + provision("eaeu.p1", "prohibits flag") +
        provision("eaeu.p2", "exception to eaeu.p1 when who == worker") +
        "test \"t\" { measure { jurisdiction RU who = worker } expect eaeu.p1 compliant }\n");
}

// All errors of a file -----------------------------------------------------------------

TEST(AllErrors, EveryErrorOfAFileIsReportedInOrder) {
    ExpectDiagnostics(
        "instrument eaeu \"T\" { kind treaty party RU party RU }\n"
        "vocabulary v { fact flag : bool fact n : int fact due : dat }\n"
        "define d = flagg or n > 3y\n"
        "define d = e\n"
        "define e = e\n"
        "provision eaeu.p1 { of eaeu cite \"c\" prohibits d see eaeu.p9 }\n"
        "test \"t\" { measure { jurisdiction RU n = \"3\" } expect eaeu.p2 violation }\n",
        true)
        .code("lex_missing_clause")
        .message("instrument `eaeu` has no `origin`")
        .at(1, 12)
        .code("lex_duplicate_party")
        .underlines("RU")
        .at(1, 50)
        .code("lex_unknown_type")
        .underlines("dat")
        .at(2, 57)
        .code("lex_unknown_name")
        .underlines("flagg")
        .at(3, 12)
        .code("lex_type_mismatch")
        .underlines("3y")
        .at(3, 25)
        .code("lex_duplicate_id")
        .message("define `d` is declared twice")
        .at(4, 8)
        .code("lex_define_cycle")
        .message("define `e` refers to itself: `e` -> `e`")
        .at(5, 8)
        .code("lex_missing_clause")
        .message("provision `eaeu.p1` has no `text`")
        .at(6, 11)
        .code("lex_unknown_ref")
        .underlines("eaeu.p9")
        .at(6, 54)
        .code("lex_type_mismatch")
        .underlines("\"3\"")
        .at(7, 42)
        .code("lex_unknown_ref")
        .underlines("eaeu.p2")
        .at(7, 55);
}

// A million defines --------------------------------------------------------------------

TEST(DefineChain, MillionDefinesResolve) {
    const int n = 1000000;
    std::string src = "vocabulary v { fact flag : bool }\n";
    src.reserve(static_cast<std::size_t>(n) * 24);
    for (int i = 0; i + 1 < n; ++i) {
        src += "define d" + std::to_string(i) + " = d" + std::to_string(i + 1) + "\n";
    }
    src += "define d" + std::to_string(n - 1) + " = flag\n";
    auto p = parse_lex(std::move(src), true);
    EXPECT_TRUE(p->diagnostics.empty()) << p->diagnostics.size();
    ASSERT_EQ(p->rules.defines.size(), static_cast<std::size_t>(n));
    const auto& first = p->rules.condition(p->rules.defines[0].condition);
    EXPECT_EQ(first.path_resolved.define, 1u);
}

TEST(DefineChain, MillionDefinesInACycleAreOneError) {
    const int n = 1000000;
    std::string src;
    src.reserve(static_cast<std::size_t>(n) * 24);
    for (int i = 0; i < n; ++i) {
        src += "define d" + std::to_string(i) + " = d" + std::to_string((i + 1) % n) + "\n";
    }
    auto p = parse_lex(std::move(src), true);
    ASSERT_EQ(p->diagnostics.size(), 1u);
    EXPECT_EQ(p->diagnostics[0].code, "lex_define_cycle");
    EXPECT_LT(p->diagnostics[0].message.size(), 200u);
}

}  // namespace
