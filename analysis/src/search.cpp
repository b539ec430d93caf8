#include "search.hpp"

#include "values.hpp"

#include <algorithm>

namespace lexcheck::analysis::detail {

RemedySearch::RemedySearch(z3::context& ctx, const core::RuleSet& rules,
                           const core::Measure& measure, std::uint32_t provision,
                           const RemedyOptions& options,
                           const std::vector<std::uint32_t>& not_violated)
    : rules_(rules),
      measure_(measure),
      options_(options),
      facts_(ctx, rules.schema),
      conditions_(rules, facts_),
      decisions_(rules, conditions_, setting_for_measure(ctx, rules, measure, options.as_of)),
      solver_(ctx, options.limits) {
    usage_ = fact_usage(rules, decision_roots(rules, provision));
    const Combined& c = decisions_.combined(provision);
    goal_ = c.ok;
    comply_ = c.compliant;
    undetermined_ = c.any_undetermined;
    for (std::uint32_t q : not_violated) {
        usage_.merge(fact_usage(rules, decision_roots(rules, q)));
        solver_.add(!decisions_.combined(q).violation);
    }
    solver_.add(conditions_.take_definitions());
    solver_.add(facts_.take_domain());
    // Every fact a condition reads now has its variables: each is kept as the measure
    // states it, or changed to another value. Built-in facts (the measure's state, dates and
    // nationalities) are what the measure is, not what it says: always kept.
    for (std::uint32_t f : facts_.facts()) {
        z3::expr same = facts_.same_as(f, measure_);
        if (rules.schema.fact(f).builtin) {
            solver_.add(same);
            continue;
        }
        z3::expr change = ctx.bool_const(("c" + std::to_string(f)).c_str());
        solver_.add(z3::implies(!change, same));
        solver_.add(z3::implies(change, facts_.differs_from(f, measure_)));
        changeable_.push_back(f);
        change_.push_back(change);
    }
}

std::vector<z3::expr> RemedySearch::exactly(const FactSet& set) const {
    std::vector<z3::expr> out;
    for (std::size_t i = 0; i < changeable_.size(); ++i) {
        bool in = std::binary_search(set.begin(), set.end(), changeable_[i]);
        out.push_back(in ? change_[i] : !change_[i]);
    }
    return out;
}

Answer RemedySearch::minimal_sets(std::size_t count, std::vector<FactSet>& sets, bool& more) {
    // Sizes one by one; each set found is blocked with its supersets, so every set found
    // later is minimal too, and a size is done when nothing more of it is satisfiable.
    constexpr std::size_t kMaxPerSize = 64;
    z3::context& ctx = facts_.ctx();
    z3::expr_vector changes(ctx);
    for (const z3::expr& c : change_) changes.push_back(c);
    sets.clear();
    more = false;
    solver_.push_scope();
    Answer result = Answer::unsat;
    for (std::size_t k = 1; k <= change_.size() && sets.size() < count && !more; ++k) {
        z3::expr at_most = z3::atmost(changes, static_cast<unsigned>(k));
        for (std::size_t found = 0;; ++found) {
            if (found == kMaxPerSize) {  // enough to choose from; the rest are "more"
                more = true;
                break;
            }
            Answer a = solver_.check({*goal_, at_most});
            if (a == Answer::limit) {
                solver_.pop_scope();
                return a;
            }
            if (a == Answer::unsat) break;
            z3::model model = solver_.model();
            FactSet set;
            z3::expr_vector keep(ctx);
            for (std::size_t i = 0; i < change_.size(); ++i) {
                if (!model.eval(change_[i], true).is_true()) continue;
                set.push_back(changeable_[i]);
                keep.push_back(!change_[i]);
            }
            solver_.add(z3::mk_or(keep));
            sets.push_back(std::move(set));
        }
    }
    if (!more && !sets.empty()) {
        result = solver_.check({*goal_});
        if (result == Answer::sat) more = true;
    }
    solver_.pop_scope();
    return result == Answer::limit ? result : Answer::sat;
}

Answer RemedySearch::can_comply(const FactSet& set) {
    std::vector<z3::expr> a = exactly(set);
    a.push_back(*comply_);
    return solver_.check(a);
}

Answer RemedySearch::can_stay_undetermined(const FactSet& set) {
    std::vector<z3::expr> a = exactly(set);
    a.push_back(*undetermined_);
    return solver_.check(a);
}

core::FactChange RemedySearch::change_in(const z3::model& model, std::uint32_t fact) {
    core::FactChange c;
    c.fact = fact;
    c.before = measure_value(measure_, fact);
    c.after = facts_.value_in(model, fact);
    if (rules_.schema.fact(fact).type.kind == core::TypeKind::set && c.before) {
        // Members no condition tests stay as the measure states them.
        std::vector<std::uint32_t> tested = facts_.members(fact), members;
        for (std::uint32_t m : c.before->members) {
            if (!std::binary_search(tested.begin(), tested.end(), m)) members.push_back(m);
        }
        members.insert(members.end(), c.after.members.begin(), c.after.members.end());
        c.after = core::make_set(std::move(members));
    }
    return c;
}

Answer RemedySearch::values(const FactSet& set, bool comply,
                            std::vector<core::FactChange>& changes) {
    std::vector<z3::expr> assumptions = exactly(set);
    assumptions.push_back(comply ? *comply_ : *goal_);
    Answer answer = solver_.check(assumptions);
    if (answer != Answer::sat) return answer;
    ValueChooser chooser(solver_, facts_, usage_, options_.as_of);
    for (std::uint32_t fact : set) {
        if (!chooser.choose(fact, measure_value(measure_, fact), assumptions, answer))
            return Answer::limit;  // some value worked a moment ago
    }
    answer = solver_.check(assumptions);
    if (answer != Answer::sat) return Answer::limit;
    z3::model model = solver_.model();
    changes.clear();
    for (std::uint32_t fact : set) changes.push_back(change_in(model, fact));
    return Answer::sat;
}

}  // namespace lexcheck::analysis::detail
