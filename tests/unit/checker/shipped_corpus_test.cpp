// What the shipped check must show (issue 5): the rules/ and corpus/ of the repository,
// loaded and decided as `lexcheck check` does. Nothing here restates the rules: each test
// names a measure and a provision and asserts the outcome a lawyer expects of them.
#include "shipped_data.hpp"

#include <gtest/gtest.h>

#include <initializer_list>
#include <set>
#include <string>
#include <vector>

namespace lexcheck {
namespace {

using testing::check_shipped;
using testing::lists;
using testing::Shipped;
using testing::shipped;

constexpr const char* kToday = "2024-01-01";

/// The ids of the measures the whole check takes into account on `as_of` (in force then)
std::set<std::string> checked_measures(const Shipped& s, const char* as_of) {
    std::set<std::string> ids;
    for (const core::Finding& f : check_shipped(s, as_of, true).findings)
        ids.insert(s.corpus.measures[f.measure].id);
    return ids;
}

constexpr const char* kArt97_2 = "eaeu_treaty.art97.p2";
constexpr const char* kPersonal = "eaeu_treaty.art97.p2.personal";
constexpr const char* kTextual = "eaeu_treaty.art97.p2.textual";

/// Each measure's Art 97(2) finding is binding and contested: the functional (primary)
/// reading finds a violation that no exception defeats, and the textual reading puts the
/// measure outside Art 97(2) (docs/corpus.md §9)
void expect_contested_art97_2_violations(const Shipped& s, std::initializer_list<const char*> ids) {
    for (const char* id : ids) {
        core::Finding f = s.decide(id, kArt97_2, kToday);
        EXPECT_EQ(f.outcome, core::Outcome::contested) << id;
        EXPECT_TRUE(f.binding) << id;
        ASSERT_EQ(f.readings.size(), 3u) << id;
        EXPECT_EQ(s.chosen(f.readings[0]), kArt97_2) << id << ": the all-primary assignment first";
        EXPECT_EQ(f.readings[0].outcome, core::Outcome::violation) << id;
        EXPECT_TRUE(f.readings[0].defeated_by.empty()) << id << ": " << f.readings[0].defeated_by;
        EXPECT_EQ(s.under(f, kTextual), core::Outcome::not_applicable) << id;
    }
}

// The key measure (issue 13): a violation under the functional reading, the corpus's
// primary one (the EAEU Court's advisory opinion of 7 December 2018, non-binding); outside
// Art 97(2) under the textual reading («в целях защиты национального рынка труда»); and a
// violation under the personal-scope reading, since it may reach a worker who is lawfully
// in Russia (`ends_lawful_work` is not known).
TEST(ShippedCorpus, ReentryBanAfterTwoOffencesIsContestedUnderArt97_2) {
    const Shipped& s = shipped();
    core::Finding f = s.decide("ru.fz114.art26.p1.s4", kArt97_2, kToday);
    EXPECT_EQ(f.outcome, core::Outcome::contested);
    EXPECT_TRUE(f.binding);
    EXPECT_EQ(f.basis, core::BindingBasis::party);
    EXPECT_TRUE(f.defeated_by.empty()) << "a contested finding has no defeated_by";
    ASSERT_EQ(f.readings.size(), 3u);
    EXPECT_EQ(s.under(f, kArt97_2), core::Outcome::violation);
    EXPECT_EQ(s.under(f, kPersonal), core::Outcome::violation);
    EXPECT_EQ(s.under(f, kTextual), core::Outcome::not_applicable);
    // Under the functional reading neither the national-security nor the public-order
    // exception defeats it: the trace and the exceptions are the all-primary assignment's.
    EXPECT_TRUE(f.readings[0].defeated_by.empty()) << f.readings[0].defeated_by;
    ASSERT_FALSE(f.exceptions.empty()) << "the exceptions of Art 97(2) were tried";
    for (const core::ExceptionTried& e : f.exceptions)
        EXPECT_NE(e.value, core::Truth::yes) << e.label;
}

TEST(ShippedCorpus, TheSameBanIsOnlyAdvisoryUnderTheConventionRussiaHasNotJoined) {
    const Shipped& s = shipped();
    std::size_t decided = 0;
    for (std::uint32_t p = 0; p < s.rules.provisions.size(); ++p) {
        const core::Provision& provision = s.rules.provisions[p];
        if (provision.is_exception() ||
            s.rules.instruments[provision.instrument].id.text != "icrmw")
            continue;
        core::Finding f = s.decide("ru.fz114.art26.p1.s4", provision.id.text, kToday);
        EXPECT_FALSE(f.binding) << provision.id.text;
        EXPECT_EQ(f.basis, core::BindingBasis::not_party) << provision.id.text;
        if (f.outcome != core::Outcome::not_applicable) ++decided;
    }
    EXPECT_GT(decided, 0u) << "advisory findings are still decided";
}

TEST(ShippedCorpus, PatentRegimeWithItsEaeuExemptionCompliesWithArt97_1) {
    core::Finding f = shipped().decide("ru.fz115.art13_3", "eaeu_treaty.art97.p1", kToday);
    EXPECT_EQ(f.outcome, core::Outcome::compliant);
    EXPECT_TRUE(f.binding);
}

TEST(ShippedCorpus, APatentRequiredOfEaeuWorkersWouldBreakArt97_1) {
    auto s = testing::load_shipped_yaml("shipped-patent", R"yaml(
measures:
  - id: ru.patent_for_everyone
    jurisdiction: RU
    in_force: 2015-01-01
    facts:
      kind: work_authorisation
      applies_to: [foreign_national, migrant_worker, eaeu_worker]
      exempts: []
      treaty_based: false
      provided_by_law: true
      mandatory: true
)yaml");
    core::Finding f = s->decide("ru.patent_for_everyone", "eaeu_treaty.art97.p1", kToday);
    EXPECT_EQ(f.outcome, core::Outcome::violation);
    EXPECT_TRUE(f.binding);
}

TEST(ShippedCorpus, PensionAgreementAppliesOnlyFromItsEntryIntoForce) {
    const Shipped& s = shipped();
    for (const char* provision : {"eaeu_pension.equal_conditions", "eaeu_pension.aggregation",
                                  "eaeu_pension.concurrent_pensions"}) {
        core::Finding before = s.decide("ru.pension_ratification.core", provision, "2020-12-31");
        EXPECT_EQ(before.outcome, core::Outcome::not_applicable) << provision;
        EXPECT_EQ(before.reason, core::Reason::not_in_force) << provision;
        core::Finding after = s.decide("ru.pension_ratification.core", provision, "2021-01-01");
        EXPECT_EQ(after.outcome, core::Outcome::compliant) << provision;
        EXPECT_TRUE(after.binding) << provision;
    }
    // The measure is the Agreement's rules as Russian law: they apply from the Agreement's
    // entry into force, not from the date of a news report about the ratification law.
    EXPECT_FALSE(checked_measures(s, "2020-12-31").count("ru.pension_ratification.core"));
    EXPECT_TRUE(checked_measures(s, "2021-01-01").count("ru.pension_ratification.core"));
}

TEST(ShippedCorpus, WholeCheckIsTheSameForAnyThreadCount) {
    const Shipped& s = shipped();
    checker::CheckOptions options;
    options.as_of = *core::parse_date(kToday);
    options.threads = 1;
    checker::CheckResult one = checker::check(s.rules, s.corpus, s.sources, options);
    options.threads = 4;
    checker::CheckResult four = checker::check(s.rules, s.corpus, s.sources, options);
    ASSERT_EQ(one.findings.size(), four.findings.size());
    // Every binding violation of the shipped corpus is contested by some reading; the
    // contested findings with a violating assignment are what `--fail-on contested` counts.
    EXPECT_EQ(one.summary.binding_violation, 0u);
    EXPECT_GT(one.summary.binding_contested_violation, 0u);
    for (std::size_t i = 0; i < one.findings.size(); ++i) {
        EXPECT_EQ(one.findings[i].outcome, four.findings[i].outcome);
        EXPECT_EQ(one.findings[i].provision, four.findings[i].provision);
        EXPECT_EQ(one.findings[i].binding_toward, four.findings[i].binding_toward);
        ASSERT_EQ(one.findings[i].readings.size(), four.findings[i].readings.size());
        for (std::size_t r = 0; r < one.findings[i].readings.size(); ++r)
            EXPECT_EQ(one.findings[i].readings[r].outcome, four.findings[i].readings[r].outcome);
    }
}

// ---- The conclusions revised for issue 13 (docs/corpus.md §9) ------------------------------

TEST(ShippedCorpus, SanctionsAreJudgedByTheSameArt97_2TestAsBans) {
    // The discretionary ban of 114-FZ 26(4), the mandatory expulsion of CAO 18.8(3) and the
    // automatic bans after any removal (27(2), 27(2.1)) all fail the same genuine-threat test:
    // none assesses the person and none is confined to offences that show a threat. That
    // workers bear liability for offences (Art 98(8), a paraphrase) does not take the
    // expulsion out of Art 97(2).
    const Shipped& s = shipped();
    expect_contested_art97_2_violations(s, {"ru.fz114.art26.p1.s4", "ru.koap.art18_8.p3",
                                            "ru.fz114.art27.p1.s2", "ru.fz114.art27.p1.s2_1"});
    // The optional expulsion of 18.8(1) is in scope too; whether the court's choice weighs
    // the person is not in the sources, so it stays open under the functional reading
    // (the textual reading puts a sanction outside Art 97(2)).
    core::Finding optional = s.decide("ru.koap.art18_8.p1", kArt97_2, kToday);
    EXPECT_EQ(optional.outcome, core::Outcome::contested);
    EXPECT_EQ(s.under(optional, kArt97_2), core::Outcome::undetermined);
    EXPECT_EQ(s.under(optional, kTextual), core::Outcome::not_applicable);
    EXPECT_TRUE(lists(optional.missing_facts, "individual_assessment"));
    // 18.10(1) cannot reach EAEU workers at all; it enforces the permit system, so the textual
    // reading reaches it too, and finds it compliant.
    core::Finding permit = s.decide("ru.koap.art18_10.p1", kArt97_2, kToday);
    EXPECT_EQ(permit.outcome, core::Outcome::compliant);
    EXPECT_EQ(s.under(permit, kTextual), core::Outcome::compliant);
}

TEST(ShippedCorpus, OverstayBansAreTreatedAlike) {
    // 26(8) and 27(12)-(14): an EAEU worker's lawful stay is the contract's term, and these
    // rules catch the worker who overstays it; none exempts EAEU workers.
    const Shipped& s = shipped();
    expect_contested_art97_2_violations(s, {"ru.fz114.art26.p1.s8", "ru.fz114.art27.p1.s12",
                                            "ru.fz114.art27.p1.s13", "ru.fz114.art27.p1.s14"});
    // The personal-scope reading: 26(8), 27(13) and 27(14) bite only once the lawful stay
    // has ended, so they reach no worker of a Member State; 27(12) ("90 days in 180") may
    // count days of a contract-based stay, so it stays in scope.
    for (const char* id :
         {"ru.fz114.art26.p1.s8", "ru.fz114.art27.p1.s13", "ru.fz114.art27.p1.s14"})
        EXPECT_EQ(s.under(s.decide(id, kArt97_2, kToday), kPersonal), core::Outcome::not_applicable)
            << id;
    EXPECT_EQ(s.under(s.decide("ru.fz114.art27.p1.s12", kArt97_2, kToday), kPersonal),
              core::Outcome::violation);
}

TEST(ShippedCorpus, PublicHealthIsJudgedApartFromSecurity) {
    const Shipped& s = shipped();
    // 114-FZ 27(1): the security limb is excepted; the public-health limb is not saved by it.
    core::Finding security = s.decide("ru.fz114.art27.p1.s1", "eaeu_treaty.art97.p2", kToday);
    EXPECT_EQ(security.outcome, core::Outcome::compliant);
    EXPECT_EQ(security.defeated_by, "eaeu_treaty.art97.p2_national_security");
    // The textual reading puts it outside Art 97(2): no reading finds fault.
    EXPECT_EQ(s.under(security, kTextual), core::Outcome::not_applicable);
    core::Finding health = s.decide("ru.fz114.art27.p1.s1_health", kArt97_2, kToday);
    EXPECT_EQ(health.outcome, core::Outcome::contested);
    EXPECT_EQ(s.under(health, kArt97_2), core::Outcome::violation);
    EXPECT_TRUE(health.readings.at(0).defeated_by.empty()) << health.readings[0].defeated_by;
    // KZ Migration Law Art 48: only the start of the list is known, from a law firm's
    // paraphrase, so neither limb is declared compliant: undetermined under the functional
    // reading, outside Art 97(2) under the textual one.
    for (const char* id : {"kz.migration.art48", "kz.migration.art48_health"}) {
        core::Finding f = s.decide(id, kArt97_2, kToday);
        EXPECT_EQ(f.outcome, core::Outcome::contested) << id;
        EXPECT_EQ(s.under(f, kArt97_2), core::Outcome::undetermined) << id;
        EXPECT_TRUE(lists(f.missing_facts, "exempts")) << id;
    }
    EXPECT_TRUE(lists(s.decide("kz.migration.art48", "eaeu_treaty.art97.p2", kToday).missing_facts,
                      "individual_assessment"));
}

TEST(ShippedCorpus, AnExpulsionAfterAnyCrimeWithoutAssessmentIsNotCompliant) {
    auto s = testing::load_shipped_yaml("shipped-criminal", R"yaml(
measures:
  - id: by.expulsion_after_any_crime
    jurisdiction: BY
    in_force: 2015-01-01
    facts:
      kind: expulsion
      applies_to: [foreign_national, eaeu_worker]
      exempts: []
      ground: [public_order]
      treaty_based: false
      individual_assessment: false
      trigger:
        offence_scope: criminal
)yaml");
    core::Finding f = s->decide("by.expulsion_after_any_crime", "eaeu_treaty.art97.p2", kToday);
    EXPECT_EQ(f.outcome, core::Outcome::undetermined);
    EXPECT_TRUE(lists(f.missing_facts, "trigger.offence_shows_threat"));
}

TEST(ShippedCorpus, MeasuresAreCheckedFromTheirEntryIntoForceNotTheirSignature) {
    const Shipped& s = shipped();
    struct Case {
        const char* measure;
        const char* eve;
        const char* day;
    };
    for (const Case& c : {
             // 114-FZ: signed 15.08.1996, in force on publication, 22.08.1996
             Case{"ru.fz114.art26.p1.s4", "1996-08-21", "1996-08-22"},
             // 321-FZ: published 31.12.2012, in force ten days later
             Case{"ru.fz114.art26.p1.s8", "2013-01-10", "2013-01-11"},
             // The Code of Administrative Offences: in force 1 July 2002
             Case{"ru.koap.art18_10.p1", "2002-06-30", "2002-07-01"},
             // KZ Migration Law: published 6.08.2011, ten calendar days
             Case{"kz.migration.art48", "2011-08-16", "2011-08-17"},
             // KZ entry rules: ten calendar days after publication, at the earliest
             Case{"kz.entry_rules.item113", "2012-01-31", "2012-02-01"},
             // 274-FZ of 01.07.2021: in force 29.12.2021
             Case{"ru.fz115.fz274_fingerprinting", "2021-12-28", "2021-12-29"},
             // 544-FZ of 28.12.2024: in force 1 April 2025
             Case{"ru.education.fz544_language_test", "2025-03-31", "2025-04-01"},
         }) {
        EXPECT_FALSE(checked_measures(s, c.eve).count(c.measure)) << c.measure << " on " << c.eve;
        EXPECT_TRUE(checked_measures(s, c.day).count(c.measure)) << c.measure << " on " << c.day;
    }
}

TEST(ShippedCorpus, AnUnverifiedAttributionIsNotATitleStatedAsFact) {
    const std::string& title = shipped().measure("kz.entry_rules.item113").title;
    EXPECT_NE(title.find("believed"), std::string::npos) << title;
    EXPECT_NE(title.find("unverified"), std::string::npos) << title;
}

// ---- Issue 18: the states and articles a practitioner expects (docs/corpus.md §5, §10) -------

TEST(ShippedCorpus, KyrgyzMeasuresBindUnderBothRegimes) {
    // Kyrgyzstan is bound by the EAEU Treaty (from 2015-08-06) and the ICRMW (from 2004-01-01):
    // each of its measures meets both regimes, and every finding under either binds it.
    const Shipped& s = shipped();
    for (const char* id : {"kg.external_migration.expulsion_after_sentence",
                           "kg.external_migration.entry_ban_after_expulsion"}) {
        core::Finding eaeu = s.decide(id, "eaeu_treaty.art97.p2", kToday);
        EXPECT_NE(eaeu.outcome, core::Outcome::not_applicable) << id;
        EXPECT_TRUE(eaeu.binding) << id;
        EXPECT_EQ(eaeu.basis, core::BindingBasis::party) << id;
        core::Finding un = s.decide(id, "icrmw.art56.p3", kToday);
        EXPECT_NE(un.outcome, core::Outcome::not_applicable) << id;
        EXPECT_TRUE(un.binding) << id;
        EXPECT_EQ(un.basis, core::BindingBasis::party) << id;
    }
    // The whole check lists findings of a Kyrgyz measure under both instruments, all binding:
    // what the report's regime-overlap view groups per measure.
    checker::CheckOptions options;
    options.as_of = *core::parse_date(kToday);
    std::set<std::string> instruments;
    for (const core::Finding& f : checker::check(s.rules, s.corpus, s.sources, options).findings) {
        if (s.corpus.measures[f.measure].jurisdiction != "KG") continue;
        EXPECT_TRUE(f.binding) << s.corpus.measures[f.measure].id << " "
                               << s.rules.provisions[f.provision].id.text;
        instruments.insert(s.rules.instruments[s.rules.provisions[f.provision].instrument].id.text);
    }
    EXPECT_EQ(instruments, (std::set<std::string>{"eaeu_treaty", "icrmw"}));
}

TEST(ShippedCorpus, Articles56And79DecideEveryEntryBan) {
    const Shipped& s = shipped();
    // A ban that runs from a removal cannot end a lawful stay: an admission criterion (Art 79).
    core::Finding after_removal = s.decide("ru.fz114.art27.p1.s2", "icrmw.art56.p3", kToday);
    EXPECT_EQ(after_removal.outcome, core::Outcome::compliant);
    EXPECT_EQ(after_removal.defeated_by, "icrmw.art56.p3#unless1");
    EXPECT_FALSE(after_removal.binding) << "Russia is not a party to the ICRMW";
    // Under the reading that every entry ban is an admission criterion it is outside Art
    // 56(3): no reading finds fault, so the finding is compliant, not contested.
    EXPECT_EQ(s.under(after_removal, "icrmw.art56.p3.admission"), core::Outcome::not_applicable);
    // 26(4) may be imposed on a worker lawfully in Russia: whether it ends the stay, and
    // whether humanitarian factors are weighed, are open under the primary reading; under
    // the admission reading it is outside Art 56(3) (and Art 44(1)).
    for (const char* p : {"icrmw.art56.p3", "icrmw.art44.p1"}) {
        core::Finding offences = s.decide("ru.fz114.art26.p1.s4", p, kToday);
        EXPECT_EQ(offences.outcome, core::Outcome::contested) << p;
        EXPECT_EQ(s.under(offences, p), core::Outcome::undetermined) << p;
        EXPECT_EQ(s.under(offences, std::string(p) + ".admission"), core::Outcome::not_applicable)
            << p;
        EXPECT_TRUE(lists(offences.missing_facts, "ends_lawful_work")) << p;
    }
    EXPECT_TRUE(lists(s.decide("ru.fz114.art26.p1.s4", "icrmw.art56.p3", kToday).missing_facts,
                      "humanitarian_factors_considered"));
    // Armenia's court expulsion weighs family and humanitarian factors.
    EXPECT_EQ(s.decide("am.foreigners.expulsion", "icrmw.art56.p3", kToday).outcome,
              core::Outcome::compliant);
}

TEST(ShippedCorpus, TheCesAgreementIsTheRegionalNormFor2012To2014) {
    const Shipped& s = shipped();
    // The 90/180 rule (from 2014) against the Agreement's stay for the contract's term.
    core::Finding stay =
        s.decide("ru.fz115.art5.p1", "ces_migrant_agreement.stay_term", "2014-06-01");
    EXPECT_EQ(stay.outcome, core::Outcome::undetermined);
    EXPECT_TRUE(stay.binding);
    // Replaced by the EAEU Treaty on 2015-01-01.
    core::Finding later = s.decide("ru.fz115.art5.p1", "ces_migrant_agreement.stay_term", kToday);
    EXPECT_EQ(later.outcome, core::Outcome::not_applicable);
    EXPECT_EQ(later.reason, core::Reason::not_in_force);
    // Art 18.15 never reaches the Parties' workers, who need no permit.
    core::Finding permit =
        s.decide("ru.koap.art18_15", "ces_migrant_agreement.no_permit", "2013-06-01");
    EXPECT_EQ(permit.outcome, core::Outcome::compliant);
    EXPECT_TRUE(permit.binding);
}

TEST(ShippedCorpus, TheSchoolLanguageTestIsJudgedUnderArt98And30) {
    const Shipped& s = shipped();
    const char* id = "ru.education.fz544_language_test";
    EXPECT_FALSE(checked_measures(s, "2025-03-31").count(id));
    EXPECT_TRUE(checked_measures(s, "2025-04-01").count(id));
    // Art 98(6) (a paraphrase): a refused child is refused a place (primary reading), or the
    // test is a condition of admission that the legislation of the State of employment may
    // set (`eaeu_treaty.art98.p6.admission_conditions`): contested, binding on Russia.
    core::Finding treaty = s.decide(id, "eaeu_treaty.art98.p6", "2025-06-01");
    EXPECT_EQ(treaty.outcome, core::Outcome::contested);
    EXPECT_TRUE(treaty.binding);
    EXPECT_EQ(s.under(treaty, "eaeu_treaty.art98.p6"), core::Outcome::violation);
    EXPECT_EQ(s.under(treaty, "eaeu_treaty.art98.p6.admission_conditions"),
              core::Outcome::compliant);
    // ICRMW Art 30: access "shall not be refused … by reason of the irregular situation":
    // proof of lawful stay as a condition is a violation on any reading (advisory for RU).
    core::Finding convention = s.decide(id, "icrmw.art30", "2025-06-01");
    EXPECT_EQ(convention.outcome, core::Outcome::violation);
    EXPECT_FALSE(convention.binding);
    EXPECT_EQ(s.decide(id, "icrmw.art7", "2025-06-01").outcome, core::Outcome::violation);
}

TEST(ShippedCorpus, AmnestiesAreNonBindingReliefsCheckedOnlyInTheirWindow) {
    const Shipped& s = shipped();
    for (const char* id :
         {"ru.amnesty.tj_2017", "ru.amnesty.kg_2018", "ru.amnesty.kg_2019", "ru.amnesty.kg_2022"}) {
        // The report shows them as what they are: arrangements, not law.
        const core::Measure& m = s.measure(id);
        EXPECT_NE(m.title.find("no legal act found"), std::string::npos) << id;
        EXPECT_EQ(m.wording, core::Wording::paraphrase) << id;
    }
    EXPECT_TRUE(checked_measures(s, "2018-11-01").count("ru.amnesty.kg_2018"));
    EXPECT_FALSE(checked_measures(s, "2018-12-11").count("ru.amnesty.kg_2018"));
    // A relief imposes nothing and grants no Convention right: outside Art 98(1) and Art 7.
    for (const char* p : {"eaeu_treaty.art98.p1", "icrmw.art7", "icrmw.art1.p1"})
        EXPECT_EQ(s.decide("ru.amnesty.kg_2018", p, "2018-11-01").outcome,
                  core::Outcome::not_applicable)
            << p;
}

TEST(ShippedCorpus, TajikistanIsBoundAsAStateOfOrigin) {
    core::Finding f = shipped().decide("tj.migration.exit_restrictions", "icrmw.art8.p1", kToday);
    EXPECT_EQ(f.outcome, core::Outcome::undetermined);
    EXPECT_TRUE(f.binding);
    EXPECT_TRUE(lists(f.missing_facts, "necessity_shown"));
}

}  // namespace
}  // namespace lexcheck
