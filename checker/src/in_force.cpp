// LANGUAGE.md §5.1–§5.2: dates in force and who is bound.
#include "lexcheck/checker/check.hpp"

#include <algorithm>

namespace lexcheck::checker {

using core::BindingBasis;
using core::Date;

bool measure_in_force(const core::MeasureHead& m, Date as_of) {
    if (m.in_force && *m.in_force > as_of) return false;
    if (m.until && *m.until <= as_of) return false;
    // LANGUAGE.md §10: a later version or a repeal ends it; a repeal is never checked itself.
    if (m.ended && *m.ended <= as_of) return false;
    return !m.repeals;
}

bool measure_in_force(const core::Measure& m, Date as_of) {
    core::MeasureHead head;
    head.in_force = m.in_force;
    head.until = m.until;
    head.ended = m.ended;
    head.repeals = m.repeals.has_value();
    return measure_in_force(head, as_of);
}

bool provision_in_force(const core::RuleSet& rules, const core::Provision& p, Date as_of) {
    if (p.instrument == core::kNone) return false;
    const core::Instrument& inst = rules.instruments[p.instrument];
    // An instrument without in_force is never in force (LANGUAGE.md §2).
    if (!inst.in_force || *inst.in_force > as_of) return false;
    if (inst.until && *inst.until <= as_of) return false;
    if (p.in_force && *p.in_force > as_of) return false;
    if (p.until && *p.until <= as_of) return false;
    return true;
}

namespace {

/// LANGUAGE.md §9: a reciprocal instrument binds its party toward the other parties only
void bind_toward(Binding& b, const core::Instrument& instrument, const std::string& state,
                 Date as_of, const std::optional<std::vector<std::string>>* affects) {
    b.toward.emplace();
    if (b.basis != BindingBasis::party) return;
    auto affected = [&](const std::string& s) {
        return !affects || !*affects ||
               std::binary_search((*affects)->begin(), (*affects)->end(), s);
    };
    for (const auto& p : instrument.parties) {
        const std::string& other = p.state.text;
        if (other == state || p.observer || !affected(other)) continue;
        if (p.until && *p.until <= as_of) continue;
        if (p.from && *p.from > as_of) {
            b.later.push_back({other, *p.from});
        } else {
            b.toward->push_back(other);
        }
    }
    std::sort(b.toward->begin(), b.toward->end());
    std::sort(b.later.begin(), b.later.end(),
              [](const auto& x, const auto& y) { return x.state < y.state; });
    if (b.toward->empty()) {
        b.binding = false;
        b.basis = BindingBasis::no_national_affected;
    }
}

}  // namespace

Binding binding_of(const core::Instrument& instrument, const std::string& state, Date as_of,
                   const std::optional<std::vector<std::string>>* affects) {
    const core::Party* party = nullptr;
    for (const auto& p : instrument.parties) {
        if (p.state.text == state) party = &p;
    }
    Binding b;
    if (!party) {
        b.basis = BindingBasis::not_party;
    } else if (party->observer) {
        b.basis = BindingBasis::observer;
    } else if (party->from && *party->from > as_of) {
        b.basis = BindingBasis::not_yet;
        b.since = party->from;
    } else if (party->until && *party->until <= as_of) {
        b.basis = BindingBasis::no_longer;
        b.since = party->from;
    } else {
        b.basis = BindingBasis::party;
        b.since = party->from;
        b.binding = true;
    }
    // Soft law never binds, whoever endorsed it.
    if (instrument.kind == core::InstrumentKind::soft_law) {
        b.binding = false;
        b.basis = BindingBasis::soft_law;
    }
    if (instrument.reciprocal) bind_toward(b, instrument, state, as_of, affects);
    return b;
}

bool fails(const Summary& s, std::string_view fail_on) {
    if (fail_on == "never") return false;
    if (fail_on == "undetermined")
        return s.binding_violation + s.binding_undetermined + s.binding_contested > 0;
    if (fail_on == "contested") return s.binding_violation + s.binding_contested_violation > 0;
    return s.binding_violation > 0;
}

}  // namespace lexcheck::checker
