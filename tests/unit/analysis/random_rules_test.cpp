// Issue 17: on small random rule sets (four facts with small domains), the solver's answers
// equal those found by brute force — every measure those facts can describe, decided by the
// checker. Minimal remedies: the families of fact sets are equal. Conflicts: the pairs, the
// scopes that never hold, the provisions never complied with and never violated are equal.
#include "loaded_inputs.hpp"

#include "lexcheck/analysis/conflicts.hpp"
#include "lexcheck/analysis/remedies.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>

namespace lexcheck {
namespace {

constexpr const char* kVocabulary = R"lex(vocabulary v {
  enum letter { x, y, z }
  enum member { p, q }
  fact b : bool "b"
  fact e : letter "e"
  fact n : int "n"
  fact s : set<member> "s"
}
)lex";

/// Every value the brute force tries for a fact (`n` is compared with 0..3 only, so these
/// are all the values that can decide differently)
const std::vector<std::vector<std::string>> kValues = {{"true", "false"},
                                                       {"x", "y", "z"},
                                                       {"-1", "0", "1", "2", "3", "4"},
                                                       {"[]", "[p]", "[q]", "[p, q]"}};
const std::vector<std::string> kFacts = {"b", "e", "n", "s"};

/// Random conditions, provisions and measures over kVocabulary
class Generator {
public:
    explicit Generator(unsigned seed) : rng_(seed) {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

    std::string atom() {
        static const std::vector<std::string> atoms = {
            "b",           "e == x",           "e in {x, y}",      "e != z",
            "n > 1",       "n <= 2",           "n == 0",           "n >= 3",
            "s has p",     "s has any {p, q}", "s has all {p, q}", "b is known",
            "n is unknown"};
        return atoms[static_cast<std::size_t>(pick(static_cast<int>(atoms.size())))];
    }

    std::string condition(int depth = 0) {
        int k = depth >= 2 ? 0 : pick(4);
        if (k == 0) return atom();
        if (k == 1) return "not (" + condition(depth + 1) + ")";
        return "(" + condition(depth + 1) + (k == 2 ? " and " : " or ") + condition(depth + 1) +
               ")";
    }

    /// A provision `id` of instrument `inst`, with its exceptions and maybe a reading (of its
    /// norm only, with `norm_readings`); `scope` receives its scope ("" for none)
    std::string provision(const std::string& id, const std::string& inst, bool readings,
                          bool norm_readings = false, std::string* scope = nullptr) {
        std::string out =
            "provision " + id + " {\n  of " + inst + " cite \"" + id + "\" text \"t\"\n";
        std::string own_scope = pick(3) > 0 ? condition() : "";
        if (scope) *scope = own_scope;
        if (!own_scope.empty()) out += "  scope " + own_scope + "\n";
        const std::string norm = pick(2) ? "  prohibits " : "  requires ";
        out += norm + condition() + "\n";
        for (int u = pick(3); u > 0; --u)
            out += "  unless " + condition() + " \"u" + std::to_string(u) + "\"\n";
        out += "}\n";
        if (pick(2)) {
            out += "provision " + id + "_e {\n  of " + inst +
                   " cite \"e\" text \"t\"\n  exception to " + id + "\n  when " + condition() +
                   "\n}\n";
            if (pick(2))
                out += "provision " + id + "_ee {\n  of " + inst +
                       " cite \"ee\" text \"t\"\n  exception to " + id + "_e\n  when " +
                       condition() + "\n}\n";
        }
        if ((readings || norm_readings) && pick(2)) {
            out += "reading " + id + ".other {\n  of " + id + "\n  position \"another\"\n";
            out += (pick(2) && !norm_readings ? "  scope " : norm) + condition() + "\n";
            out += "}\n";
        }
        return out;
    }

    /// A measure `id` of RU: each fact absent or one of its values
    std::string measure(const std::string& id) {
        std::string out = "  - id: " + id + "\n    jurisdiction: RU\n    facts: {";
        bool first = true;
        for (std::size_t f = 0; f < kFacts.size(); ++f) {
            int k = pick(static_cast<int>(kValues[f].size()) + 1);
            if (k == 0) continue;
            out += std::string(first ? " " : ", ") + kFacts[f] + ": " +
                   kValues[f][static_cast<std::size_t>(k - 1)];
            first = false;
        }
        return out + " }\n";
    }

private:
    std::mt19937 rng_;
};

const char* kInstruments =
    R"lex(instrument a "A" { kind treaty origin regional in_force 2000-01-01 party RU from 2000-01-01 }
instrument b "B" { kind convention origin universal in_force 2000-01-01 party RU from 2000-01-01 }
instrument aux "Scopes alone" { kind treaty origin regional in_force 2000-01-01 party KZ from 2000-01-01 }
)lex";

/// A measure of RU as the brute force sees it: per fact of kFacts, a value or none
using Values = std::vector<std::optional<core::Value>>;

/// A measure of RU stating `values` (one per kFacts; nullopt: not stated)
core::Measure measure_of(const core::Schema& schema, const Values& values) {
    core::Measure m;
    m.id = "m";
    m.jurisdiction = "RU";
    for (std::size_t f = 0; f < kFacts.size(); ++f) {
        if (values[f]) m.facts.push_back({*schema.find_fact(kFacts[f]), *values[f], {}});
    }
    std::sort(m.facts.begin(), m.facts.end(),
              [](const core::FactValue& a, const core::FactValue& b) { return a.fact < b.fact; });
    return m;
}

/// The values kValues names, as the schema reads them
std::vector<std::vector<core::Value>> domains(const core::Schema& schema) {
    std::vector<std::vector<core::Value>> out;
    for (const std::string& path : kFacts) {
        const core::FactInfo& info = schema.fact(*schema.find_fact(path));
        std::vector<core::Value> d;
        switch (info.type.kind) {
            case core::TypeKind::boolean:
                d = {core::make_bool(true), core::make_bool(false)};
                break;
            case core::TypeKind::enumeration:
                for (std::uint32_t i = 0; i < 3; ++i) d.push_back(core::make_enum(i));
                break;
            case core::TypeKind::integer:
                for (int i = -1; i <= 4; ++i) d.push_back(core::make_int(i));
                break;
            default:
                d = {core::make_set({}), core::make_set({0}), core::make_set({1}),
                     core::make_set({0, 1})};
                break;
        }
        out.push_back(std::move(d));
    }
    return out;
}

/// Every way to give the facts `facts` (indices into kFacts) a value, and with `absent` also
/// none: calls `each` with one choice per fact
void every_value(const std::vector<std::vector<core::Value>>& domain,
                 const std::vector<std::size_t>& facts, bool absent,
                 const std::function<void(const Values&)>& each) {
    std::vector<std::size_t> at(facts.size(), 0);
    const std::size_t shift = absent ? 1 : 0;
    for (;;) {
        Values chosen;
        for (std::size_t i = 0; i < facts.size(); ++i) {
            if (absent && at[i] == 0)
                chosen.push_back(std::nullopt);
            else
                chosen.push_back(domain[facts[i]][at[i] - shift]);
        }
        each(chosen);
        std::size_t i = 0;
        for (; i < facts.size(); ++i) {
            if (++at[i] < domain[facts[i]].size() + shift) break;
            at[i] = 0;
        }
        if (i == facts.size()) return;
    }
}

/// The checker, deciding measures described by Values (memoised)
class Judge {
public:
    explicit Judge(const testing::LoadedInputs& in) : in_(in), domain_(domains(in.rules.schema)) {}

    const std::vector<std::vector<core::Value>>& domain() const { return domain_; }

    core::Outcome outcome(const Values& values, std::uint32_t provision) {
        std::string key = std::to_string(provision);
        for (const auto& v : values) {
            key += v ? "|" + std::to_string(v->integer) + ":" : std::string("|-");
            for (std::uint32_t m : v ? v->members : std::vector<std::uint32_t>{})
                key += std::to_string(m) + ",";
        }
        if (auto it = memo_.find(key); it != memo_.end()) return it->second;
        core::Measure m = measure_of(in_.rules.schema, values);
        core::Outcome o = checker::decide_one(in_.rules, in_.sources, m, 0, provision,
                                              core::make_date(2020, 1, 1))
                              .outcome;
        return memo_[key] = o;
    }

    /// The measure's facts as Values
    Values values_of(const core::Measure& m) const {
        Values out(kFacts.size());
        for (std::size_t f = 0; f < kFacts.size(); ++f) {
            if (const core::FactValue* v = m.find(*in_.rules.schema.find_fact(kFacts[f])))
                out[f] = v->value;
        }
        return out;
    }

private:
    const testing::LoadedInputs& in_;
    std::vector<std::vector<core::Value>> domain_;
    std::map<std::string, core::Outcome> memo_;
};

bool remedied(core::Outcome o) {
    return o == core::Outcome::compliant || o == core::Outcome::not_applicable;
}

/// The subset-minimal sets of facts whose change (each to another value) can remedy the
/// finding of `provision` for the measure `values`
std::set<std::set<std::string>> brute_force_remedies(Judge& judge, const Values& values,
                                                     std::uint32_t provision) {
    std::set<std::set<std::string>> remedies;
    for (unsigned mask = 1; mask < (1u << kFacts.size()); ++mask) {
        std::vector<std::size_t> facts;
        std::set<std::string> names;
        for (std::size_t f = 0; f < kFacts.size(); ++f) {
            if (mask & (1u << f)) {
                facts.push_back(f);
                names.insert(kFacts[f]);
            }
        }
        bool found = false;
        every_value(judge.domain(), facts, false, [&](const Values& chosen) {
            if (found) return;
            Values changed = values;
            for (std::size_t i = 0; i < facts.size(); ++i) {
                if (chosen[i] == values[facts[i]]) return;  // a change must change the value
                changed[facts[i]] = chosen[i];
            }
            found = remedied(judge.outcome(changed, provision));
        });
        if (found) remedies.insert(names);
    }
    std::set<std::set<std::string>> minimal;
    for (const auto& r : remedies) {
        bool has_smaller = std::any_of(remedies.begin(), remedies.end(), [&](const auto& o) {
            return o != r && std::includes(r.begin(), r.end(), o.begin(), o.end());
        });
        if (!has_smaller) minimal.insert(r);
    }
    return minimal;
}

TEST(RandomRules, MinimalRemediesEqualBruteForce) {
    int compared = 0;
    for (unsigned seed = 1; seed <= 60; ++seed) {
        Generator g(seed);
        std::string rules = std::string(kInstruments) + kVocabulary + g.provision("a.p", "a", true);
        std::string yaml = "measures:\n" + g.measure("m");
        SCOPED_TRACE("seed " + std::to_string(seed) + "\n" + rules + yaml);
        auto in = testing::load_inputs(rules, yaml);
        ASSERT_TRUE(in->errors.empty()) << in->errors;
        checker::CheckOptions co;
        co.as_of = core::make_date(2020, 1, 1);
        auto result = checker::check(in->rules, in->corpus, in->sources, co);
        analysis::RemedyOptions ro;
        ro.as_of = co.as_of;
        ro.count = 100;  // every minimal set
        auto all = analysis::find_remedies(in->rules, in->sources, in->corpus, result, ro, 1);
        Judge judge(*in);
        const Values values = judge.values_of(in->corpus.measures[0]);
        for (const core::FindingRemedies& r : all) {
            std::set<std::set<std::string>> got;
            for (const core::Remedy& remedy : r.remedies) {
                std::set<std::string> names;
                Values changed = values;
                for (const core::FactChange& c : remedy.changes) {
                    const std::string& path = in->rules.schema.fact(c.fact).path;
                    names.insert(path);
                    auto at = std::find(kFacts.begin(), kFacts.end(), path);
                    ASSERT_NE(at, kFacts.end()) << path;
                    changed[static_cast<std::size_t>(at - kFacts.begin())] = c.after;
                }
                got.insert(names);
                // The checker's own verdict on the changed measure
                core::Outcome o = judge.outcome(changed, r.provision);
                EXPECT_EQ(o, remedy.outcome);
                EXPECT_TRUE(o == core::Outcome::compliant || o == core::Outcome::not_applicable);
            }
            auto want = brute_force_remedies(judge, values, r.provision);
            EXPECT_EQ(got, want);
            EXPECT_EQ(r.status == core::RemedyStatus::impossible, want.empty());
            EXPECT_FALSE(r.more);
            EXPECT_EQ(r.unconfirmed, 0u);
            ++compared;
        }
    }
    EXPECT_GT(compared, 20);  // enough findings wanted remedies to compare
}

/// What the brute force finds about provisions `ids` of RU, in the words of the report:
/// `scope_never_holds P`, `never_complied P`, `never_violated P`, `conflict P Q`
std::set<std::string> brute_force_proofs(const testing::LoadedInputs& in,
                                         const std::vector<std::string>& ids) {
    checker::PairChecker checker(in.rules, in.sources, core::make_date(2020, 1, 1));
    const auto domain = domains(in.rules.schema);
    std::vector<std::uint32_t> p, scope;
    for (const std::string& id : ids) {
        p.push_back(*in.rules.find_provision(id));
        scope.push_back(*in.rules.find_provision("aux." + id.substr(0, 1) + "_scope"));
    }
    std::vector<bool> scope_holds(ids.size()), complied(ids.size()), violated(ids.size());
    std::set<std::pair<std::size_t, std::size_t>> overlap, both_comply;
    std::vector<std::size_t> all{0, 1, 2, 3};
    every_value(domain, all, true, [&](const Values& values) {
        core::Measure m = measure_of(in.rules.schema, values);
        std::vector<bool> in_scope, comply;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            // The auxiliary provision `prohibits true` within the same scope: a violation
            // exactly when the scope holds.
            in_scope.push_back(checker.decide(m, 0, scope[i], false).outcome ==
                               core::Outcome::violation);
            core::Finding f = checker.decide(m, 0, p[i], false);
            comply.push_back(f.outcome == core::Outcome::compliant);
            scope_holds[i] = scope_holds[i] || in_scope[i];
            complied[i] = complied[i] || comply[i];
            // Violated under some reading: a violation, or a contested finding with one.
            violated[i] = violated[i] || f.outcome == core::Outcome::violation ||
                          std::any_of(f.readings.begin(), f.readings.end(), [](const auto& a) {
                              return a.outcome == core::Outcome::violation;
                          });
        }
        for (std::size_t i = 0; i < ids.size(); ++i) {
            for (std::size_t j = i + 1; j < ids.size(); ++j) {
                if (in_scope[i] && in_scope[j]) overlap.insert({i, j});
                if (comply[i] && comply[j]) both_comply.insert({i, j});
            }
        }
    });
    std::set<std::string> out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (!scope_holds[i]) {
            out.insert("scope_never_holds " + ids[i]);
            continue;
        }
        if (!complied[i]) out.insert("never_complied " + ids[i]);
        if (!violated[i]) out.insert("never_violated " + ids[i]);
    }
    for (auto [i, j] : overlap) {
        if (complied[i] && complied[j] && !both_comply.count({i, j}))
            out.insert("conflict " + ids[i] + " " + ids[j]);
    }
    return out;
}

TEST(RandomRules, ConflictsEqualBruteForce) {
    int conflicts = 0;
    for (unsigned seed = 1; seed <= 120; ++seed) {
        Generator g(seed);
        std::string scope_a, scope_b;
        std::string rules = std::string(kInstruments) + kVocabulary +
                            g.provision("a.p", "a", false, true, &scope_a) +
                            g.provision("b.q", "b", false, true, &scope_b);
        for (auto [name, scope] : {std::pair{"a_scope", scope_a}, std::pair{"b_scope", scope_b}}) {
            rules += std::string("provision aux.") + name + " {\n  of aux cite \"s\" text \"t\"\n" +
                     (scope.empty() ? "" : "  scope " + scope + "\n") + "  prohibits true\n}\n";
        }
        SCOPED_TRACE("seed " + std::to_string(seed) + "\n" + rules);
        auto in = testing::load_inputs(rules, "measures: []\n");
        ASSERT_TRUE(in->errors.empty()) << in->errors;
        analysis::ConflictOptions co;
        co.as_of = core::make_date(2020, 1, 1);
        co.jurisdictions = {"RU"};
        core::ConflictReport report = analysis::find_conflicts(in->rules, in->sources, co);
        EXPECT_EQ(report.unconfirmed, 0u);
        EXPECT_TRUE(report.undecided.empty());
        std::set<std::string> got;
        for (const core::Proof& pr : report.proofs) {
            const std::string id = in->rules.provisions[pr.provision].id.text;
            switch (pr.kind) {
                case core::ProofKind::conflict:
                    got.insert("conflict " + id + " " + in->rules.provisions[pr.other].id.text);
                    ++conflicts;
                    for (const core::Finding& f : pr.witness_findings)
                        EXPECT_NE(f.outcome, core::Outcome::not_applicable);
                    break;
                case core::ProofKind::norm_never_breached:
                case core::ProofKind::exceptions_always_hold:
                    got.insert("never_violated " + id);
                    break;
                case core::ProofKind::exception_never_holds:
                    break;  // lint_proofs_test and the golden cases check these
                default:
                    if (pr.reading.empty() || pr.kind != core::ProofKind::scope_never_holds)
                        got.insert(std::string(core::proof_kind_name(pr.kind)) + " " + id);
                    break;
            }
        }
        EXPECT_EQ(got, brute_force_proofs(*in, {"a.p", "b.q"}));
    }
    EXPECT_GT(conflicts, 2);  // the seeds include conflicts to compare
}

}  // namespace
}  // namespace lexcheck
