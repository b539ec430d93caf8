#include "scaffold/facts_read.hpp"

#include "lexcheck/core/natural_order.hpp"

#include <algorithm>
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

/// The conditions of a provision and, recursively, of its exceptions
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
        todo.insert(todo.end(), prov.exceptions.begin(), prov.exceptions.end());
    }
    return roots;
}

}  // namespace

std::vector<FactUse> facts_by_use(const core::RuleSet& rules) {
    std::vector<FactUse> uses(rules.schema.facts().size());
    for (std::uint32_t p = 0; p < rules.provisions.size(); ++p) {
        if (rules.provisions[p].is_exception()) continue;
        std::set<std::uint32_t> facts;
        collect(rules, roots_of(rules, p), facts);
        for (std::uint32_t f : facts) uses[f].provisions.push_back(rules.provisions[p].id.text);
    }
    std::vector<FactUse> out;
    for (std::uint32_t f = 0; f < uses.size(); ++f) {
        if (uses[f].provisions.empty()) continue;
        uses[f].fact = f;
        std::sort(uses[f].provisions.begin(), uses[f].provisions.end(), core::natural_less);
        out.push_back(std::move(uses[f]));
    }
    std::stable_sort(out.begin(), out.end(), [&](const FactUse& a, const FactUse& b) {
        if (a.provisions.size() != b.provisions.size())
            return a.provisions.size() > b.provisions.size();
        return rules.schema.fact(a.fact).path < rules.schema.fact(b.fact).path;
    });
    return out;
}

}  // namespace lexcheck::cli::scaffold
