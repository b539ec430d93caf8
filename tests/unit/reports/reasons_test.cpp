// Reasons in words (LANGUAGE.md §13): which steps the checker's tracing path finds decisive,
// for every kind of condition node and for unknowns, and how the reports word them, compared
// with sentences written out by hand.
#include "lexcheck/reports/reasons.hpp"

#include "chunk_writer.hpp"
#include "json_text.hpp"
#include "reasons_json.hpp"
#include "temp_dir.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

namespace lexcheck {
namespace {

using Sentences = std::vector<std::string>;

constexpr const char* kRules = R"lex(
instrument t "T" { kind treaty origin regional in_force 2000-01-01 party RU from 2000-01-01 }
instrument u "U" { kind convention origin universal in_force 2000-01-01 party KZ from 2000-01-01 }
vocabulary v {
  enum kind { ban "an entry ban", quota "a labour quota", pension }
  enum person { worker "workers", family "family members", other "others" }
  fact kind : kind "What it does" as "the measure is"
  fact applies_to : set<person> as "the measure governs"
  fact assessed : bool "Assessment" as "the authority assesses the person"
  fact lawful : bool as "the measure is laid down in law"
  fact plain : bool "A fact without words for reasons"
  fact days : duration as "the ban lasts"
  fact count : int as "the number of offences is"
  fact since : date as "the measure applies from"
  fact who : text as "the decision is taken by"
  fact to : state as "the person is removed to"
  fact note : text
}
define covers "the measure covers workers" else "the measure leaves workers alone" =
  applies_to has worker
define covers_family "the measure covers family members" = applies_to has family
define worker_assessed = applies_to has worker and assessed
)lex";

/// One measure decided against one provision of kRules plus `provisions`, on 2020-01-01,
/// and its reasons in plain words
struct Decided {
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    core::Finding finding;

    /// `keys`: more keys of the measure than its id, jurisdiction and facts
    Decided(const std::string& provisions, const std::string& facts, const std::string& keys = "") {
        testing::TempDir dir("reasons");
        dir.write("r.lex", std::string(kRules) + provisions);
        dir.write("m.yaml",
                  "measures:\n  - {id: m, jurisdiction: RU, " + keys + "facts: {" + facts + "}}\n");
        core::DiagnosticSink sink;
        parser::load_rule_set({dir.str() + "/r.lex"}, sources, rules, sink);
        if (!sink.has_errors())
            parser::load_corpus({dir.str() + "/m.yaml"}, rules.schema, sources, corpus, sink, 1);
        for (const auto& d : sink.sorted(sources)) ADD_FAILURE() << d.message;
        if (sink.has_errors()) return;
        finding =
            checker::decide_one(rules, sources, corpus.measures[0], 0, *rules.find_provision("t.p"),
                                *core::parse_date("2020-01-01"));
    }

    Sentences reasons(const core::Reasons& r) const {
        const reports::ReasonContext at{sources, rules, corpus.measures[0],
                                        *core::parse_date("2020-01-01")};
        Sentences said = reports::reason_texts(at, r);
        // The JSON report phrases the same sentences straight into its buffer, escaping the
        // pieces as they come: it must write what quoting the finished sentences writes.
        EXPECT_EQ(json(at, r), quoted(said)) << "the JSON report's \"reasons\"";
        return said;
    }
    Sentences reasons() const { return reasons(finding.reasons); }

    static std::string json(const reports::ReasonContext& at, const core::Reasons& r) {
        std::string out = "\"reasons\": ";  // written after what the buffer holds
        reports::detail::SentenceScratch said;
        reports::detail::MadeContext made(at);
        {
            reports::detail::ChunkWriter writer(out);
            reports::detail::append_reasons_json(writer, made, r, "      ", said);
        }
        // A cache of the sentences that read no measure: the same bytes when it is filled
        // and when it is read
        reports::detail::SentenceCache cache;
        for (const char* pass : {"filling the cache", "from the cache"}) {
            std::string cached = "\"reasons\": ";
            {
                reports::detail::ChunkWriter writer(cached);
                reports::detail::append_reasons_json(writer, made, r, "      ", said, &cache);
            }
            EXPECT_EQ(cached, out) << pass;
        }
        return out;
    }
    static std::string quoted(const Sentences& sentences) {
        std::string out = "\"reasons\": [";
        for (std::size_t i = 0; i < sentences.size(); ++i)
            out += (i ? ",\n        " : "\n        ") + reports::detail::json_quote(sentences[i]);
        return out + (sentences.empty() ? "]" : "\n      ]");
    }
};

/// A provision t.p with the condition as its norm (after a scope that holds)
std::string prohibits(const std::string& condition) {
    return "provision t.p { of t cite \"Art 1\" text \"x\" prohibits " + condition + " }\n";
}

/// The norm sentence with its reasons: "The measure falls under the prohibition in Art 1: …."
std::string falls(const std::string& reasons) {
    return "The measure falls under the prohibition in Art 1: " + reasons + ".";
}
std::string not_falls(const std::string& reasons) {
    return "The measure does not fall under the prohibition in Art 1: " + reasons + ".";
}
std::string unknown_falls(const std::string& reasons) {
    return "Whether the measure falls under the prohibition in Art 1 is not known: " + reasons +
           ".";
}

TEST(Reasons, FalseAndGivesItsFirstFalseOperand) {
    Decided d(prohibits("assessed and kind == ban and count > 2"),
              "assessed: true, kind: quota, count: 1");
    EXPECT_EQ(d.reasons(), Sentences{not_falls("the measure is a labour quota")});
}

TEST(Reasons, TrueAndGivesEveryOperand) {
    Decided d(prohibits("assessed and kind == ban and count > 2"),
              "assessed: true, kind: ban, count: 3");
    EXPECT_EQ(d.reasons(), Sentences{falls("the authority assesses the person; the measure is an "
                                           "entry ban; the number of offences is 3, more than 2")});
}

TEST(Reasons, TrueOrGivesItsFirstTrueOperand) {
    Decided d(prohibits("assessed or kind == ban or lawful"),
              "assessed: false, kind: ban, lawful: true");
    EXPECT_EQ(d.reasons(), Sentences{falls("the measure is an entry ban")});
}

TEST(Reasons, FalseOrGivesEveryOperand) {
    Decided d(prohibits("assessed or kind == ban"), "assessed: false, kind: quota");
    EXPECT_EQ(d.reasons(),
              Sentences{not_falls("it is not the case that the authority assesses the person; "
                                  "the measure is a labour quota")});
}

TEST(Reasons, NotStatesItsOperandsReasons) {
    Decided d(prohibits("not (assessed or lawful)"), "assessed: false, lawful: true");
    EXPECT_EQ(d.reasons(), Sentences{not_falls("the measure is laid down in law")})
        << "the `or` is true through its first true operand; the `not` makes it false";
}

TEST(Reasons, UnknownNodesKeepTheirUnknownOperands) {
    Decided a(prohibits("assessed and kind == ban"), "kind: ban");
    EXPECT_EQ(
        a.reasons(),
        Sentences{unknown_falls("it is not known whether the authority assesses the person")});
    Decided o(prohibits("assessed or kind == ban or count > 2"), "kind: quota");
    EXPECT_EQ(o.reasons(),
              Sentences{unknown_falls("it is not known whether the authority assesses the "
                                      "person; it is not known whether the number of offences is "
                                      "more than 2")});
    Decided n(prohibits("not (kind in {ban, quota})"), "assessed: true");
    EXPECT_EQ(n.reasons(), Sentences{unknown_falls(
                               "it is not known whether the measure is an entry ban or a labour "
                               "quota")});
}

TEST(Reasons, FalseAndWithAnUnknownOperandIsDecidedByTheFalseOne) {
    Decided d(prohibits("assessed and kind == ban"), "kind: quota");
    EXPECT_EQ(d.reasons(), Sentences{not_falls("the measure is a labour quota")});
}

TEST(Reasons, ALabelledDefineIsOneReason) {
    Decided yes(prohibits("covers and assessed"), "applies_to: [worker], assessed: true");
    EXPECT_EQ(yes.reasons(), Sentences{falls("the measure covers workers; the authority assesses "
                                             "the person")});
    Decided no(prohibits("covers"), "applies_to: [other]");
    EXPECT_EQ(no.reasons(), Sentences{not_falls("the measure leaves workers alone")})
        << "`else` words the define false";
    Decided no_else(prohibits("covers_family"), "applies_to: [other]");
    EXPECT_EQ(no_else.reasons(),
              Sentences{not_falls("it is not the case that the measure covers family members")});
    Decided unknown(prohibits("covers"), "assessed: true");
    EXPECT_EQ(unknown.reasons(),
              Sentences{unknown_falls("it is not known whether the measure covers workers")});
}

TEST(Reasons, ADefineWithoutALabelIsExpandedAndSaidOnce) {
    Decided d(prohibits("worker_assessed and (worker_assessed or lawful)"),
              "applies_to: [worker], assessed: true, lawful: false");
    EXPECT_EQ(d.reasons(),
              Sentences{falls("the measure governs workers; the authority assesses the person")})
        << "its second use is explained by the first expansion, and not repeated";
}

TEST(Reasons, SharedDefinesAreExplainedInLinearTime) {
    // d_n = d_{n-1} and d_{n-1}: a full walk meets 2^40 uses of d0, each explained by the one
    // expansion of the trace, once.
    std::string defines = "define d0 = assessed and lawful\n";
    for (int i = 1; i <= 40; ++i) {
        defines += "define d" + std::to_string(i) + " = d" + std::to_string(i - 1) + " and d" +
                   std::to_string(i - 1) + "\n";
    }
    Decided d(defines + prohibits("d40"), "assessed: true");
    EXPECT_EQ(d.reasons(),
              Sentences{unknown_falls("it is not known whether the measure is laid down in law")});
}

TEST(Reasons, WithoutWordsTheConditionIsQuoted) {
    Decided fact(prohibits("plain"), "plain: true");
    EXPECT_EQ(fact.reasons(), Sentences{falls("`plain` holds")});
    Decided value(prohibits("kind == ban"), "kind: pension");
    EXPECT_EQ(value.reasons(), Sentences{not_falls("`kind == ban` does not hold")})
        << "the measure's value has no label";
    Decided unknown(prohibits("plain or\n  plain"), "kind: ban");
    EXPECT_EQ(unknown.reasons(), Sentences{unknown_falls("`plain` is not known")});
}

// The JSON report keeps the sentences that read nothing of the measure (reasons_json.hpp): a
// sentence that states a measure's value is phrased for each measure, one that quotes its
// condition is kept and copied.
TEST(Reasons, TheJsonReportKeepsOnlySentencesThatReadNoMeasure) {
    auto json = [](const Decided& d, reports::detail::SentenceCache& cache) {
        const reports::ReasonContext at{d.sources, d.rules, d.corpus.measures[0],
                                        *core::parse_date("2020-01-01")};
        std::string out;
        reports::detail::SentenceScratch said;
        reports::detail::MadeContext made(at);
        reports::detail::ChunkWriter writer(out);
        reports::detail::append_reasons_json(writer, made, d.finding.reasons, "", said, &cache);
        writer.pause();
        return out;
    };
    Decided five(prohibits("days > 3y"), "days: 5y");
    Decided four(prohibits("days > 3y"), "days: 4y");
    ASSERT_EQ(five.finding.reasons.parts.size(), 1u);
    reports::detail::SentenceCache cache;
    EXPECT_NE(json(five, cache).find("5 years"), std::string::npos);
    EXPECT_EQ(cache.find(five.finding.reasons, five.finding.reasons.parts[0]), nullptr)
        << "a sentence that read the measure is not kept";
    EXPECT_NE(json(four, cache).find("4 years, more than 3 years"), std::string::npos)
        << "the same part and steps, another measure: phrased again";

    Decided quoted(prohibits("plain"), "plain: true");
    reports::detail::SentenceCache kept;
    const std::string first = json(quoted, kept);
    const std::string* text = kept.find(quoted.finding.reasons, quoted.finding.reasons.parts[0]);
    ASSERT_NE(text, nullptr) << "a sentence that read no measure is kept";
    EXPECT_EQ(*text, falls("`plain` holds"));
    EXPECT_EQ(json(quoted, kept), first);
}

// Text that JSON must escape, in every place a sentence takes text from: a measure's value
// (text markup), a condition quoted as written (code markup), a citation. Decided::reasons
// compares the JSON report's phrasing with the quoted sentences.
TEST(Reasons, TextThatJsonEscapesIsPhrasedAsTheQuotedSentence) {
    Decided value(prohibits("who != \"court\""), "who: 'say \"no\" \\ back'");
    EXPECT_EQ(value.reasons(),
              Sentences{falls("the decision is taken by \u201csay \"no\" \\ back\u201d")});
    Decided code(prohibits("note == \"say \\\"hi\\\" \\\\ \\t\""), "note: x");
    EXPECT_EQ(code.reasons(),
              Sentences{not_falls("`note == \"say \\\"hi\\\" \\\\ \\t\"` does not hold")});
    Decided cite("provision t.p { of t cite \"Art \\\"1\\\"\" text \"x\" prohibits plain }\n",
                 "plain: true");
    EXPECT_EQ(cite.reasons(),
              Sentences{"The measure falls under the prohibition in Art \"1\": `plain` holds."});
}

TEST(Reasons, ComparisonsStateTheValueAndTheBound) {
    Decided gt(prohibits("days > 3y"), "days: 5y");
    EXPECT_EQ(gt.reasons(), Sentences{falls("the ban lasts 5 years, more than 3 years")});
    Decided le(prohibits("days <= 2w"), "days: 30d");
    EXPECT_EQ(le.reasons(), Sentences{not_falls("the ban lasts 30 days, not at most 14 days")});
    Decided flipped(prohibits("2 <= count"), "count: 2");
    EXPECT_EQ(flipped.reasons(), Sentences{falls("the number of offences is 2, at least 2")});
    Decided date(prohibits("since < 2015-01-01"), "since: 2014-06-01");
    EXPECT_EQ(date.reasons(),
              Sentences{falls("the measure applies from 2014-06-01, before 2015-01-01")});
    Decided text(prohibits("who == \"court\""), "who: court");
    EXPECT_EQ(text.reasons(), Sentences{falls("the decision is taken by \u201ccourt\u201d")});
    Decided state(prohibits("to != KG"), "to: KZ");
    EXPECT_EQ(state.reasons(), Sentences{falls("the person is removed to KZ")});
    Decided facts(prohibits("count >= count"), "count: 2");
    EXPECT_EQ(facts.reasons(), Sentences{falls("the number of offences is 2, and the number of "
                                               "offences is 2")});
    Decided unknown(prohibits("days > 3y"), "count: 2");
    EXPECT_EQ(unknown.reasons(),
              Sentences{unknown_falls("it is not known whether the ban lasts more than 3 years")});
}

TEST(Reasons, IsKnownAndIsUnknownSayWhatIsStated) {
    Decided absent(prohibits("assessed is unknown and days is unknown"), "kind: ban");
    EXPECT_EQ(absent.reasons(),
              Sentences{falls("it is not stated whether the authority assesses the person; the "
                              "ban lasts: not stated")});
    Decided present(prohibits("assessed is known or days is known"), "assessed: false");
    EXPECT_EQ(present.reasons(),
              Sentences{falls("it is not the case that the authority assesses the person")});
    Decided value(prohibits("days is unknown"), "days: 2y");
    EXPECT_EQ(value.reasons(), Sentences{not_falls("the ban lasts 2 years")});
}

TEST(Reasons, MembershipNamesTheMembersThatDecide) {
    Decided in(prohibits("kind in {ban, quota}"), "kind: quota");
    EXPECT_EQ(in.reasons(), Sentences{falls("the measure is a labour quota")});
    Decided any(prohibits("applies_to has any {worker, family}"),
                "applies_to: [family, other, worker]");
    EXPECT_EQ(any.reasons(), Sentences{falls("the measure governs workers and family members")});
    Decided none(prohibits("applies_to has any {worker, family}"), "applies_to: []");
    EXPECT_EQ(none.reasons(), Sentences{not_falls("it is not the case that the measure governs "
                                                  "workers or family members")});
    Decided all(prohibits("applies_to has all {worker, family, other}"), "applies_to: [family]");
    EXPECT_EQ(all.reasons(), Sentences{not_falls("it is not the case that the measure governs "
                                                 "workers or others")})
        << "the members it lacks";
    Decided unknown(prohibits("applies_to has all {worker, family}"), "kind: ban");
    EXPECT_EQ(unknown.reasons(),
              Sentences{unknown_falls("it is not known whether the measure governs workers and "
                                      "family members")});
}

TEST(Reasons, ScopeThenNormThenEveryExceptionConsidered) {
    Decided d(R"lex(
provision t.p { of t cite "Art 1" text "x" scope kind == ban
  prohibits covers "restricts workers"
  unless assessed "an individual assessment"
  unless lawful }
provision t.p_e { of t cite "Art 1, exception" text "y" exception to t.p when kind == quota }
provision t.p_u { of u cite "Art 9" text "z" exception to t.p when kind == ban }
)lex",
              "kind: ban, applies_to: [worker], assessed: false, lawful: false");
    EXPECT_EQ(d.finding.outcome, core::Outcome::violation);
    EXPECT_EQ(d.reasons(),
              (Sentences{
                  "Art 1 applies to the measure: the measure is an entry ban.",
                  "The measure falls under the prohibition in Art 1 (\u201crestricts "
                  "workers\u201d): the measure covers workers.",
                  "The exception \u201can individual assessment\u201d does not apply: it is not "
                  "the case that the authority assesses the person.",
                  "The exception `t.p#unless2` does not apply: it is not the case that the "
                  "measure is laid down in law.",
                  "The exception \u201cArt 1, exception\u201d does not apply: the measure is an "
                  "entry ban.",
              }))
        << "t.p_u's instrument does not bind RU: §5 does not consider it";
}

TEST(Reasons, OnlyTheExceptionThatDefeatedTheBreach) {
    Decided d(R"lex(
provision t.p { of t cite "Art 1" text "x" prohibits covers
  unless assessed "an individual assessment"
  unless lawful "a law" }
)lex",
              "applies_to: [worker], assessed: false, lawful: true");
    EXPECT_EQ(d.finding.outcome, core::Outcome::compliant);
    EXPECT_EQ(d.reasons(),
              (Sentences{falls("the measure covers workers"),
                         "The exception \u201ca law\u201d applies: the measure is laid "
                         "down in law."}));
}

TEST(Reasons, ANormThatDoesNotHoldNeedsNoException) {
    Decided d(R"lex(
provision t.p { of t cite "Art 1" text "x" requires assessed "an assessment"
  unless lawful }
)lex",
              "assessed: true, lawful: false");
    EXPECT_EQ(d.finding.outcome, core::Outcome::compliant);
    EXPECT_EQ(d.reasons(), Sentences{"The measure meets the requirement of Art 1 (\u201can "
                                     "assessment\u201d): the authority assesses the person."});
}

TEST(Reasons, AnExceptionsOwnExceptionsFollowIt) {
    const std::string rules = R"lex(
provision t.p { of t cite "Art 1" text "x" prohibits covers }
provision t.p_e { of t cite "Art 1, exception" text "y" exception to t.p when assessed
  unless kind == quota "quotas" }
provision t.p_e_law { of t cite "Art 1, exception, proviso" text "z" exception to t.p_e
  when not lawful }
)lex";
    Decided defeated(rules, "applies_to: [worker], assessed: true, kind: ban, lawful: false");
    EXPECT_EQ(defeated.finding.outcome, core::Outcome::violation);
    EXPECT_EQ(
        defeated.reasons(),
        (Sentences{falls("the measure covers workers"),
                   "The exception \u201cArt 1, exception\u201d does not apply.",
                   "Its own exception \u201cArt 1, exception, proviso\u201d applies: it is not "
                   "the case that the measure is laid down in law."}))
        << "the first own exception that holds says why the exception does not";
    Decided holds(rules, "applies_to: [worker], assessed: true, kind: ban, lawful: true");
    EXPECT_EQ(holds.finding.outcome, core::Outcome::compliant);
    EXPECT_EQ(holds.reasons(),
              (Sentences{falls("the measure covers workers"),
                         "The exception \u201cArt 1, exception\u201d applies: the authority "
                         "assesses the person.",
                         "Its own exception \u201cquotas\u201d does not apply: the measure is an "
                         "entry ban.",
                         "Its own exception \u201cArt 1, exception, proviso\u201d does not apply: "
                         "the measure is laid down in law."}));
    Decided unknown(rules, "applies_to: [worker], kind: ban");
    EXPECT_EQ(unknown.finding.outcome, core::Outcome::undetermined);
    EXPECT_EQ(unknown.reasons(),
              (Sentences{falls("the measure covers workers"),
                         "Whether the exception \u201cArt 1, exception\u201d applies is not known: "
                         "it is not known whether the authority assesses the person.",
                         "Whether its own exception \u201cArt 1, exception, proviso\u201d applies "
                         "is not known: it is not known whether the measure is laid down in "
                         "law."}));
}

TEST(Reasons, ScopeThatDoesNotHoldOrIsUnknownEndsTheReasons) {
    const std::string rules =
        "provision t.p { of t cite \"Art 1\" text \"x\" scope kind == ban prohibits covers }\n";
    Decided out(rules, "kind: quota, applies_to: [worker]");
    EXPECT_EQ(out.reasons(),
              Sentences{"Art 1 does not apply to the measure: the measure is a labour quota."});
    Decided unknown(rules, "applies_to: [worker]");
    EXPECT_EQ(unknown.reasons(), Sentences{"Whether Art 1 applies to the measure is not known: "
                                           "it is not known whether the measure is an entry ban."});
}

TEST(Reasons, AProvisionNotInForceSaysSo) {
    Decided d(
        "provision t.p { of t cite \"Art 1\" text \"x\" in_force 2030-01-01 prohibits "
        "covers }\n",
        "applies_to: [worker]");
    EXPECT_EQ(d.reasons(), Sentences{"Art 1 is not in force on 2020-01-01."});
}

TEST(Reasons, BuiltInFactsHaveWords) {
    Decided d(prohibits("jurisdiction == RU and affects has KG and in_force < 2019-01-01"),
              "kind: ban", "affects: [KG, TJ], in_force: 2018-05-01, ");
    EXPECT_EQ(d.reasons(), Sentences{falls("the measure is enacted by RU; the measure affects "
                                           "nationals of KG; the measure is in force from "
                                           "2018-05-01, before 2019-01-01")});
}

TEST(Reasons, EachAssignmentOfAContestedFindingHasItsReasons) {
    Decided d(R"lex(
provision t.p { of t cite "Art 1" text "x" position "broad" prohibits applies_to has any {worker, family} "restricts people" }
reading t.p.narrow { of t.p position "narrow: workers only" prohibits covers "restricts workers" }
)lex",
              "applies_to: [family]");
    ASSERT_EQ(d.finding.outcome, core::Outcome::contested);
    ASSERT_EQ(d.finding.readings.size(), 2u);
    EXPECT_EQ(d.reasons(d.finding.readings[0].reasons),
              Sentences{"The measure falls under the prohibition in Art 1 (\u201crestricts "
                        "people\u201d): the measure governs family members."});
    EXPECT_EQ(d.reasons(d.finding.readings[1].reasons),
              Sentences{"Under the reading \u201cnarrow: workers only\u201d, the measure does not "
                        "fall under the prohibition in Art 1 (\u201crestricts workers\u201d): the "
                        "measure leaves workers alone."});
    EXPECT_EQ(d.reasons(), d.reasons(d.finding.readings[0].reasons))
        << "the finding's own reasons are the all-primary assignment's";
}

}  // namespace
}  // namespace lexcheck
