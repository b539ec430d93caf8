// The shipped check under language v2 (issues 13 and 18, docs/corpus.md §9): the readings
// of every contested finding, pinned by tests/golden/shipped/readings.txt, the authorities
// of both sides, and the reciprocal instruments (the EAEU Treaty, the Pension Agreement,
// the 2010 CES Agreement) with the measures that state `affects`.
#include "shipped_data.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace lexcheck {
namespace {

using testing::Shipped;
using testing::shipped;
using States = std::vector<std::string>;

constexpr const char* kArt97_2 = "eaeu_treaty.art97.p2";

/// One line of readings.txt: an assignment's chosen reading and outcome
struct Assignment {
    std::string reading;
    std::string outcome;
    bool operator==(const Assignment&) const = default;
};
using Pair = std::pair<std::string, std::string>;  // measure, provision

struct Golden {
    std::string as_of;
    std::map<Pair, std::vector<Assignment>> pairs;
};

Golden read_golden() {
    std::ifstream in(LEXCHECK_TEST_DIR "/golden/shipped/readings.txt");
    EXPECT_TRUE(in) << "tests/golden/shipped/readings.txt";
    Golden g;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream words(line);
        std::string first, provision, reading, outcome;
        words >> first >> provision;
        if (first == "as_of") {
            g.as_of = provision;
            continue;
        }
        words >> reading >> outcome;
        EXPECT_FALSE(outcome.empty()) << "four columns expected: " << line;
        g.pairs[{first, provision}].push_back({reading, outcome});
    }
    return g;
}

// Every contested finding of the whole shipped check, and each of its assignments, is the
// one readings.txt lists; a new contested finding must be added there (and to
// docs/corpus.md §9) before this test passes.
TEST(ShippedCorpus, EveryContestedFindingHasTheReadingsTheGoldenFileLists) {
    const Shipped& s = shipped();
    Golden g = read_golden();
    ASSERT_FALSE(g.as_of.empty());
    std::map<Pair, std::vector<Assignment>> decided;
    for (const core::Finding& f : testing::check_shipped(s, g.as_of.c_str()).findings) {
        if (f.outcome != core::Outcome::contested) continue;
        auto& assignments =
            decided[{s.corpus.measures[f.measure].id, s.rules.provisions[f.provision].id.text}];
        for (const core::ReadingOutcome& r : f.readings) {
            ASSERT_EQ(r.chosen.size(), 1u) << "one contested point per shipped provision";
            assignments.push_back({s.chosen(r), std::string(core::outcome_name(r.outcome))});
        }
    }
    for (const auto& [pair, assignments] : g.pairs) {
        auto it = decided.find(pair);
        if (it == decided.end()) {
            ADD_FAILURE() << pair.first << " x " << pair.second << " is not contested";
            continue;
        }
        EXPECT_EQ(it->second, assignments) << pair.first << " x " << pair.second;
    }
    for (const auto& [pair, assignments] : decided)
        EXPECT_TRUE(g.pairs.count(pair))
            << pair.first << " x " << pair.second << " is contested but not in readings.txt";
}

// Both sides cite their sources: every reading of the shipped rules, and the primary
// reading of every provision that has readings, names its position and authorities, which
// the reports show with each assignment's outcome.
TEST(ShippedCorpus, EveryReadingAndItsPrimaryNameTheirAuthorities) {
    const Shipped& s = shipped();
    std::set<std::string> contested_provisions;
    for (const core::Reading& r : s.rules.readings) {
        ASSERT_TRUE(r.of.has_value()) << r.id.text;
        EXPECT_TRUE(r.position.has_value()) << r.id.text;
        EXPECT_FALSE(r.authorities.empty()) << r.id.text;
        contested_provisions.insert(r.of->text);
    }
    EXPECT_EQ(contested_provisions,
              (std::set<std::string>{"eaeu_treaty.art97.p2", "eaeu_treaty.art98.p6",
                                     "icrmw.art44.p1", "icrmw.art56.p3"}));
    for (const std::string& id : contested_provisions) {
        const core::Provision& p = s.rules.provisions[s.provision(id)];
        EXPECT_TRUE(p.position.has_value()) << id;
        EXPECT_FALSE(p.authorities.empty()) << id;
    }
}

TEST(ShippedCorpus, KyrgyzstanIsBoundByTheTreatyOnlyFromItsAccession) {
    // The 26(4) ban as if enacted by Kyrgyzstan: on 2015-03-01 the Treaty is in force but
    // KG joins only on 2015-08-06, so the same contested finding is advisory; later it binds
    // Kyrgyzstan toward the other Member States (the Treaty is reciprocal).
    const Shipped& s = shipped();
    core::Measure kg = s.measure("ru.fz114.art26.p1.s4");
    kg.jurisdiction = "KG";
    core::Corpus one;
    one.measures.push_back(kg);
    auto decide = [&](const char* as_of) {
        return checker::decide_one(s.rules, s.sources, one.measures[0], 0, s.provision(kArt97_2),
                                   *core::parse_date(as_of));
    };
    core::Finding early = decide("2015-03-01");
    EXPECT_EQ(early.outcome, core::Outcome::contested);
    EXPECT_EQ(s.under(early, kArt97_2), core::Outcome::violation);
    EXPECT_FALSE(early.binding);
    EXPECT_EQ(early.basis, core::BindingBasis::not_yet);
    EXPECT_EQ(early.binding_toward, States{}) << "KG is not yet a party";
    core::Finding bound = decide("2015-08-06");
    EXPECT_TRUE(bound.binding);
    EXPECT_EQ(bound.basis, core::BindingBasis::party);
    EXPECT_EQ(bound.binding_toward, (States{"AM", "BY", "KZ", "RU"}));
    // Russia, a founding party, is bound on the earlier date, toward the Member States of
    // that day; Kyrgyzstan is named with the date from which Russia is bound toward it.
    core::Finding ru = s.decide("ru.fz114.art26.p1.s4", kArt97_2, "2015-03-01");
    EXPECT_TRUE(ru.binding);
    EXPECT_EQ(ru.binding_toward, (States{"AM", "BY", "KZ"}));
    ASSERT_EQ(ru.bound_later.size(), 1u);
    EXPECT_EQ(ru.bound_later[0].state, "KG");
    EXPECT_EQ(ru.bound_later[0].from, *core::parse_date("2015-08-06"));
}

// Reciprocity (LANGUAGE.md §9, REVIEW.md §2): a Russian measure that affects only Kyrgyz
// nationals binds Russia under the Treaty only once Kyrgyzstan is a Member State.
TEST(ShippedCorpus, AMeasureAffectingOnlyKyrgyzNationalsBeforeTheirAccessionIsAdvisory) {
    auto s = testing::load_shipped_yaml("shipped-affects", R"yaml(
measures:
  - id: ru.ban_on_kyrgyz_workers
    jurisdiction: RU
    in_force: 2015-01-01
    affects: [KG]
    facts:
      kind: entry_ban
      applies_to: [foreign_national, migrant_worker, eaeu_worker]
      exempts: []
      ground: []
      treaty_based: false
      individual_assessment: false
      purpose: [entry_control]
      trigger:
        offence_scope: any_administrative
)yaml");
    core::Finding early = s->decide("ru.ban_on_kyrgyz_workers", kArt97_2, "2015-03-01");
    EXPECT_EQ(early.outcome, core::Outcome::contested);
    EXPECT_FALSE(early.binding);
    EXPECT_EQ(early.basis, core::BindingBasis::no_national_affected);
    EXPECT_EQ(early.binding_toward, States{});
    core::Finding later = s->decide("ru.ban_on_kyrgyz_workers", kArt97_2, "2015-08-06");
    EXPECT_TRUE(later.binding);
    EXPECT_EQ(later.basis, core::BindingBasis::party);
    EXPECT_EQ(later.binding_toward, States{"KG"});
}

TEST(ShippedCorpus, PensionAgreementBindsTowardTheOtherParties) {
    core::Finding f =
        shipped().decide("ru.pension_ratification.core", "eaeu_pension.aggregation", "2021-01-01");
    EXPECT_TRUE(f.binding);
    EXPECT_EQ(f.binding_toward, (States{"AM", "BY", "KG", "KZ"}));
}

// The amnesties state the one nationality they reach (`affects`): under the reciprocal
// Treaty the Kyrgyz ones bind Russia toward Kyrgyzstan, the Tajik one toward no Member
// State. Their findings are not_applicable (an amnesty imposes nothing); the basis is still
// decided.
TEST(ShippedCorpus, AmnestiesBindOnlyTowardTheNationalityTheyReach) {
    const Shipped& s = shipped();
    core::Finding tj = s.decide("ru.amnesty.tj_2017", "eaeu_treaty.art98.p1", "2017-04-01");
    EXPECT_EQ(tj.outcome, core::Outcome::not_applicable);
    EXPECT_FALSE(tj.binding);
    EXPECT_EQ(tj.basis, core::BindingBasis::no_national_affected);
    EXPECT_EQ(tj.binding_toward, States{});
    core::Finding kg = s.decide("ru.amnesty.kg_2018", "eaeu_treaty.art98.p1", "2018-11-01");
    EXPECT_TRUE(kg.binding);
    EXPECT_EQ(kg.binding_toward, States{"KG"});
    // `affects` changes nothing under the ICRMW, which is not reciprocal.
    EXPECT_EQ(s.decide("ru.amnesty.tj_2017", "icrmw.art7", "2017-04-01").basis,
              core::BindingBasis::not_party);
}

TEST(ShippedCorpus, TheCesAgreementBindsTowardTheOtherParties) {
    core::Finding f =
        shipped().decide("ru.fz115.art5.p1", "ces_migrant_agreement.stay_term", "2014-06-01");
    EXPECT_TRUE(f.binding);
    EXPECT_EQ(f.binding_toward, (States{"BY", "KZ"}));
}

}  // namespace
}  // namespace lexcheck
