#include "decision.hpp"

#include "fact_usage.hpp"

#include "lexcheck/checker/check.hpp"

namespace lexcheck::analysis::detail {

namespace {

std::vector<bool> in_force_on(const core::RuleSet& rules, core::Date as_of) {
    std::vector<bool> out;
    for (const core::Provision& p : rules.provisions)
        out.push_back(checker::provision_in_force(rules, p, as_of));
    return out;
}

}  // namespace

Setting setting_for_measure(z3::context& ctx, const core::RuleSet& rules, const core::Measure& m,
                            core::Date as_of) {
    Setting s{in_force_on(rules, as_of), {}};
    for (const core::Instrument& inst : rules.instruments)
        s.binding.push_back(
            ctx.bool_val(checker::binding_of(inst, m.jurisdiction, as_of, &m.affects).binding));
    return s;
}

Setting setting_for_state(FactVars& facts, const core::RuleSet& rules, const std::string& state,
                          core::Date as_of) {
    z3::context& ctx = facts.ctx();
    Setting s{in_force_on(rules, as_of), {}};
    for (const core::Instrument& inst : rules.instruments) {
        // Without `affects` a measure reaches every nationality: the widest binding, which
        // `affects` can only narrow (LANGUAGE.md §9).
        checker::Binding b = checker::binding_of(inst, state, as_of);
        if (!b.binding || !b.toward) {
            s.binding.push_back(ctx.bool_val(b.binding));
            continue;
        }
        z3::expr_vector partners(ctx);
        partners.push_back(!facts.known(core::kFactAffects));
        for (const std::string& other : *b.toward)
            partners.push_back(facts.member(core::kFactAffects, core::state_number(other)));
        s.binding.push_back(z3::mk_or(partners));
    }
    return s;
}

Setting setting_ignoring_dates(z3::context& ctx, const core::RuleSet& rules) {
    Setting s{std::vector<bool>(rules.provisions.size(), true), {}};
    for (std::size_t i = 0; i < rules.instruments.size(); ++i)
        s.binding.push_back(ctx.bool_val(true));
    return s;
}

DecisionEncoder::DecisionEncoder(const core::RuleSet& rules, ConditionEncoder& conditions,
                                 Setting setting)
    : rules_(rules),
      conditions_(conditions),
      ctx_(conditions.facts().ctx()),
      setting_(std::move(setting)) {}

std::vector<Assignment> DecisionEncoder::assignments(std::uint32_t p) const {
    std::vector<std::uint32_t> points;
    if (!rules_.provisions[p].readings.empty()) points.push_back(p);
    for (std::uint32_t e : exceptions_below(rules_, p)) {
        if (!rules_.provisions[e].readings.empty()) points.push_back(e);
    }
    std::vector<Assignment> out{{}};
    for (std::uint32_t point : points) {
        std::vector<Assignment> next;
        for (const Assignment& a : out) {
            next.push_back(a);  // the primary reading: left out
            for (std::uint32_t r : rules_.provisions[point].readings) {
                next.push_back(a);
                next.back().push_back({point, r});
            }
        }
        out = std::move(next);
    }
    return out;
}

namespace {

std::uint32_t reading_of(const Assignment& a, std::uint32_t q) {
    for (const core::ChosenReading& c : a) {
        if (c.provision == q) return c.reading;
    }
    return core::kNone;
}

}  // namespace

core::CondId DecisionEncoder::scope_of(std::uint32_t q, const Assignment& a) const {
    std::uint32_t r = reading_of(a, q);
    if (r != core::kNone && rules_.readings[r].scope) return *rules_.readings[r].scope;
    const auto& scope = rules_.provisions[q].scope;
    return scope ? *scope : core::kNone;
}

core::CondId DecisionEncoder::norm_of(std::uint32_t q, const Assignment& a) const {
    std::uint32_t r = reading_of(a, q);
    if (r != core::kNone && rules_.readings[r].norm_kind) return rules_.readings[r].norm.condition;
    return rules_.provisions[q].norm.condition;
}

Kleene DecisionEncoder::scope(std::uint32_t p, const Assignment& a) {
    return conditions_.encode(scope_of(p, a));
}

Kleene DecisionEncoder::unless(std::uint32_t q, std::size_t k) {
    return conditions_.encode(rules_.provisions[q].unless[k].condition);
}

z3::expr DecisionEncoder::active(std::uint32_t e) {
    const core::Provision& p = rules_.provisions[e];
    if (!setting_.in_force[e] || p.instrument == core::kNone) return ctx_.bool_val(false);
    return setting_.binding[p.instrument];
}

z3::expr DecisionEncoder::breached(std::uint32_t p, const Assignment& a) {
    Kleene norm = conditions_.encode(norm_of(p, a));
    bool prohibits = rules_.provisions[p].norm_kind == core::NormKind::prohibition;
    return scope(p, a).t && (prohibits ? norm.t : norm.f);
}

Kleene DecisionEncoder::exception_condition(std::uint32_t e, const Assignment& a) {
    // An exception provision's scope narrows its `when` (docs/language.md).
    return kleene_and(scope(e, a), conditions_.encode(norm_of(e, a)));
}

Kleene DecisionEncoder::holds(std::uint32_t e, const Assignment& a) {
    // Bottom-up, as decide() does: each exception after its own exceptions.
    std::map<std::uint32_t, Kleene> held;
    std::vector<std::uint32_t> order = exceptions_below(rules_, e);
    order.push_back(e);
    for (std::uint32_t x : order) {
        const core::Provision& px = rules_.provisions[x];
        Kleene own = kleene_const(ctx_, false);
        for (std::size_t k = 0; k < px.unless.size(); ++k) own = kleene_or(own, unless(x, k));
        for (std::uint32_t child : px.exceptions) {
            // An exception that does not count is skipped: it neither holds nor is unknown.
            z3::expr on = active(child);
            const Kleene& h = held.at(child);
            own = kleene_or(own, Kleene{on && h.t, !on || h.f});
        }
        held.emplace(x, kleene_and(exception_condition(x, a), kleene_not(own)));
    }
    return held.at(e);
}

Outcomes DecisionEncoder::decide(std::uint32_t p, const Assignment& a) {
    const z3::expr no = ctx_.bool_val(false);
    if (!setting_.in_force[p]) return {no, no, no, ctx_.bool_val(true)};
    const core::Provision& prov = rules_.provisions[p];
    Kleene s = scope(p, a);
    Kleene n = conditions_.encode(norm_of(p, a));
    bool prohibits = prov.norm_kind == core::NormKind::prohibition;
    z3::expr tentative_violation = prohibits ? n.t : n.f;
    z3::expr tentative_compliant = prohibits ? n.f : n.t;

    // §5.5: the provision's `unless` clauses, then its exception provisions that count.
    z3::expr_vector defeats(ctx_), unknowns(ctx_);
    for (std::size_t k = 0; k < prov.unless.size(); ++k) {
        Kleene u = unless(p, k);
        defeats.push_back(u.t);
        unknowns.push_back(u.unknown());
    }
    for (std::uint32_t e : prov.exceptions) {
        z3::expr on = active(e);
        Kleene h = holds(e, a);
        defeats.push_back(on && h.t);
        unknowns.push_back(on && h.unknown());
    }
    z3::expr defeated = z3::mk_or(defeats);
    z3::expr some_unknown = z3::mk_or(unknowns);
    Outcomes o{no, no, no, s.f};
    o.compliant = s.t && (tentative_compliant || defeated);
    o.violation = s.t && tentative_violation && !defeated && !some_unknown;
    o.undetermined =
        s.unknown() || (s.t && !tentative_compliant && !defeated && (some_unknown || n.unknown()));
    return o;
}

const Combined& DecisionEncoder::combined(std::uint32_t p) {
    auto it = combined_.find(p);
    if (it != combined_.end()) return it->second;
    z3::expr_vector ok(ctx_), compliant(ctx_), violation(ctx_), not_applicable(ctx_),
        undetermined(ctx_), in_scope(ctx_);
    for (const Assignment& a : assignments(p)) {
        Outcomes o = decide(p, a);
        in_scope.push_back(setting_.in_force[p] ? scope(p, a).t : ctx_.bool_val(false));
        ok.push_back(o.compliant || o.not_applicable);
        compliant.push_back(o.compliant);
        violation.push_back(o.violation);
        not_applicable.push_back(o.not_applicable);
        undetermined.push_back(o.undetermined);
    }
    Combined c{z3::mk_and(ok),        z3::mk_and(ok) && z3::mk_or(compliant),
               z3::mk_and(violation), z3::mk_and(not_applicable),
               z3::mk_or(in_scope),   z3::mk_or(undetermined),
               z3::mk_or(violation)};
    return combined_.emplace(p, c).first->second;
}

}  // namespace lexcheck::analysis::detail
