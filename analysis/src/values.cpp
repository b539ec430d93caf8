#include "values.hpp"

#include "candidates.hpp"

#include <algorithm>

namespace lexcheck::analysis::detail {

bool ValueChooser::choose(std::uint32_t fact, const std::optional<core::Value>& current,
                          std::vector<z3::expr>& assumptions, Answer& answer) {
    const core::FactInfo& info = facts_.schema().fact(fact);
    if (info.type.kind == core::TypeKind::set)
        return choose_set(fact, current, assumptions, answer);
    // A known bool that changes can only be negated.
    if (current && info.type.kind == core::TypeKind::boolean) {
        assumptions.push_back(facts_.value(fact) == facts_.ctx().bool_val(current->integer == 0));
        return true;
    }
    return choose_value(fact, current, assumptions, answer);
}

std::optional<std::size_t> ValueChooser::first_working(const std::vector<z3::expr>& options,
                                                       std::vector<z3::expr>& assumptions,
                                                       Answer& answer) {
    // Tried alone first (the first usually works), then found by halving the rest, asking
    // whether any option of a prefix works.
    auto works = [&](std::size_t begin, std::size_t end) {
        z3::expr_vector any(facts_.ctx());
        for (std::size_t i = begin; i < end; ++i) any.push_back(options[i]);
        assumptions.push_back(z3::mk_or(any));
        answer = solver_.check(assumptions);
        assumptions.pop_back();
        return answer == Answer::sat;
    };
    const std::size_t n = options.size();
    answer = Answer::unsat;
    if (n > 0 && works(0, 1)) return 0;
    if (answer == Answer::limit || n < 2 || !works(1, n)) return std::nullopt;
    std::size_t lo = 1, hi = n;
    while (hi - lo > 1) {  // INVARIANT: some option in [lo, hi) works
        std::size_t mid = lo + (hi - lo) / 2;
        if (works(lo, mid)) {
            hi = mid;
        } else if (answer == Answer::limit) {
            return std::nullopt;
        } else {
            lo = mid;
        }
    }
    answer = Answer::sat;
    return lo;
}

bool ValueChooser::choose_value(std::uint32_t fact, const std::optional<core::Value>& current,
                                std::vector<z3::expr>& assumptions, Answer& answer) {
    std::vector<z3::expr> options;
    for (const core::Value& v : candidate_values(facts_.schema(), usage_, fact, current, as_of_))
        options.push_back(facts_.value(fact) == facts_.constant(fact, v));
    if (auto i = first_working(options, assumptions, answer)) {
        assumptions.push_back(options[*i]);
        return true;
    }
    if (answer == Answer::limit) return false;
    // None of the usual values: the solver's (a fact compared with another fact).
    answer = solver_.check(assumptions);
    if (answer != Answer::sat) return false;
    core::Value v = facts_.value_in(solver_.model(), fact);
    assumptions.push_back(facts_.value(fact) == facts_.constant(fact, v));
    return true;
}

bool ValueChooser::choose_set(std::uint32_t fact, const std::optional<core::Value>& current,
                              std::vector<z3::expr>& assumptions, Answer& answer) {
    // The fewest members added or removed (of those the conditions test), the earliest
    // members (in the enum's order) first.
    z3::context& ctx = facts_.ctx();
    std::vector<std::uint32_t> members = facts_.members(fact);
    z3::expr_vector flips(ctx);
    std::vector<z3::expr> kept;
    for (std::uint32_t m : members) {
        bool in =
            current && std::binary_search(current->members.begin(), current->members.end(), m);
        z3::expr x = facts_.member(fact, m);
        kept.push_back(in ? x : !x);
        flips.push_back(in ? !x : x);
    }
    std::size_t k = current ? 1 : 0;
    for (;; ++k) {
        if (k > members.size()) return false;
        assumptions.push_back(z3::atmost(flips, static_cast<unsigned>(k)));
        answer = solver_.check(assumptions);
        if (answer == Answer::sat) break;
        assumptions.pop_back();
        if (answer == Answer::limit) return false;
    }
    if (k <= 1) {  // the commonest: one member added or removed (or none, for a new set)
        std::vector<z3::expr> options;
        for (std::size_t i = 0; i < members.size() && k == 1; ++i) {
            z3::expr_vector only(ctx);
            for (std::size_t j = 0; j < members.size(); ++j)
                only.push_back(j == i ? !kept[j] : kept[j]);
            options.push_back(z3::mk_and(only));
        }
        if (k == 0) {
            z3::expr_vector all(ctx);
            for (const z3::expr& x : kept) all.push_back(x);
            options.push_back(z3::mk_and(all));
        }
        auto i = first_working(options, assumptions, answer);
        if (!i) return false;
        assumptions.push_back(options[*i]);
        return true;
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
        assumptions.push_back(!kept[i]);
        answer = solver_.check(assumptions);
        if (answer == Answer::limit) return false;
        if (answer == Answer::sat) continue;
        assumptions.back() = kept[i];
    }
    answer = Answer::sat;
    return true;
}

}  // namespace lexcheck::analysis::detail
