// Remedies (issue 17, docs/remedies.md): every tests/golden/remedies/*.case is one test. A
// case gives rules, measures, an as-of date and optionally `--- options count=N keep_others`;
// it lists, for every finding that wants remedies, what lexcheck proposes. Independently of
// the analysis, every remedy is re-checked here by the checker on the changed measure.
#include "golden_case.hpp"
#include "loaded_inputs.hpp"

#include "lexcheck/analysis/remedies.hpp"
#include "lexcheck/reports/remedy_words.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace lexcheck {
namespace {

namespace fs = std::filesystem;

std::string value_text(const core::Schema& schema, std::uint32_t fact,
                       const std::optional<core::Value>& v) {
    return v ? schema.format_value(*v, schema.fact(fact).type.enum_id) : "absent";
}

/// One block per finding: `MEASURE PROVISION OUTCOME: STATUS`, then each remedy (its outcome,
/// its changes, its sentence), `more`, each deciding fact's cases and each deciding set
std::string describe(const core::RuleSet& rules, const core::Corpus& corpus,
                     const checker::CheckResult& result,
                     const std::vector<core::FindingRemedies>& all) {
    std::ostringstream out;
    const core::Schema& schema = rules.schema;
    for (const core::FindingRemedies& r : all) {
        const core::Finding& f = result.findings[r.finding];
        const core::Measure& m = corpus.measures[f.measure];
        out << m.id << " " << rules.provisions[f.provision].id.text << " "
            << core::outcome_name(f.outcome) << ": " << core::remedy_status_name(r.status) << "\n";
        for (std::size_t i = 0; i < r.remedies.size(); ++i) {
            const core::Remedy& remedy = r.remedies[i];
            out << "  " << i + 1 << " " << core::outcome_name(remedy.outcome) << ":";
            for (const core::FactChange& c : remedy.changes) {
                out << " " << schema.fact(c.fact).path << " "
                    << value_text(schema, c.fact, c.before) << " -> "
                    << value_text(schema, c.fact, c.after) << ";";
            }
            out << "\n    " << reports::remedy_sentence(rules, m, r.provision, remedy) << "\n";
        }
        if (r.more) out << "  more\n";
        for (const core::DecidingFact& d : r.deciding)
            out << "  deciding " << reports::deciding_sentence(rules, d) << "\n";
        for (const auto& set : r.decided_by)
            out << "  " << reports::decided_by_sentence(rules, set) << "\n";
        for (const std::string& note : reports::remedy_notes(rules, m, r))
            out << "  note: " << note << "\n";
    }
    return out.str();
}

class GoldenRemedies : public ::testing::TestWithParam<fs::path> {};

TEST_P(GoldenRemedies, MatchesExpectedRemedies) {
    testing::GoldenCase c = testing::read_golden_case(GetParam());
    auto in = testing::load_inputs(c.sections["rules"], c.sections["measures"]);
    ASSERT_TRUE(in->errors.empty()) << in->errors;
    checker::CheckOptions co;
    co.as_of = *core::parse_date(c.arguments["as_of"]);
    co.threads = 1;
    auto result = checker::check(in->rules, in->corpus, in->sources, co);
    analysis::RemedyOptions ro;
    ro.as_of = co.as_of;
    // `--- options count=4 keep_others steps=N` (the words may also follow on the next lines)
    std::istringstream options(c.arguments["options"] + " " + c.sections["options"]);
    for (std::string word; options >> word;) {
        if (word == "keep_others") ro.keep_others = true;
        if (word.rfind("count=", 0) == 0)
            ro.count = static_cast<unsigned>(std::stoul(word.substr(6)));
        if (word.rfind("steps=", 0) == 0)
            ro.limits.steps = static_cast<unsigned>(std::stoul(word.substr(6)));
    }
    auto all = analysis::find_remedies(in->rules, in->sources, in->corpus, result, ro, 1);
    EXPECT_EQ(all, analysis::find_remedies(in->rules, in->sources, in->corpus, result, ro, 3))
        << "thread count changed the remedies";

    for (const core::FindingRemedies& r : all) {
        const core::Finding& f = result.findings[r.finding];
        const core::Measure& m = in->corpus.measures[f.measure];
        EXPECT_EQ(r.unconfirmed, 0u);
        auto before = checker::check(
            in->rules,
            [&] {
                core::Corpus one;
                one.measures.push_back(m);
                return one;
            }(),
            in->sources, co);
        for (const core::Remedy& remedy : r.remedies) {
            core::Measure changed = m;
            for (const core::FactChange& ch : remedy.changes) {
                auto at = std::find_if(changed.facts.begin(), changed.facts.end(),
                                       [&](const core::FactValue& v) { return v.fact >= ch.fact; });
                if (at != changed.facts.end() && at->fact == ch.fact)
                    at->value = ch.after;
                else
                    changed.facts.insert(at, {ch.fact, ch.after, {}});
            }
            core::Finding again =
                checker::decide_one(in->rules, in->sources, changed, 0, f.provision, co.as_of);
            EXPECT_EQ(again.outcome, remedy.outcome);
            EXPECT_TRUE(again.outcome == core::Outcome::compliant ||
                        again.outcome == core::Outcome::not_applicable);
            if (!ro.keep_others) continue;
            core::Corpus one;
            one.measures.push_back(changed);
            for (const core::Finding& g :
                 checker::check(in->rules, one, in->sources, co).findings) {
                if (g.outcome != core::Outcome::violation || !g.binding) continue;
                bool was = std::any_of(
                    before.findings.begin(), before.findings.end(), [&](const core::Finding& h) {
                        return h.provision == g.provision && h.outcome == core::Outcome::violation;
                    });
                EXPECT_TRUE(was) << "a new binding violation of "
                                 << in->rules.provisions[g.provision].id.text;
            }
        }
    }

    std::string got = describe(in->rules, in->corpus, result, all);
    if (testing::update_golden()) {
        std::string text = testing::read_text(GetParam());
        testing::write_text(GetParam(), text.substr(0, text.find("--- want")) + "--- want\n" + got);
        return;
    }
    EXPECT_EQ(got, c.sections["want"]);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, GoldenRemedies,
    ::testing::ValuesIn(testing::golden_files(fs::path(LEXCHECK_TEST_DIR) / "golden/remedies",
                                              ".case")),
    [](const ::testing::TestParamInfo<fs::path>& info) { return testing::test_name(info.param); });

}  // namespace
}  // namespace lexcheck
