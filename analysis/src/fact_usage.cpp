#include "fact_usage.hpp"

#include <algorithm>

namespace lexcheck::analysis::detail {

namespace {

bool value_less(const core::Value& a, const core::Value& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.integer != b.integer) return a.integer < b.integer;
    if (a.number != b.number) return a.number < b.number;
    if (a.text != b.text) return a.text < b.text;
    return a.members < b.members;
}

void add_constant(FactUsage& u, std::uint32_t fact, const core::Value& v) {
    auto& list = u.constants[fact];
    auto at = std::lower_bound(list.begin(), list.end(), v, value_less);
    if (at == list.end() || !(*at == v)) list.insert(at, v);
}

void note_atom(FactUsage& u, const core::Condition& c) {
    using core::CondKind;
    for (const core::Resolved* r : {&c.lhs_resolved, &c.rhs_resolved, &c.path_resolved}) {
        if (r->fact != core::kNone) u.facts.insert(r->fact);
    }
    switch (c.kind) {
        case CondKind::compare:
            if (c.lhs_resolved.fact != core::kNone && c.rhs_resolved.fact != core::kNone) {
                u.compared_with_fact.insert(c.lhs_resolved.fact);
                u.compared_with_fact.insert(c.rhs_resolved.fact);
            } else if (c.lhs_resolved.fact != core::kNone && c.rhs_resolved.value) {
                add_constant(u, c.lhs_resolved.fact, *c.rhs_resolved.value);
            } else if (c.rhs_resolved.fact != core::kNone && c.lhs_resolved.value) {
                add_constant(u, c.rhs_resolved.fact, *c.lhs_resolved.value);
            }
            break;
        case CondKind::in:
            for (const core::Value& v : c.values_resolved) add_constant(u, c.path_resolved.fact, v);
            break;
        case CondKind::has:
        case CondKind::has_any:
        case CondKind::has_all: {
            auto& members = u.members[c.path_resolved.fact];
            for (const core::Value& v : c.values_resolved)
                members.insert(static_cast<std::uint32_t>(v.integer));
            break;
        }
        default:
            break;
    }
}

}  // namespace

void FactUsage::merge(const FactUsage& other) {
    facts.insert(other.facts.begin(), other.facts.end());
    for (const auto& [fact, values] : other.constants) {
        for (const core::Value& v : values) add_constant(*this, fact, v);
    }
    for (const auto& [fact, m] : other.members) members[fact].insert(m.begin(), m.end());
    compared_with_fact.insert(other.compared_with_fact.begin(), other.compared_with_fact.end());
}

std::vector<std::uint32_t> exceptions_below(const core::RuleSet& rules, std::uint32_t provision) {
    std::vector<std::uint32_t> order;
    // (provision, next child to visit)
    std::vector<std::pair<std::uint32_t, std::size_t>> stack{{provision, 0}};
    while (!stack.empty()) {
        auto& [p, next] = stack.back();
        const auto& children = rules.provisions[p].exceptions;
        if (next < children.size()) {
            std::uint32_t child = children[next++];
            stack.push_back({child, 0});
            continue;
        }
        if (p != provision) order.push_back(p);
        stack.pop_back();
    }
    return order;
}

std::vector<core::CondId> decision_roots(const core::RuleSet& rules, std::uint32_t provision) {
    std::vector<core::CondId> roots;
    auto add_provision = [&](std::uint32_t q) {
        const core::Provision& p = rules.provisions[q];
        if (p.scope) roots.push_back(*p.scope);
        roots.push_back(p.norm.condition);
        for (const core::Clause& u : p.unless) roots.push_back(u.condition);
        for (std::uint32_t r : p.readings) {
            const core::Reading& rd = rules.readings[r];
            if (rd.scope) roots.push_back(*rd.scope);
            if (rd.norm_kind) roots.push_back(rd.norm.condition);
        }
    };
    add_provision(provision);
    for (std::uint32_t e : exceptions_below(rules, provision)) add_provision(e);
    roots.erase(std::remove(roots.begin(), roots.end(), core::kNone), roots.end());
    return roots;
}

FactUsage fact_usage(const core::RuleSet& rules, const std::vector<core::CondId>& roots) {
    FactUsage u;
    std::vector<core::CondId> stack(roots.rbegin(), roots.rend());
    std::set<core::CondId> seen;
    while (!stack.empty()) {
        core::CondId id = stack.back();
        stack.pop_back();
        if (id == core::kNone || !seen.insert(id).second) continue;
        const core::Condition& c = rules.conditions[id];
        for (core::CondId child : c.children) stack.push_back(child);
        if (c.kind == core::CondKind::reference && c.path_resolved.define != core::kNone) {
            stack.push_back(rules.defines[c.path_resolved.define].condition);
            continue;
        }
        if (c.children.empty()) note_atom(u, c);
    }
    return u;
}

}  // namespace lexcheck::analysis::detail
