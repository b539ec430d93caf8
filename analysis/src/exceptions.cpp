#include "exceptions.hpp"

#include "fact_usage.hpp"

namespace lexcheck::analysis::detail {

std::vector<ExceptionItem> exception_items(const core::RuleSet& rules, std::uint32_t root) {
    std::vector<ExceptionItem> out;
    // Owners in pre-order from the root (explicit stack: exception chains may be long).
    std::vector<std::pair<std::uint32_t, std::vector<std::uint32_t>>> stack{{root, {}}};
    while (!stack.empty()) {
        auto [owner, chain] = std::move(stack.back());
        stack.pop_back();
        const core::Provision& p = rules.provisions[owner];
        for (std::size_t k = 0; k < p.unless.size(); ++k) {
            out.push_back({p.id.text + "#unless" + std::to_string(k + 1), owner, k + 1, core::kNone,
                           chain, p.unless[k].why, p.unless[k].span});
        }
        for (std::uint32_t e : p.exceptions) {
            const core::Provision& pe = rules.provisions[e];
            out.push_back(
                {pe.id.text, owner, 0, e, chain, pe.cite.value_or(pe.id.text), pe.id.span});
        }
        for (auto it = p.exceptions.rbegin(); it != p.exceptions.rend(); ++it) {
            std::vector<std::uint32_t> below = chain;
            below.push_back(*it);
            stack.push_back({*it, std::move(below)});
        }
    }
    return out;
}

z3::expr matters(DecisionEncoder& d, std::uint32_t root, const ExceptionItem& item,
                 const Assignment& a) {
    z3::expr_vector all(d.conditions().facts().ctx());
    all.push_back(d.breached(root, a));
    for (std::uint32_t x : item.chain) {
        all.push_back(d.active(x));
        all.push_back(d.exception_condition(x, a).t);
    }
    return z3::mk_and(all);
}

z3::expr item_holds(DecisionEncoder& d, const ExceptionItem& item, const Assignment& a) {
    if (item.unless > 0) return d.unless(item.owner, item.unless - 1).t;
    return d.active(item.exception) && d.holds(item.exception, a).t;
}

}  // namespace lexcheck::analysis::detail
