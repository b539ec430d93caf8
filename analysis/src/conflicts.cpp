// `lexcheck conflicts` (issue 17): the States examined, grouped where the rules cannot tell
// them apart, proven one group at a time (in parallel, one solver context each), merged.
#include "lexcheck/analysis/conflicts.hpp"

#include "fact_usage.hpp"
#include "state_proofs.hpp"

#include "lexcheck/core/natural_order.hpp"
#include "lexcheck/core/parallel.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace lexcheck::analysis {

namespace {

/// Every State that some instrument binds on `as_of`
std::vector<std::string> bound_states(const core::RuleSet& rules, core::Date as_of) {
    std::set<std::string> out;
    for (const core::Instrument& inst : rules.instruments) {
        for (const core::Party& p : inst.parties) {
            if (checker::binding_of(inst, p.state.text, as_of).binding) out.insert(p.state.text);
        }
    }
    return {out.begin(), out.end()};
}

/// Whether some condition reads the measure's jurisdiction (then each State is its own group)
bool reads_jurisdiction(const core::RuleSet& rules) {
    for (const core::Condition& c : rules.conditions) {
        for (const core::Resolved* r : {&c.lhs_resolved, &c.rhs_resolved, &c.path_resolved}) {
            if (r->fact == core::kFactJurisdiction) return true;
        }
    }
    return false;
}

/// States the rules treat alike on `as_of` (bound by the same instruments, toward the same
/// States), each group's States sorted; proving for one proves for all
std::vector<std::vector<std::string>> groups(const core::RuleSet& rules,
                                             const std::vector<std::string>& states,
                                             core::Date as_of) {
    const bool each = reads_jurisdiction(rules);
    std::map<std::vector<std::pair<bool, std::vector<std::string>>>, std::size_t> index;
    std::vector<std::vector<std::string>> out;
    for (const std::string& s : states) {
        std::vector<std::pair<bool, std::vector<std::string>>> profile;
        for (const core::Instrument& inst : rules.instruments) {
            checker::Binding b = checker::binding_of(inst, s, as_of);
            profile.push_back({b.binding, b.toward.value_or(std::vector<std::string>{})});
        }
        if (each) profile.push_back({true, {s}});
        auto [it, added] = index.emplace(profile, out.size());
        if (added) out.emplace_back();
        out[it->second].push_back(s);
    }
    return out;
}

/// Where a proof goes in the report: by kind, then provisions in natural id order
auto proof_key(const core::RuleSet& rules, const core::Proof& p) {
    auto id = [&](std::uint32_t i) {
        return i == core::kNone ? std::string() : rules.provisions[i].id.text;
    };
    return std::make_tuple(static_cast<int>(p.kind), id(p.provision), id(p.other), p.reading,
                           p.exception);
}

bool natural_tuple_less(
    const std::tuple<int, std::string, std::string, std::string, std::string>& a,
    const std::tuple<int, std::string, std::string, std::string, std::string>& b) {
    if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
    for (auto [x, y] :
         {std::pair{&std::get<1>(a), &std::get<1>(b)}, std::pair{&std::get<2>(a), &std::get<2>(b)},
          std::pair{&std::get<3>(a), &std::get<3>(b)},
          std::pair{&std::get<4>(a), &std::get<4>(b)}}) {
        if (*x != *y) return core::natural_less(*x, *y);
    }
    return false;
}

}  // namespace

core::ConflictReport find_conflicts(const core::RuleSet& rules, const core::SourceManager& sources,
                                    const ConflictOptions& options) {
    core::ConflictReport report;
    report.as_of = options.as_of;
    std::vector<std::string> states = options.jurisdictions;
    if (states.empty()) states = bound_states(rules, options.as_of);
    std::sort(states.begin(), states.end());
    states.erase(std::unique(states.begin(), states.end()), states.end());
    report.states = states;

    checker::PairChecker checker(rules, sources, options.as_of);  // read-only: shared
    const auto by_profile = groups(rules, states, options.as_of);
    std::vector<detail::StateResult> results(by_profile.size());
    core::parallel_for(by_profile.size(), options.threads, [&](std::size_t g) {
        results[g] = detail::prove_for_state(rules, checker, by_profile[g].front(), options);
    });

    // Merge: one proof per question, with every State it holds for; the witness of the
    // first group (the one whose first State sorts first).
    using Key = decltype(proof_key(rules, std::declval<const core::Proof&>()));
    std::vector<std::pair<Key, core::Proof>> merged;
    for (std::size_t g = 0; g < by_profile.size(); ++g) {
        detail::StateResult& r = results[g];
        report.pairs_examined += r.pairs;
        report.unconfirmed += r.unconfirmed;
        for (core::Proof& p : r.proofs) {
            Key key = proof_key(rules, p);
            auto it = std::find_if(merged.begin(), merged.end(),
                                   [&](const auto& m) { return m.first == key; });
            if (it == merged.end()) {
                p.states = by_profile[g];
                merged.push_back({key, std::move(p)});
            } else {
                auto& s = it->second.states;
                s.insert(s.end(), by_profile[g].begin(), by_profile[g].end());
            }
        }
        for (core::Undecided& u : r.undecided) {
            u.states = by_profile[g];
            report.undecided.push_back(std::move(u));
        }
    }
    std::sort(merged.begin(), merged.end(),
              [](const auto& a, const auto& b) { return natural_tuple_less(a.first, b.first); });
    for (auto& [key, proof] : merged) {
        std::sort(proof.states.begin(), proof.states.end());
        report.proofs.push_back(std::move(proof));
    }
    return report;
}

}  // namespace lexcheck::analysis
