// What the shipped check must show (issue 5): the rules/ and corpus/ of the repository,
// loaded and decided as `lexcheck check` does. Nothing here restates the rules: each test
// names a measure and a provision and asserts the outcome a lawyer expects of them.
#include "temp_dir.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <memory>

namespace lexcheck {
namespace {

struct Shipped {
    core::SourceManager sources;
    core::DiagnosticSink sink;
    core::RuleSet rules;
    core::Corpus corpus;

    const core::Measure& measure(const std::string& id) const {
        for (const core::Measure& m : corpus.measures) {
            if (m.id == id) return m;
        }
        throw std::runtime_error("no measure " + id);
    }
    std::uint32_t provision(const std::string& id) const {
        for (std::uint32_t i = 0; i < rules.provisions.size(); ++i) {
            if (rules.provisions[i].id.text == id) return i;
        }
        throw std::runtime_error("no provision " + id);
    }
    core::Finding decide(const core::Measure& m, const std::string& provision_id,
                         const char* as_of) const {
        auto index = static_cast<std::uint32_t>(&m - corpus.measures.data());
        return checker::decide_one(rules, sources, m, index, provision(provision_id),
                                   *core::parse_date(as_of));
    }
    core::Finding decide(const std::string& measure_id, const std::string& provision_id,
                         const char* as_of) const {
        return decide(measure(measure_id), provision_id, as_of);
    }
};

/// The shipped rules with the shipped corpus, or with the measure files in `corpus`
std::unique_ptr<Shipped> load(std::vector<std::string> corpus = {LEXCHECK_SOURCE_DIR "/corpus"}) {
    auto s = std::make_unique<Shipped>();
    parser::load_rule_set({LEXCHECK_SOURCE_DIR "/rules"}, s->sources, s->rules, s->sink);
    parser::load_corpus(corpus, s->rules.schema, s->sources, s->corpus, s->sink, 2);
    for (const auto& d : s->sink.sorted(s->sources)) {
        if (d.severity == core::Severity::error) ADD_FAILURE() << render_diagnostic(s->sources, d);
    }
    return s;
}

const Shipped& shipped() {
    static const std::unique_ptr<Shipped> s = load();
    return *s;
}

constexpr const char* kToday = "2024-01-01";

TEST(ShippedCorpus, ReentryBanAfterTwoOffencesBreaksArt97_2BindinglyForRussia) {
    core::Finding f = shipped().decide("ru.fz114.art26.p1.s4", "eaeu_treaty.art97.p2", kToday);
    EXPECT_EQ(f.outcome, core::Outcome::violation);
    EXPECT_TRUE(f.binding);
    EXPECT_EQ(f.basis, core::BindingBasis::party);
    // Neither the national-security nor the public-order exception defeats it.
    EXPECT_TRUE(f.defeated_by.empty()) << f.defeated_by;
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
    testing::TempDir dir("shipped-patent");
    dir.write("ru.yaml", R"yaml(
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
    auto s = load({dir.str()});
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
        EXPECT_NE(after.outcome, core::Outcome::not_applicable) << provision;
        EXPECT_TRUE(after.binding) << provision;
    }
    // The whole check on the eve of entry into force: the ratification law is already in
    // force, so it is checked, and every pension finding is not applicable.
    checker::CheckOptions options;
    options.as_of = *core::parse_date("2020-12-31");
    options.include_not_applicable = true;
    std::size_t pension = 0;
    for (const core::Finding& f : checker::check(s.rules, s.corpus, s.sources, options).findings) {
        if (s.rules.provisions[f.provision].id.text.rfind("eaeu_pension.", 0) != 0) continue;
        ++pension;
        EXPECT_EQ(f.outcome, core::Outcome::not_applicable);
        EXPECT_EQ(f.reason, core::Reason::not_in_force);
    }
    EXPECT_GT(pension, 0u);
}

TEST(ShippedCorpus, KyrgyzstanIsBoundByTheTreatyOnlyFromItsAccession) {
    // The 26(4) ban as if enacted by Kyrgyzstan: on 2015-03-01 the Treaty is in force but
    // KG joins only on 2015-08-06, so the same violation is advisory; later it binds.
    const Shipped& s = shipped();
    core::Measure kg = s.measure("ru.fz114.art26.p1.s4");
    kg.jurisdiction = "KG";
    core::Corpus one;
    one.measures.push_back(kg);
    auto decide = [&](const char* as_of) {
        return checker::decide_one(s.rules, s.sources, one.measures[0], 0,
                                   s.provision("eaeu_treaty.art97.p2"), *core::parse_date(as_of));
    };
    core::Finding early = decide("2015-03-01");
    EXPECT_EQ(early.outcome, core::Outcome::violation);
    EXPECT_FALSE(early.binding);
    EXPECT_EQ(early.basis, core::BindingBasis::not_yet);
    core::Finding bound = decide("2015-08-06");
    EXPECT_TRUE(bound.binding);
    EXPECT_EQ(bound.basis, core::BindingBasis::party);
    // Russia, a founding party, is bound on the earlier date.
    EXPECT_TRUE(s.decide("ru.fz114.art26.p1.s4", "eaeu_treaty.art97.p2", "2015-03-01").binding);
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
    EXPECT_GT(one.summary.binding_violation, 0u);
    for (std::size_t i = 0; i < one.findings.size(); ++i) {
        EXPECT_EQ(one.findings[i].outcome, four.findings[i].outcome);
        EXPECT_EQ(one.findings[i].provision, four.findings[i].provision);
    }
}

}  // namespace
}  // namespace lexcheck
