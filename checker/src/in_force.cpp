// LANGUAGE.md §5.1–§5.2: dates in force and who is bound.
#include "lexcheck/checker/check.hpp"

namespace lexcheck::checker {

using core::BindingBasis;
using core::Date;

bool measure_in_force(const core::Measure& m, Date as_of) {
    if (m.in_force && *m.in_force > as_of) return false;
    if (m.until && *m.until <= as_of) return false;
    return true;
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

Binding binding_of(const core::Instrument& instrument, const std::string& state, Date as_of) {
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
    return b;
}

}  // namespace lexcheck::checker
