// LANGUAGE.md §2 and §5.5, the structure of a rule set: one id per declaration, parties and
// their periods, required clauses, cycles between defines and between exceptions, and what
// a test may expect. The errors are golden cases, tests/golden/resolve/<topic>_<case>/;
// here: the correct input that resolves clean, errors across files, generated inputs (a
// long cycle; a million-long define chain resolves without native recursion) and what the
// resolver builds.
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

/// A provision of `eaeu` with every required clause and `extra` inside
std::string provision(const std::string& id, const std::string& extra) {
    return "provision " + id + " { of eaeu cite \"c\" text \"t\" " + extra + " }\n";
}

// lex_duplicate_id ---------------------------------------------------------------------

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

TEST(Parties, ValidPartiesResolve) {
    resolve_clean(
        "instrument eaeu \"T\" {\n  kind treaty origin regional\n  party RU from 2015-01-01\n"
        "  party KG from 2015-08-06 until 2015-08-07\n  party UZ observer\n}\n"
        "instrument other \"O\" { kind convention origin universal party RU from 2000-01-01 }\n");
}

// lex_missing_clause -------------------------------------------------------------------

TEST(MissingClause, CompleteDeclarationsResolve) {
    resolve_clean(kRules + provision("eaeu.p1", "requires flag") +
                  provision("eaeu.p2", "exception to eaeu.p1 when who == worker") +
                  "test \"t\" { measure { jurisdiction RU } expect eaeu.p1 undetermined }\n");
}

// lex_define_cycle ---------------------------------------------------------------------

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

TEST(ExpectException, ExpectingTheProvisionItselfIsFine) {
    resolve_clean(
        kRules + provision("eaeu.p1", "prohibits flag") +
        provision("eaeu.p2", "exception to eaeu.p1 when who == worker") +
        "test \"t\" { measure { jurisdiction RU who = worker } expect eaeu.p1 compliant }\n");
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
