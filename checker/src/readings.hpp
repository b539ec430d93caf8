// LANGUAGE.md §8: deciding a pair whose provision tree has readings. The contested points
// and their assignments are enumerated here; each assignment is decided by the one
// procedure in decide.hpp, and the outcomes are combined into the finding's.
#pragma once

#include "compiled.hpp"
#include "decide.hpp"
#include "trace.hpp"

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace lexcheck::checker::detail {

/// Per-thread storage for the assignments of one pair, reused from pair to pair
struct ReadingScratch {
    std::vector<std::uint32_t> points;  ///< The contested points of the pair, in point order
    /// Assignment a's choices are [a * points.size(), (a + 1) * points.size())
    std::vector<core::ChosenReading> chosen;
    std::vector<Decision> decisions;  ///< Per assignment

    std::size_t assignments() const { return decisions.size(); }
    std::span<const core::ChosenReading> assignment(std::size_t a) const {
        return {chosen.data() + a * points.size(), points.size()};
    }
};

/// The outcome of a pair over its assignments, and the assignment whose trace,
/// `defeated_by` and reason the finding shows
struct Combined {
    core::Outcome outcome = core::Outcome::not_applicable;
    std::uint32_t shown = 0;
    bool contested() const { return outcome == core::Outcome::contested; }
};

/// Same outcome everywhere: that outcome (the all-primary assignment shown); only compliant
/// and not_applicable: compliant (the first compliant shown); else contested
Combined combine(std::span<const Decision> decisions);

/// Fills `s.points` and every assignment in order (LANGUAGE.md §8): a point is the
/// provision (when it has readings) or an exception with readings which, with every
/// provision between it and `p`, is in force and binding for the measure
template <typename IsBinding>
void enumerate_assignments(const CompiledRules& c, std::uint32_t p, const IsBinding& is_binding,
                           ReadingScratch& s) {
    const core::RuleSet& rules = *c.rules;
    s.points.clear();
    for (std::uint32_t e : c.provisions[p].points) {
        bool active = true;
        for (std::uint32_t at = e; at != p && active; at = rules.provisions[at].exception_target)
            active = c.provisions[at].in_force && is_binding(rules.provisions[at].instrument);
        if (active) s.points.push_back(e);
    }
    // Lexicographic order: the last point's reading varies fastest; 0 is the primary.
    std::vector<std::uint32_t> pick(s.points.size(), 0);
    s.chosen.clear();
    for (;;) {
        for (std::size_t i = 0; i < s.points.size(); ++i) {
            const auto& readings = rules.provisions[s.points[i]].readings;
            s.chosen.push_back({s.points[i], pick[i] == 0 ? core::kNone : readings[pick[i] - 1]});
        }
        std::size_t i = s.points.size();
        while (i > 0 && ++pick[i - 1] > rules.provisions[s.points[i - 1]].readings.size())
            pick[--i] = 0;
        if (i == 0) break;
    }
    s.decisions.resize(s.points.empty() ? 1 : s.chosen.size() / s.points.size());
}

/// Decides every assignment of `s` with `eval`
template <typename IsBinding, typename Eval>
void decide_assignments(const CompiledRules& c, std::uint32_t p, const IsBinding& is_binding,
                        Eval& eval, ExceptionScratch& scratch, ReadingScratch& s) {
    for (std::size_t a = 0; a < s.assignments(); ++a)
        s.decisions[a] = decide(c, p, is_binding, eval, scratch, AssignedReadings{s.assignment(a)});
}

/// What the tracing evaluator adds to a finding decided over assignments: the trace of the
/// assignment shown, the missing facts (the union over assignments when undetermined or
/// contested), and for a contested finding (or with `every`) every assignment's outcome
/// (with its trace when `with_trace`)
template <typename IsBinding>
void explain_assignments(const CompiledRules& c, std::uint32_t p, const IsBinding& is_binding,
                         const MeasureView& view, const core::SourceManager& sources,
                         TraceScratch& trace_scratch, ExceptionScratch& scratch,
                         const ReadingScratch& s, const Combined& combined, bool with_trace,
                         bool every, core::Finding& f) {
    const bool wants_missing =
        combined.outcome == core::Outcome::undetermined || combined.contested();
    const bool listed = combined.contested() || (every && !s.points.empty());
    std::vector<std::string> missing;
    for (std::size_t a = 0; a < s.assignments(); ++a) {
        const bool shown = a == combined.shown;
        const bool undetermined = s.decisions[a].outcome == core::Outcome::undetermined;
        if (!shown && !listed && !(wants_missing && undetermined)) continue;
        TracingEvaluator tracing(c, view, sources, trace_scratch);
        tracing.choose(s.assignment(a));
        decide(c, p, is_binding, tracing, scratch, AssignedReadings{s.assignment(a)});
        std::vector<std::string> own;
        if (undetermined) own = tracing.take_missing();
        missing.insert(missing.end(), own.begin(), own.end());
        std::vector<core::TraceStep> trace;
        core::Reasons reasons;
        if (with_trace && (shown || listed)) {
            trace = tracing.take_trace();
            reasons = tracing.take_reasons(s.decisions[a], p);
        }
        if (shown && with_trace) {
            f.trace = listed ? trace : std::move(trace);
            f.reasons = listed ? reasons : std::move(reasons);
            f.exceptions = tracing.take_exceptions();
        }
        if (!listed) continue;
        core::ReadingOutcome& r = f.readings.emplace_back();
        auto chosen = s.assignment(a);
        r.chosen.assign(chosen.begin(), chosen.end());
        r.outcome = s.decisions[a].outcome;
        r.defeated_by = defeated_by(*c.rules, p, s.decisions[a]);
        r.missing_facts = std::move(own);
        r.trace = std::move(trace);
        r.reasons = std::move(reasons);
    }
    if (with_trace) f.store = c.store;
    if (wants_missing) {
        std::sort(missing.begin(), missing.end());
        missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
        f.missing_facts = std::move(missing);
    }
}

}  // namespace lexcheck::checker::detail
