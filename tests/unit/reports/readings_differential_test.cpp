// LANGUAGE.md §8 differential test: random rule sets with readings (of provisions and of
// exceptions, some not in force) and random measures are decided by lexcheck and by a small
// model of §5 and §8 written from the specification, not from the checker's code
// (section8_model.hpp).
// Every finding must agree (outcome, defeated_by, missing facts, every assignment), and the
// JSON report must be byte-identical for 1 and 4 threads.
#include "section8_model.hpp"
#include "temp_dir.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/parser/load.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace lexcheck {
namespace {

using namespace section8_model;

// ----- Random rule sets ----------------------------------------------------------------

struct Generator {
    std::mt19937 rng;
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }

    CondP cond(int depth = 0) {
        auto c = std::make_shared<Cond>();
        int k = depth >= 2 ? 0 : pick(4);
        c->kind = static_cast<Cond::Kind>(k);
        c->f = pick(kFacts);
        if (k != Cond::fact) c->a = cond(depth + 1);
        if (k == Cond::conj || k == Cond::disj) c->b = cond(depth + 1);
        return c;
    }

    std::vector<Reading> readings(const std::string& id, bool exception) {
        std::vector<Reading> out;
        // At most 3 × 2 × 2 × 2 = 24 assignments per provision (the bound is 64).
        int n = !exception && pick(3) == 0 ? 2 : pick(2);
        for (int i = 0; i < n; ++i) {
            Reading r{id + ".r" + std::to_string(i), nullptr, nullptr};
            int what = pick(3);  // scope, norm, both
            if (what != 1 || exception) r.scope = cond();
            if (what != 0) r.norm = cond();
            out.push_back(std::move(r));
        }
        return out;
    }

    Model model(int provisions) {
        Model m;
        for (int i = 0; i < provisions; ++i) {
            int top = static_cast<int>(m.provs.size());
            Prov p;
            p.id = "t.p" + std::to_string(i);
            if (pick(2)) p.scope = cond();
            p.norm = cond();
            for (int u = pick(3); u > 0; --u) p.unless.push_back(cond());
            p.readings = readings(p.id, false);
            m.provs.push_back(p);
            // A chain or two of exceptions below it, some with readings, some not in force.
            for (int e = 0, n = pick(3); e < n; ++e) {
                Prov x;
                x.id = p.id + "_e" + std::to_string(e);
                x.exception = true;
                x.in_force = pick(5) != 0;
                x.parent = e == 2 ? top + 1 : top;
                if (pick(3) == 0) x.scope = cond();
                x.norm = cond();
                if (pick(3) == 0) x.unless.push_back(cond());
                x.readings = readings(x.id, true);
                m.provs[x.parent].exceptions.push_back(static_cast<int>(m.provs.size()));
                m.provs.push_back(x);
            }
        }
        return m;
    }
};

std::string lex_of(const Model& m) {
    std::ostringstream out;
    out << "instrument t \"T\" { kind treaty origin universal in_force 2000-01-01 party RU "
           "from 2000-01-01 }\nvocabulary v {";
    for (int f = 0; f < kFacts; ++f) out << " fact f" << f << " : bool";
    out << " }\n";
    for (const Prov& p : m.provs) {
        out << "provision " << p.id << " { of t cite \"c\" text \"t\"";
        if (!p.in_force) out << " in_force 2030-01-01";
        if (p.scope) out << " scope " << p.scope->text();
        if (p.exception) {
            out << " exception to " << m.provs[p.parent].id << " when " << p.norm->text();
        } else {
            out << " prohibits " << p.norm->text();
        }
        for (const CondP& u : p.unless) out << " unless " << u->text();
        out << " }\n";
        for (const Reading& r : p.readings) {
            out << "reading " << r.id << " { of " << p.id << " position \"p\" authority \"a\"";
            if (r.scope) out << " scope " << r.scope->text();
            if (r.norm) out << (p.exception ? " when " : " prohibits ") << r.norm->text();
            out << " }\n";
        }
    }
    return out.str();
}

/// lexcheck's finding lines (the same form)
std::string lexcheck_finding(const core::RuleSet& rules, const core::Finding& f) {
    std::string line = rules.provisions[f.provision].id.text + " " +
                       std::string(core::outcome_name(f.outcome)) +
                       (f.defeated_by.empty() ? "" : " defeated_by=" + f.defeated_by);
    for (std::size_t i = 0; i < f.missing_facts.size(); ++i)
        line += (i ? "," : " missing=") + f.missing_facts[i];
    line += "\n";
    for (const core::ReadingOutcome& a : f.readings) {
        line += "  under";
        for (std::size_t i = 0; i < a.chosen.size(); ++i) {
            const core::ChosenReading& c = a.chosen[i];
            line += (i ? "," : " ") + rules.provisions[c.provision].id.text + "=" +
                    (c.reading == core::kNone ? "primary" : rules.readings[c.reading].id.text);
        }
        line += ": " + std::string(core::outcome_name(a.outcome)) +
                (a.defeated_by.empty() ? "" : " defeated_by=" + a.defeated_by);
        for (std::size_t i = 0; i < a.missing_facts.size(); ++i)
            line += (i ? "," : " missing=") + a.missing_facts[i];
        line += "\n";
    }
    return line;
}

std::string json_report(const core::SourceManager& sources, const core::RuleSet& rules,
                        const core::Corpus& corpus, const checker::CheckResult& result) {
    reports::Report report{sources, rules, corpus, result, {}, {}, std::nullopt};
    std::ostringstream out;
    reports::make_reporter("json", 1)->write(report, out);
    return out.str();
}

TEST(ReadingsDifferential, RandomRuleSetsAgreeWithAModelOfSection8) {
    constexpr int kRuleSets = 40;
    constexpr int kMeasures = 24;
    // The cases the model must have met for the comparison to mean something.
    std::size_t contested = 0, exception_points = 0, agreed_over_readings = 0;
    for (int seed = 1; seed <= kRuleSets; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        Generator g{std::mt19937(static_cast<unsigned>(seed))};
        Model model = g.model(3);
        std::ostringstream yaml;
        yaml << "measures:\n";
        std::vector<Facts> measures;
        for (int i = 0; i < kMeasures; ++i) {
            Facts facts(kFacts);
            yaml << "  - id: m" << i << "\n    jurisdiction: RU\n    facts: {";
            bool first = true;
            for (int f = 0; f < kFacts; ++f) {
                facts[f] = g.pick(3) - 1;
                if (facts[f] < 0) continue;
                yaml << (first ? " " : ", ") << "f" << f << ": " << (facts[f] ? "true" : "false");
                first = false;
            }
            yaml << " }\n";
            measures.push_back(facts);
        }
        testing::TempDir dir("readings-differential");
        core::SourceManager sources;
        core::RuleSet rules;
        core::Corpus corpus;
        core::DiagnosticSink sink;
        std::string lex = lex_of(model);
        parser::load_rule_set({dir.write("rules.lex", lex)}, sources, rules, sink);
        if (!sink.has_errors()) {
            parser::load_corpus({dir.write("measures.yaml", yaml.str())}, rules.schema, sources,
                                corpus, sink, 1);
        }
        ASSERT_FALSE(sink.has_errors()) << lex;

        checker::CheckOptions options;
        options.as_of = core::make_date(2020, 1, 1);
        options.include_not_applicable = true;
        options.threads = 1;
        auto one = checker::check(rules, corpus, sources, options);
        options.threads = 4;
        auto four = checker::check(rules, corpus, sources, options);
        EXPECT_EQ(json_report(sources, rules, corpus, one),
                  json_report(sources, rules, corpus, four));

        std::map<std::string, std::string> got;
        for (const core::Finding& f : one.findings) {
            got[corpus.measures[f.measure].id] += lexcheck_finding(rules, f);
            contested += f.outcome == core::Outcome::contested;
            agreed_over_readings += f.outcome != core::Outcome::contested &&
                                    !rules.provisions[f.provision].readings.empty();
            for (const core::ReadingOutcome& a : f.readings) {
                exception_points += std::any_of(
                    a.chosen.begin(), a.chosen.end(), [&](const core::ChosenReading& c) {
                        return rules.provisions[c.provision].is_exception() &&
                               c.reading != core::kNone;
                    });
            }
        }
        for (int i = 0; i < kMeasures; ++i) {
            std::string want;
            for (int p = 0; p < static_cast<int>(model.provs.size()); ++p) {
                if (!model.provs[p].exception) want += model_finding(model, p, measures[i]);
            }
            EXPECT_EQ(got["m" + std::to_string(i)], want) << "measure m" << i << "\n" << lex;
        }
    }
    EXPECT_GT(contested, 100u);
    EXPECT_GT(exception_points, 100u);
    EXPECT_GT(agreed_over_readings, 100u);
    std::cout << contested << " contested findings, " << exception_points
              << " assignments choosing an exception's reading, " << agreed_over_readings
              << " findings whose readings agree\n";
}

}  // namespace
}  // namespace lexcheck
