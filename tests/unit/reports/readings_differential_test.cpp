// LANGUAGE.md §8 differential test: random rule sets with readings (of provisions and of
// exceptions, some not in force) and random measures are decided by lexcheck and by a small
// model of §5 and §8 written here from the specification, not from the checker's code.
// Every finding must agree (outcome, defeated_by, missing facts, every assignment), and the
// JSON report must be byte-identical for 1 and 4 threads.
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

constexpr int kFacts = 5;

// ----- The model -----------------------------------------------------------------------

enum class T { no, yes, unknown };

T t_not(T a) {
    return a == T::yes ? T::no : a == T::no ? T::yes : T::unknown;
}
T t_and(T a, T b) {
    if (a == T::no || b == T::no) return T::no;
    return a == T::unknown || b == T::unknown ? T::unknown : T::yes;
}
T t_or(T a, T b) {
    return t_not(t_and(t_not(a), t_not(b)));
}

/// A condition: a bool fact, `not`, `and` or `or` of two conditions
struct Cond {
    enum Kind { fact, negation, conj, disj } kind = fact;
    int f = 0;
    std::shared_ptr<Cond> a, b;

    std::string text() const {
        switch (kind) {
            case fact:
                return "f" + std::to_string(f);
            case negation:
                return "not (" + a->text() + ")";
            case conj:
                return "(" + a->text() + ") and (" + b->text() + ")";
            case disj:
                return "(" + a->text() + ") or (" + b->text() + ")";
        }
        return "";
    }
};
using CondP = std::shared_ptr<Cond>;

/// A measure's facts: absent (-1), false (0) or true (1)
using Facts = std::vector<int>;

/// §5.6 value and §5.7 missing facts (absent facts read by unknown nodes, through unknown
/// nodes only)
T eval(const CondP& c, const Facts& m, std::set<std::string>* missing = nullptr) {
    if (!c) return T::yes;
    T v = T::unknown;
    switch (c->kind) {
        case Cond::fact:
            v = m[c->f] < 0 ? T::unknown : m[c->f] ? T::yes : T::no;
            if (v == T::unknown && missing) missing->insert("f" + std::to_string(c->f));
            return v;
        case Cond::negation:
            return t_not(eval(c->a, m, missing));
        case Cond::conj:
        case Cond::disj: {
            T x = eval(c->a, m), y = eval(c->b, m);
            v = c->kind == Cond::conj ? t_and(x, y) : t_or(x, y);
            if (v == T::unknown && missing) {
                if (x == T::unknown) eval(c->a, m, missing);
                if (y == T::unknown) eval(c->b, m, missing);
            }
            return v;
        }
    }
    return v;
}

struct Reading {
    std::string id;
    CondP scope, norm;  ///< Null: the provision's own
};

struct Prov {
    std::string id;
    bool exception = false;
    bool in_force = true;
    int parent = -1;  ///< For an exception
    CondP scope, norm;
    std::vector<CondP> unless;
    std::vector<int> exceptions;    ///< Children, in id order
    std::vector<Reading> readings;  ///< In id order
};

struct Outcome {
    std::string outcome;
    std::string defeated_by;
    std::set<std::string> missing;
};

struct Model {
    std::vector<Prov> provs;
    std::map<int, int> choice;  ///< Point -> reading index + 1 (0: primary)

    CondP scope(int p) const {
        auto it = choice.find(p);
        int k = it == choice.end() ? 0 : it->second;
        return k && provs[p].readings[k - 1].scope ? provs[p].readings[k - 1].scope
                                                   : provs[p].scope;
    }
    CondP norm(int p) const {
        auto it = choice.find(p);
        int k = it == choice.end() ? 0 : it->second;
        return k && provs[p].readings[k - 1].norm ? provs[p].readings[k - 1].norm : provs[p].norm;
    }

    /// Whether exception `e` holds: its scope and `when`, and none of its own exceptions
    T holds(int e, const Facts& m) const {
        T own = T::no;
        for (const CondP& u : provs[e].unless) own = t_or(own, eval(u, m));
        for (int c : provs[e].exceptions) {
            if (provs[c].in_force) own = t_or(own, holds(c, m));
        }
        return t_and(t_and(eval(scope(e), m), eval(norm(e), m)), t_not(own));
    }

    void exception_missing(int e, const Facts& m, std::set<std::string>& out) const {
        if (eval(scope(e), m) == T::unknown) eval(scope(e), m, &out);
        if (eval(norm(e), m) == T::unknown) eval(norm(e), m, &out);
        for (const CondP& u : provs[e].unless) {
            if (eval(u, m) == T::unknown) eval(u, m, &out);
        }
        for (int c : provs[e].exceptions) {
            if (provs[c].in_force && holds(c, m) == T::unknown) exception_missing(c, m, out);
        }
    }

    /// LANGUAGE.md §5 under the current choice of readings
    Outcome decide(int p, const Facts& m) const {
        Outcome o;
        if (!provs[p].in_force) return {"not_applicable", "", {}};
        T s = eval(scope(p), m);
        if (s == T::no) return {"not_applicable", "", {}};
        if (s == T::unknown) {
            eval(scope(p), m, &o.missing);
            return {"undetermined", "", o.missing};
        }
        T n = eval(norm(p), m);
        if (n == T::no) return {"compliant", "", {}};
        bool unknown = n == T::unknown;
        for (std::size_t k = 0; k < provs[p].unless.size(); ++k) {
            T u = eval(provs[p].unless[k], m);
            if (u == T::yes && o.defeated_by.empty())
                o.defeated_by = provs[p].id + "#unless" + std::to_string(k + 1);
            unknown = unknown || u == T::unknown;
        }
        for (int e : provs[p].exceptions) {
            if (!provs[e].in_force) continue;
            T h = holds(e, m);
            if (h == T::yes && o.defeated_by.empty()) o.defeated_by = provs[e].id;
            unknown = unknown || h == T::unknown;
        }
        if (!o.defeated_by.empty()) return {"compliant", o.defeated_by, {}};
        if (!unknown) return {"violation", "", {}};
        if (n == T::unknown) eval(norm(p), m, &o.missing);
        for (const CondP& u : provs[p].unless) {
            if (eval(u, m) == T::unknown) eval(u, m, &o.missing);
        }
        for (int e : provs[p].exceptions) {
            if (provs[e].in_force && holds(e, m) == T::unknown) exception_missing(e, m, o.missing);
        }
        return {"undetermined", "", o.missing};
    }
};

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

/// The model's finding line for (measure, provision), in the form `describe` writes
std::string model_finding(Model& m, int p, const Facts& facts) {
    // Points: P (with readings), then exceptions with readings whose path to P is in force.
    std::vector<int> points;
    if (!m.provs[p].readings.empty()) points.push_back(p);
    std::vector<int> stack(m.provs[p].exceptions.begin(), m.provs[p].exceptions.end());
    std::vector<int> found;
    while (!stack.empty()) {
        int e = stack.back();
        stack.pop_back();
        if (!m.provs[e].in_force) continue;
        if (!m.provs[e].readings.empty()) found.push_back(e);
        stack.insert(stack.end(), m.provs[e].exceptions.begin(), m.provs[e].exceptions.end());
    }
    std::sort(found.begin(), found.end(),
              [&](int a, int b) { return m.provs[a].id < m.provs[b].id; });
    points.insert(points.end(), found.begin(), found.end());
    // Assignments in lexicographic order, the last point fastest, primary first.
    std::vector<std::vector<int>> assignments{{}};
    for (int point : points) {
        std::vector<std::vector<int>> next;
        for (const auto& a : assignments) {
            for (int k = 0; k <= static_cast<int>(m.provs[point].readings.size()); ++k) {
                next.push_back(a);
                next.back().push_back(k);
            }
        }
        assignments = next;
    }
    if (!m.provs[p].in_force) assignments = {std::vector<int>(points.size(), 0)};
    std::vector<Outcome> outcomes;
    for (const auto& a : assignments) {
        m.choice.clear();
        for (std::size_t i = 0; i < points.size(); ++i) m.choice[points[i]] = a[i];
        outcomes.push_back(m.decide(p, facts));
    }
    m.choice.clear();
    auto missing_text = [](const std::set<std::string>& s) {
        std::string out;
        for (const auto& f : s) out += (out.empty() ? " missing=" : ",") + f;
        return out;
    };
    bool same = true, fault = false;
    std::set<std::string> all_missing;
    for (const Outcome& o : outcomes) {
        same = same && o.outcome == outcomes[0].outcome;
        fault = fault || (o.outcome != "compliant" && o.outcome != "not_applicable");
        all_missing.insert(o.missing.begin(), o.missing.end());
    }
    std::string line = m.provs[p].id + " ";
    if (same) {
        const Outcome& o = outcomes[0];
        line += o.outcome + (o.defeated_by.empty() ? "" : " defeated_by=" + o.defeated_by) +
                missing_text(o.outcome == "undetermined" ? all_missing : std::set<std::string>{});
        return line + "\n";
    }
    if (!fault) {
        for (const Outcome& o : outcomes) {
            if (o.outcome != "compliant") continue;
            return line + "compliant" +
                   (o.defeated_by.empty() ? "" : " defeated_by=" + o.defeated_by) + "\n";
        }
    }
    line += "contested" + missing_text(all_missing) + "\n";
    for (std::size_t a = 0; a < assignments.size(); ++a) {
        line += "  under";
        for (std::size_t i = 0; i < points.size(); ++i) {
            int k = assignments[a][i];
            line += (i ? "," : " ") + m.provs[points[i]].id + "=" +
                    (k ? m.provs[points[i]].readings[k - 1].id : "primary");
        }
        const Outcome& o = outcomes[a];
        line += ": " + o.outcome + (o.defeated_by.empty() ? "" : " defeated_by=" + o.defeated_by) +
                missing_text(o.missing) + "\n";
    }
    return line;
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
