#include "deciding.hpp"

#include "candidates.hpp"
#include "recheck.hpp"

#include <algorithm>

namespace lexcheck::analysis::detail {

using core::TypeKind;

namespace {

/// A value class of an ordered fact: a range and a value inside it
struct Interval {
    core::ValueRange range;
    core::Value example;
};

/// The ranges between and at the constants the fact is compared with: the outcome cannot
/// change inside one (conditions compare the fact with those constants only)
std::vector<Interval> ordered_classes(TypeKind kind, std::vector<double> cuts, core::Date as_of) {
    if (kind == TypeKind::duration)  // durations are never negative
        cuts.erase(std::remove_if(cuts.begin(), cuts.end(), [](double c) { return c < 0; }),
                   cuts.end());
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    auto v = [&](double x) { return ordered_value(kind, x); };
    if (cuts.empty()) return {{{}, v(kind == TypeKind::date ? as_of.days : 0)}};
    const bool integral = kind != TypeKind::number;
    std::vector<Interval> out;
    const double first = cuts.front();
    if (kind != TypeKind::duration || first > 0) {
        core::ValueRange below;
        if (kind == TypeKind::duration) below.low = v(0);
        below.high = v(integral ? first - 1 : first);
        below.high_strict = !integral;
        out.push_back({below, v(first - 1)});
    }
    for (std::size_t i = 0; i < cuts.size(); ++i) {
        const double c = cuts[i];
        out.push_back({{v(c), v(c), false, false}, v(c)});
        if (i + 1 == cuts.size()) {
            core::ValueRange above;
            above.low = v(integral ? c + 1 : c);
            above.low_strict = !integral;
            out.push_back({above, v(c + 1)});
        } else if (!integral) {
            out.push_back({{v(c), v(cuts[i + 1]), true, true}, v((c + cuts[i + 1]) / 2)});
        } else if (c + 1 <= cuts[i + 1] - 1) {
            out.push_back({{v(c + 1), v(cuts[i + 1] - 1), false, false}, v(c + 1)});
        }
    }
    return out;
}

/// Values of a set fact that differ in the members the provision tests: every subset of
/// up to 3 tested members; beyond that none, each alone, and all (`sampled`)
std::vector<core::Value> set_classes(const std::vector<std::uint32_t>& tested, bool& sampled) {
    std::vector<core::Value> out;
    sampled = tested.size() > 3;
    if (!sampled) {
        for (std::uint32_t mask = 0; mask < (1u << tested.size()); ++mask) {
            std::vector<std::uint32_t> members;
            for (std::size_t i = 0; i < tested.size(); ++i) {
                if (mask & (1u << i)) members.push_back(tested[i]);
            }
            out.push_back(core::make_set(members));
        }
        std::stable_sort(out.begin(), out.end(), [](const core::Value& a, const core::Value& b) {
            return a.members.size() < b.members.size();
        });
        return out;
    }
    out.push_back(core::make_set({}));
    for (std::uint32_t m : tested) out.push_back(core::make_set({m}));
    out.push_back(core::make_set(tested));
    return out;
}

}  // namespace

core::DecidingFact deciding_fact(const core::RuleSet& rules, const checker::PairChecker& checker,
                                 const core::Measure& measure, std::uint32_t provision,
                                 std::uint32_t fact, const FactUsage& usage, core::Date as_of) {
    core::DecidingFact out;
    out.fact = fact;
    const core::FactInfo& info = rules.schema.fact(fact);
    auto outcome = [&](const core::Value& v) {
        core::Measure changed = changed_measure(measure, {{fact, std::nullopt, v}});
        return outcome_of(checker, changed, provision);
    };
    const TypeKind kind = info.type.kind;
    if (kind == TypeKind::integer || kind == TypeKind::number || kind == TypeKind::date ||
        kind == TypeKind::duration) {
        std::vector<double> cuts;
        if (auto it = usage.constants.find(fact); it != usage.constants.end()) {
            for (const core::Value& c : it->second) cuts.push_back(ordered_number(c));
        }
        // A fact compared with another: the other's stated value is a cut too.
        if (usage.compared_with_fact.count(fact)) {
            for (std::uint32_t other : usage.compared_with_fact) {
                const core::FactValue* v = measure.find(other);
                if (other != fact && v && rules.schema.fact(other).type.kind == kind)
                    cuts.push_back(ordered_number(v->value));
            }
        }
        for (Interval& i : ordered_classes(kind, cuts, as_of)) {
            core::Outcome o = outcome(i.example);
            if (!out.cases.empty() && out.cases.back().outcome == o) {
                out.cases.back().range->high = i.range.high;  // neighbours with one outcome
                out.cases.back().range->high_strict = i.range.high_strict;
                continue;
            }
            out.cases.push_back({o, {}, i.range, i.example});
        }
        return out;
    }
    std::vector<core::Value> values;
    if (kind == TypeKind::set) {
        if (auto it = usage.members.find(fact); it != usage.members.end())
            out.tested_members.assign(it->second.begin(), it->second.end());
        values = set_classes(out.tested_members, out.sampled);
    } else {
        values = candidate_values(rules.schema, usage, fact, std::nullopt, as_of);
        if (kind == TypeKind::text || kind == TypeKind::state)
            values.push_back(kind == TypeKind::text ? core::make_text("") : core::make_state("ZZ"));
    }
    for (const core::Value& v : values) {
        core::Outcome o = outcome(v);
        auto same = std::find_if(out.cases.begin(), out.cases.end(),
                                 [&](const core::DecidingCase& c) { return c.outcome == o; });
        if (same != out.cases.end()) {
            same->values.push_back(v);
            continue;
        }
        out.cases.push_back({o, {v}, std::nullopt, v});
    }
    return out;
}

void explain_undetermined(const core::RuleSet& rules, const checker::PairChecker& checker,
                          const core::Measure& measure, const core::Finding& finding,
                          RemedySearch& search, core::Date as_of, core::FindingRemedies& out) {
    std::vector<std::uint32_t> unknown;
    for (const std::string& path : finding.missing_facts) {
        auto f = rules.schema.find_fact(path);
        if (!f || rules.schema.fact(*f).builtin) continue;  // a remedy never changes those
        unknown.push_back(*f);
        out.deciding.push_back(
            deciding_fact(rules, checker, measure, finding.provision, *f, search.usage(), as_of));
    }
    std::sort(unknown.begin(), unknown.end());
    // The smallest sets that decide it: size by size, up to the first size that has some
    // (a larger set holding one of those is not smallest).
    for (std::size_t size = 1; size <= std::min<std::size_t>(3, unknown.size()); ++size) {
        std::vector<bool> pick(unknown.size(), false);
        std::fill(pick.begin(), pick.begin() + static_cast<std::ptrdiff_t>(size), true);
        do {
            FactSet set;
            for (std::size_t i = 0; i < unknown.size(); ++i) {
                if (pick[i]) set.push_back(unknown[i]);
            }
            Answer a = search.can_stay_undetermined(set);
            if (a == Answer::limit) {
                out.deciding_limit = true;
                return;
            }
            if (a == Answer::unsat) out.decided_by.push_back(set);
        } while (std::prev_permutation(pick.begin(), pick.end()));
        if (!out.decided_by.empty()) return;
    }
}

}  // namespace lexcheck::analysis::detail
