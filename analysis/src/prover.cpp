#include "prover.hpp"

#include "values.hpp"

namespace lexcheck::analysis::detail {

Prover::Prover(z3::context& ctx, const core::RuleSet& rules,
               const std::function<Setting(FactVars&)>& setting, Space space,
               const SolverLimits& limits)
    : ctx_(ctx),
      rules_(rules),
      facts_(ctx, rules.schema),
      conditions_(rules, facts_),
      decisions_(rules, conditions_, setting(facts_)),
      solver_(ctx, limits),
      space_(std::move(space)) {}

void Prover::settle() {
    solver_.add(conditions_.take_definitions());
    for (std::uint32_t f : facts_.facts()) {
        if (!settled_.insert(f).second) continue;
        if (f == core::kFactJurisdiction && space_.state) {
            solver_.add(facts_.known(f) &&
                        facts_.value(f) == facts_.constant(f, core::make_state(*space_.state)));
        }
        if (space_.as_of && (f == core::kFactInForce || f == core::kFactUntil)) {
            // In force on the date (LANGUAGE.md §5): from on or before it, until after it.
            z3::expr day = ctx_.int_val(space_.as_of->days);
            solver_.add(z3::implies(facts_.known(f), f == core::kFactInForce
                                                         ? facts_.value(f) <= day
                                                         : facts_.value(f) > day));
        }
    }
    solver_.add(facts_.take_domain());
}

Answer Prover::check(const std::vector<z3::expr>& query) {
    settle();
    return solver_.check(query);
}

std::optional<core::Measure> Prover::witness(std::vector<z3::expr> query, const FactUsage& usage) {
    settle();
    if (solver_.check(query) != Answer::sat) return std::nullopt;
    ValueChooser chooser(solver_, facts_, usage, space_.as_of.value_or(core::Date{}));
    std::vector<std::uint32_t> stated;
    for (std::uint32_t f : facts_.facts()) {
        if (f == core::kFactJurisdiction && space_.state) continue;  // fixed by the space
        // Facts the question does not read stay out of the witness.
        if (!rules_.schema.fact(f).builtin && !usage.facts.count(f)) continue;
        // Stated when it can be (a measure described in full); the measure's dates and
        // nationalities left out when they can be.
        const bool prefer = !rules_.schema.fact(f).builtin;
        const z3::expr known = facts_.known(f);
        query.push_back(prefer ? known : !known);
        Answer answer = solver_.check(query);
        if (answer == Answer::limit) return std::nullopt;
        const bool is_known = answer == Answer::sat ? prefer : !prefer;
        query.back() = is_known ? known : !known;
        if (!is_known) continue;
        if (!chooser.choose(f, std::nullopt, query, answer)) return std::nullopt;
        stated.push_back(f);
    }
    if (solver_.check(query) != Answer::sat) return std::nullopt;
    z3::model model = solver_.model();
    core::Measure m;
    m.id = "witness";
    m.jurisdiction = space_.state.value_or("");
    for (std::uint32_t f : stated) {
        core::Value v = facts_.value_in(model, f);
        switch (f) {
            case core::kFactJurisdiction:
                m.jurisdiction = v.text;
                break;
            case core::kFactInForce:
                m.in_force = core::Date{static_cast<std::int32_t>(v.integer)};
                break;
            case core::kFactUntil:
                m.until = core::Date{static_cast<std::int32_t>(v.integer)};
                break;
            case core::kFactAffects:
                m.affects.emplace();
                for (std::uint32_t s : v.members) m.affects->push_back(core::state_code(s));
                break;
            default:
                m.facts.push_back({f, std::move(v), {}});
                break;
        }
    }
    return m;
}

}  // namespace lexcheck::analysis::detail
