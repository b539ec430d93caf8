#include "lint_constraints.hpp"

#include <algorithm>
#include <iterator>
#include <unordered_set>

namespace lexcheck::checker::detail {

namespace {

void require_values(Constraints& c, std::uint32_t fact, std::set<std::uint32_t> values) {
    auto [it, inserted] = c.enum_values.emplace(fact, values);
    if (inserted) return;
    std::set<std::uint32_t> both;
    std::set_intersection(it->second.begin(), it->second.end(), values.begin(), values.end(),
                          std::inserter(both, both.begin()));
    it->second = std::move(both);
    if (it->second.empty()) c.contradictory = true;
}

void require_bool(Constraints& c, std::uint32_t fact, bool value) {
    auto [it, inserted] = c.bools.emplace(fact, value);
    if (!inserted && it->second != value) c.contradictory = true;
}

}  // namespace

void Constraints::add(const core::RuleSet& rules, core::CondId cond, bool negated) {
    // Walk `and` chains (or `not (… or …)` when negated) iteratively; anything else is
    // left unconstrained, which only makes lint quieter.
    // A define may be reached many times (`d2 = d1 and d1`, …); adding what one condition
    // requires twice changes nothing, so each (condition, polarity) is walked once and a
    // DAG of defines stays linear.
    std::vector<std::pair<core::CondId, bool>> stack{{cond, negated}};
    std::unordered_set<std::uint64_t> seen;  // Proportional to the walk, not to the rule set
    while (!stack.empty()) {
        auto [id, neg] = stack.back();
        stack.pop_back();
        if (id == core::kNone) continue;
        if (!seen.insert((std::uint64_t{id} << 1) | (neg ? 1 : 0)).second) continue;
        const core::Condition& c = rules.conditions[id];
        switch (c.kind) {
            case core::CondKind::all_of:
                if (!neg)
                    for (core::CondId ch : c.children) stack.push_back({ch, false});
                break;
            case core::CondKind::any_of:
                if (neg)
                    for (core::CondId ch : c.children) stack.push_back({ch, true});
                break;
            case core::CondKind::negation:
                stack.push_back({c.children.front(), !neg});
                break;
            case core::CondKind::reference:
                if (c.path_resolved.fact != core::kNone)
                    require_bool(*this, c.path_resolved.fact, !neg);
                if (c.path_resolved.define != core::kNone) {
                    stack.push_back({rules.defines[c.path_resolved.define].condition, neg});
                }
                break;
            case core::CondKind::compare: {
                if (neg || (c.op != core::CompareOp::eq)) break;
                const core::Resolved* fact =
                    c.lhs_resolved.fact != core::kNone ? &c.lhs_resolved : &c.rhs_resolved;
                const core::Resolved* value =
                    fact == &c.lhs_resolved ? &c.rhs_resolved : &c.lhs_resolved;
                if (fact->fact == core::kNone || !value->value) break;
                const core::Type& t = rules.schema.fact(fact->fact).type;
                if (t.kind == core::TypeKind::enumeration) {
                    require_values(*this, fact->fact,
                                   {static_cast<std::uint32_t>(value->value->integer)});
                } else if (t.kind == core::TypeKind::boolean) {
                    require_bool(*this, fact->fact, value->value->integer != 0);
                }
                break;
            }
            case core::CondKind::in: {
                if (neg || c.path_resolved.fact == core::kNone) break;
                if (rules.schema.fact(c.path_resolved.fact).type.kind !=
                    core::TypeKind::enumeration)
                    break;
                std::set<std::uint32_t> values;
                for (const auto& v : c.values_resolved)
                    values.insert(static_cast<std::uint32_t>(v.integer));
                require_values(*this, c.path_resolved.fact, std::move(values));
                break;
            }
            default:
                break;
        }
    }
}

bool Constraints::compatible(const Constraints& other) const {
    Constraints both = *this;
    both.merge(other);
    return !both.contradictory;
}

void Constraints::merge(const Constraints& other) {
    contradictory = contradictory || other.contradictory;
    for (const auto& [fact, values] : other.enum_values) require_values(*this, fact, values);
    for (const auto& [fact, value] : other.bools) require_bool(*this, fact, value);
}

}  // namespace lexcheck::checker::detail
