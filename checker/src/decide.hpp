// LANGUAGE.md §5.1–§5.5: the decision procedure for one (measure, provision) pair.
// Written once, over an evaluator: FastEvaluator decides, TracingEvaluator also explains.
#pragma once

#include "compiled.hpp"
#include "evaluate.hpp"

#include <span>
#include <string>
#include <vector>

namespace lexcheck::checker::detail {

struct Decision {
    core::Outcome outcome = core::Outcome::not_applicable;
    core::Reason reason = core::Reason::none;
    /// What defeated the tentative outcome, kept as indices so that deciding allocates
    /// nothing: the provision's `unless` clause (1-based), or an exception provision
    std::uint32_t defeated_unless = 0;
    std::uint32_t defeated_exception = core::kNone;

    bool defeated() const { return defeated_unless != 0 || defeated_exception != core::kNone; }
};

/// `defeated_by` as reports show it: `P#unlessK` or the exception's id; empty when none
inline std::string defeated_by(const core::RuleSet& rules, std::uint32_t p, const Decision& d) {
    if (d.defeated_unless != 0)
        return rules.provisions[p].id.text + "#unless" + std::to_string(d.defeated_unless);
    if (d.defeated_exception != core::kNone) return rules.provisions[d.defeated_exception].id.text;
    return {};
}

/// Per-thread scratch for exception values, indexed by provision
struct ExceptionScratch {
    std::vector<Truth> holds;
    std::vector<std::uint8_t> active;
};

/// The provisions' own clauses: every point's primary reading (LANGUAGE.md §8)
struct PrimaryReadings {
    const Program& scope(const CompiledRules& c, std::uint32_t p) const {
        return c.provisions[p].scope;
    }
    const Program& norm(const CompiledRules& c, std::uint32_t p) const {
        return c.provisions[p].norm;
    }
};

/// One assignment of readings (LANGUAGE.md §8): the chosen reading's scope and norm where it
/// picks one, the provision's own elsewhere. At most 6 points have a reading other than the
/// primary (64 assignments), so a linear search is the lookup.
struct AssignedReadings {
    std::span<const core::ChosenReading> chosen;

    const Program& scope(const CompiledRules& c, std::uint32_t p) const {
        std::uint32_t k = reading_of(p);
        return k == core::kNone ? c.provisions[p].scope : c.readings[k].scope;
    }
    const Program& norm(const CompiledRules& c, std::uint32_t p) const {
        std::uint32_t k = reading_of(p);
        return k == core::kNone ? c.provisions[p].norm : c.readings[k].norm;
    }

private:
    std::uint32_t reading_of(std::uint32_t p) const {
        for (const core::ChosenReading& ch : chosen) {
            if (ch.provision == p) return ch.reading;
        }
        return core::kNone;
    }
};

/// Whether the instrument of provision `p` binds the measure's state: a callback so the
/// caller can cache per (instrument, state). `readings` picks the scope and norm of each
/// provision (PrimaryReadings: the provision's own, as in version 1). Always inlined: in the
/// loop over pairs a call measured a tenth more instructions than the inlined procedure.
template <typename IsBinding, typename Eval, typename Readings = PrimaryReadings>
[[gnu::always_inline]] inline Decision decide(const CompiledRules& c, std::uint32_t p,
                                              const IsBinding& is_binding, Eval& eval,
                                              ExceptionScratch& scratch,
                                              const Readings& readings = {}) {
    using core::Outcome;
    const core::RuleSet& rules = *c.rules;
    const core::Provision& prov = rules.provisions[p];
    const CompiledProvision& cp = c.provisions[p];
    Decision d;
    if (!cp.in_force) {
        d.reason = core::Reason::not_in_force;
        return d;
    }
    auto scope = eval.root(readings.scope(c, p), core::TraceRole::scope, p, 0, 0);
    if (scope.value == Truth::no) {
        d.reason = core::Reason::out_of_scope;
        return d;
    }
    if (scope.value == Truth::unknown) {
        eval.add_missing(scope.record);
        d.outcome = Outcome::undetermined;
        return d;
    }
    bool prohibits = prov.norm_kind == core::NormKind::prohibition;
    auto norm = eval.root(readings.norm(c, p), core::TraceRole::norm, p, 0, 0);
    Outcome tentative = norm.value == Truth::unknown              ? Outcome::undetermined
                        : (norm.value == Truth::yes) == prohibits ? Outcome::violation
                                                                  : Outcome::compliant;
    if (tentative == Outcome::compliant) {
        d.outcome = tentative;
        return d;
    }

    // Exception provisions bottom-up, so each one's own exceptions are known first.
    scratch.holds.resize(rules.provisions.size(), Truth::no);
    scratch.active.resize(rules.provisions.size(), 0);
    for (std::uint32_t e : cp.exception_order) {
        const CompiledProvision& ce = c.provisions[e];
        scratch.active[e] = ce.in_force && is_binding(rules.provisions[e].instrument);
        eval.begin_group(e);
        if (!scratch.active[e]) {
            eval.skipped(e, ce.in_force);
            eval.end_group();
            continue;
        }
        const core::Provision& pe = rules.provisions[e];
        // An exception provision's scope narrows its `when` (docs/language.md).
        auto escope = eval.root(readings.scope(c, e), core::TraceRole::scope, e, 0, 1);
        auto when = eval.root(readings.norm(c, e), core::TraceRole::exception, e, 0, 1);
        Truth own = Truth::no;
        for (std::size_t k = 0; k < ce.unless.size(); ++k) {
            auto u = eval.root(ce.unless[k], core::TraceRole::unless, e, k + 1, 2);
            own = kleene_or(own, u.value);
        }
        for (std::uint32_t child : pe.exceptions) {
            if (scratch.active[child]) own = kleene_or(own, scratch.holds[child]);
        }
        scratch.holds[e] = kleene_and(kleene_and(escope.value, when.value), kleene_not(own));
        eval.holds(e, scratch.holds[e], escope.record, when.record);
        eval.end_group();
    }

    // The provision's own exceptions: `unless` clauses in source order, then exception
    // provisions in id order; the first that holds defeats the tentative outcome.
    bool any_unknown = false;
    std::vector<typename Eval::Record> unknown_unless;
    for (std::size_t k = 0; k < cp.unless.size(); ++k) {
        auto u = eval.root(cp.unless[k], core::TraceRole::unless, p, k + 1, 1);
        if (u.value == Truth::yes && !d.defeated())
            d.defeated_unless = static_cast<std::uint32_t>(k + 1);
        if (u.value == Truth::unknown) {
            any_unknown = true;
            unknown_unless.push_back(u.record);
        }
    }
    for (std::uint32_t e : prov.exceptions) {
        if (!scratch.active[e]) continue;
        if (scratch.holds[e] == Truth::yes && !d.defeated()) d.defeated_exception = e;
        if (scratch.holds[e] == Truth::unknown) any_unknown = true;
    }
    eval.order_groups(p);
    if (d.defeated()) {
        d.outcome = Outcome::compliant;
        return d;
    }
    if (any_unknown || tentative == Outcome::undetermined) {
        d.outcome = Outcome::undetermined;
        if (norm.value == Truth::unknown) eval.add_missing(norm.record);
        for (auto r : unknown_unless) eval.add_missing(r);
        for (std::uint32_t e : prov.exceptions) {
            if (scratch.active[e] && scratch.holds[e] == Truth::unknown)
                eval.add_exception_missing(e);
        }
        return d;
    }
    d.outcome = tentative;
    return d;
}

/// The fast evaluator's side of the interface: no trace, no missing facts
class DecidingEvaluator {
public:
    using Record = std::uint32_t;
    struct Result {
        Truth value;
        Record record;
    };
    explicit DecidingEvaluator(FastEvaluator& fast) : fast_(fast) {}

    Result root(const Program& p, core::TraceRole, std::uint32_t, std::size_t, int) {
        return {fast_.run(p), 0};
    }
    void add_missing(Record) {}
    void add_exception_missing(std::uint32_t) {}
    void begin_group(std::uint32_t) {}
    void end_group() {}
    void skipped(std::uint32_t, bool) {}
    void holds(std::uint32_t, Truth, Record, Record) {}
    void order_groups(std::uint32_t) {}

private:
    FastEvaluator& fast_;
};

}  // namespace lexcheck::checker::detail
