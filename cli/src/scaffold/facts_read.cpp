#include "scaffold/facts_read.hpp"

#include "lexcheck/core/natural_order.hpp"

#include <algorithm>
#include <climits>
#include <set>

namespace lexcheck::cli::scaffold {

namespace {

/// The facts read under the conditions `roots`, defines expanded once each (explicit stack:
/// define chains may be long)
void collect(const core::RuleSet& rules, std::vector<core::CondId> stack,
             std::set<std::uint32_t>& facts) {
    std::vector<bool> define_seen(rules.defines.size());
    while (!stack.empty()) {
        core::CondId id = stack.back();
        stack.pop_back();
        if (id == core::kNone || id >= rules.conditions.size()) continue;
        const core::Condition& c = rules.conditions[id];
        for (const core::Resolved* r : {&c.path_resolved, &c.lhs_resolved, &c.rhs_resolved}) {
            if (r->fact != core::kNone && r->fact > core::kFactAffects) facts.insert(r->fact);
            if (r->define != core::kNone && r->define < define_seen.size() &&
                !define_seen[r->define]) {
                define_seen[r->define] = true;
                stack.push_back(rules.defines[r->define].condition);
            }
        }
        stack.insert(stack.end(), c.children.begin(), c.children.end());
    }
}

/// The conditions of a provision and, recursively, of its exceptions, with the scopes and
/// norms of their readings (LANGUAGE.md §8: a finding is decided under every reading)
std::vector<core::CondId> roots_of(const core::RuleSet& rules, std::uint32_t provision) {
    std::vector<core::CondId> roots;
    std::vector<std::uint32_t> todo{provision};
    std::vector<bool> seen(rules.provisions.size());
    while (!todo.empty()) {
        std::uint32_t p = todo.back();
        todo.pop_back();
        if (seen[p]) continue;
        seen[p] = true;
        const core::Provision& prov = rules.provisions[p];
        if (prov.scope) roots.push_back(*prov.scope);
        roots.push_back(prov.norm.condition);
        for (const core::Clause& u : prov.unless) roots.push_back(u.condition);
        for (std::uint32_t k : prov.readings) {
            const core::Reading& r = rules.readings[k];
            if (r.scope) roots.push_back(*r.scope);
            roots.push_back(r.norm.condition);
        }
        todo.insert(todo.end(), prov.exceptions.begin(), prov.exceptions.end());
    }
    return roots;
}

}  // namespace

FactReads::FactReads(const core::RuleSet& rules)
    : rules_(rules), readers_(rules.schema.facts().size()), entries_(readers_.size()) {
    for (std::uint32_t p = 0; p < rules.provisions.size(); ++p) {
        if (rules.provisions[p].is_exception()) continue;
        std::set<std::uint32_t> facts;
        collect(rules, roots_of(rules, p), facts);
        if (facts.empty()) continue;
        for (std::uint32_t f : facts) {
            readers_[f].push_back(rules.provisions[p].id.text);
            entries_[f].push_back(static_cast<std::uint32_t>(provisions_.size()));
        }
        provisions_.push_back(p);
        reads_.emplace_back(facts.begin(), facts.end());
    }
    for (auto& ids : readers_) std::sort(ids.begin(), ids.end(), core::natural_less);
}

std::vector<bool> FactReads::undetermined(const checker::PairChecker& checker,
                                          const core::Measure& measure) const {
    std::vector<bool> out(rules_.provisions.size());
    for (std::uint32_t p : provisions_) {
        core::Finding f = checker.decide(measure, 0, p, false);
        out[p] = f.outcome == core::Outcome::undetermined || f.reason == core::Reason::not_in_force;
    }
    return out;
}

std::vector<FactUse> FactReads::order_for(const core::Measure* known,
                                          const std::vector<bool>* undetermined) const {
    auto stated = [&](std::uint32_t f) { return known && known->find(f); };
    // By entry of provisions_: how many facts it reads that are not known yet, 0 once its
    // finding is decided (with all its facts known, no finding is undetermined).
    std::vector<std::uint32_t> missing(provisions_.size());
    for (std::size_t i = 0; i < provisions_.size(); ++i) {
        if (undetermined && !(*undetermined)[provisions_[i]]) continue;
        for (std::uint32_t f : reads_[i]) missing[i] += !stated(f);
    }
    auto gain = [&](std::uint32_t f) {
        std::uint32_t n = 0;
        for (std::uint32_t i : entries_[f]) n += missing[i] == 1;
        return n;
    };
    std::vector<FactUse> out;
    for (std::uint32_t f = 0; f < readers_.size(); ++f) {
        if (!readers_[f].empty() && !stated(f)) out.push_back({f, readers_[f], 0});
    }
    // LANGUAGE.md §12: most-read first, then by path. Each fact then says how many findings
    // it decides, annotated with those above it (docs/language.md: the spec's order wins over
    // issue 15's "decides the most findings", which the counts show instead).
    std::sort(out.begin(), out.end(), [&](const FactUse& a, const FactUse& b) {
        if (a.provisions.size() != b.provisions.size())
            return a.provisions.size() > b.provisions.size();
        return rules_.schema.fact(a.fact).path < rules_.schema.fact(b.fact).path;
    });
    for (FactUse& u : out) {
        u.decides = gain(u.fact);
        for (std::uint32_t i : entries_[u.fact]) missing[i] -= missing[i] > 0;
    }
    return out;
}

FactLists::FactLists(const core::RuleSet& rules, const core::SourceManager& sources,
                     std::optional<core::Date> in_force)
    : rules_(rules),
      sources_(sources),
      in_force_(in_force),
      reads_(rules),
      fresh_(reads_.order_for(nullptr, nullptr)) {}

FactLists::~FactLists() = default;

const std::vector<FactUse>& FactLists::of(const core::Measure* copied) {
    if (!copied) return fresh_;
    auto done = copies_.find(copied);
    if (done != copies_.end()) return done->second;
    // Without either date, a day before any provision: then every provision counts as one
    // its facts do not decide yet (undetermined).
    core::Date as_of = in_force_ ? *in_force_ : copied->in_force.value_or(core::Date{INT32_MIN});
    std::unique_ptr<checker::PairChecker>& checker = checkers_[as_of];
    if (!checker) checker = std::make_unique<checker::PairChecker>(rules_, sources_, as_of);
    std::vector<bool> open = reads_.undetermined(*checker, *copied);
    return copies_.emplace(copied, reads_.order_for(copied, &open)).first->second;
}

}  // namespace lexcheck::cli::scaffold
