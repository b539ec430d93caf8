// LANGUAGE.md §13: the reasons of a decision, assembled from what the tracing evaluator
// recorded. Each condition's decisive steps come from its walk (TraceWalk::decisive); this
// file says which parts a lawyer reads: the scope, the norm, and the exceptions that §5
// considered, each exception provision followed by its own exceptions when they decided it.
#include "decide.hpp"
#include "trace.hpp"

#include <algorithm>

namespace lexcheck::checker::detail {

using core::ReasonPart;
using core::ReasonPartKind;

std::uint32_t TracingEvaluator::reading_of(std::uint32_t provision) const {
    for (const core::ChosenReading& c : chosen_) {
        if (c.provision == provision) return c.reading;
    }
    return core::kNone;
}

void TracingEvaluator::add_part(ReasonsBuilder& out, ReasonPart part,
                                std::initializer_list<Record> from) {
    part.begin = static_cast<std::uint32_t>(out.steps.size());
    for (Record r : from) {
        const TraceRecord& rec = scratch_.records[r];
        const auto first = scratch_.reason_steps.begin();
        if (from.size() == 1) {  // one walk: each of its steps is there once already
            out.steps.insert(out.steps.end(), first + rec.reasons_begin, first + rec.reasons_end);
            continue;
        }
        for (std::uint32_t k = rec.reasons_begin; k < rec.reasons_end; ++k) {
            const core::ReasonStep& s = scratch_.reason_steps[k];
            // A scope and a `when` may share a condition (a define used in both): say it once.
            auto begin = out.steps.begin() + part.begin;
            if (std::none_of(begin, out.steps.end(),
                             [&](const core::ReasonStep& x) { return x.cond == s.cond; }))
                out.steps.push_back(s);
        }
    }
    part.end = static_cast<std::uint32_t>(out.steps.size());
    out.parts.push_back(part);
}

core::Reasons TracingEvaluator::take_reasons(const Decision& d, std::uint32_t p) {
    // Built in the scratch, which keeps its capacity, and copied into the store.
    ReasonsBuilder& out = scratch_.reasons;
    out.parts.clear();
    out.steps.clear();
    collect_reasons(d, p, out);
    core::TraceStore& store = *compiled_.store;
    return {store.keep_array<core::ReasonPart>(out.parts),
            store.keep_array<core::ReasonStep>(out.steps)};
}

void TracingEvaluator::collect_reasons(const Decision& d, std::uint32_t p, ReasonsBuilder& out) {
    ReasonPart part;
    part.provision = p;
    if (d.reason == core::Reason::not_in_force) {
        part.kind = ReasonPartKind::not_in_force;
        part.value = Truth::no;
        out.parts.push_back(part);
        return;
    }
    part.reading = reading_of(p);
    if (scope_ != kNoRecord) {
        part.kind = ReasonPartKind::scope;
        part.value = scratch_.records[scope_].value;
        add_part(out, part, {scope_});
        if (part.value != Truth::yes) return;
    }
    if (norm_ == kNoRecord) return;
    part.kind = ReasonPartKind::norm;
    part.value = scratch_.records[norm_].value;
    add_part(out, part, {norm_});
    // The exceptions §5 considered: none when the norm alone made the measure compliant; only
    // the one that defeated the breach when one did; otherwise every one, none of which held.
    if (d.outcome == core::Outcome::compliant && !d.defeated()) return;
    ReasonPart exception;
    exception.kind = ReasonPartKind::exception;
    exception.provision = p;
    for (std::uint32_t k = 0; k < scratch_.unless.size(); ++k) {
        if (d.defeated() && d.defeated_unless != k + 1) continue;
        exception.unless = k + 1;
        exception.value = scratch_.records[scratch_.unless[k]].value;
        add_part(out, exception, {scratch_.unless[k]});
    }
    for (std::uint32_t e : compiled_.rules->provisions[p].exceptions) {
        if (d.defeated() && d.defeated_exception != e) continue;
        exception_reasons(e, 0, out);
    }
}

// It holds when `scope and when and not (its own exceptions)`; the decisive operands of that
// `and`, as for any condition (LANGUAGE.md §13). False when its scope or `when` alone decided
// it: then its own exceptions were not considered.
bool TracingEvaluator::add_group_part(ReasonsBuilder& out, ReasonPart part, const Group& g) {
    const Truth scope = scratch_.records[g.scope].value;
    const Truth when = scratch_.records[g.when].value;
    if (g.value == Truth::no && scope == Truth::no) {
        add_part(out, part, {g.scope});
        return false;
    }
    if (g.value == Truth::no && when == Truth::no) {
        add_part(out, part, {g.when});
        return false;
    }
    if (g.value == Truth::yes) {
        add_part(out, part, {g.scope, g.when});
    } else if (g.value == Truth::unknown) {
        add_part(out, part,
                 {scope == Truth::unknown ? g.scope : Record{0},
                  when == Truth::unknown ? g.when : Record{0}});
    } else {
        add_part(out, part, {});  // its own exception defeated it: that one says why
    }
    return true;
}

// Its own exceptions that decided: the first that holds when it does not hold, every one when
// it holds (none of them does), the unknown ones when it is unknown. They go on the stack last
// to first, so that they come out in order.
void TracingEvaluator::push_deciding_exceptions(std::vector<PendingReason>& stack,
                                                const PendingReason& at, const Group& g) const {
    const std::size_t mark = stack.size();
    const Truth wanted = g.value == Truth::unknown ? Truth::unknown : kleene_not(g.value);
    const auto next = static_cast<std::uint16_t>(std::min(0xFFFF, at.depth + 1));
    for (std::uint32_t k = 0; k < g.unless.size(); ++k) {
        if (scratch_.records[g.unless[k]].value == wanted)
            stack.push_back({at.provision, k + 1, next});
    }
    for (std::uint32_t child : compiled_.rules->provisions[at.provision].exceptions) {
        auto c = groups_.find(child);
        if (c != groups_.end() && c->second.tried && c->second.value == wanted)
            stack.push_back({child, 0, next});
    }
    if (g.value == Truth::no && stack.size() > mark + 1) stack.resize(mark + 1);
    std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(mark), stack.end());
}

void TracingEvaluator::exception_reasons(std::uint32_t exception, std::uint16_t depth,
                                         ReasonsBuilder& out) {
    // An explicit stack: exception chains may be as deep as the rules make them.
    std::vector<PendingReason>& stack = scratch_.pending_reasons;
    stack.assign(1, {exception, 0, depth});
    while (!stack.empty()) {
        const PendingReason at = stack.back();
        stack.pop_back();
        auto it = groups_.find(at.provision);
        if (it == groups_.end() || !it->second.tried) continue;  // not active: not considered
        const Group& g = it->second;
        ReasonPart part;
        part.kind = ReasonPartKind::exception;
        part.depth = at.depth;
        part.provision = at.provision;
        if (at.unless != 0) {
            const Record r = g.unless[at.unless - 1];
            part.unless = at.unless;
            part.value = scratch_.records[r].value;
            add_part(out, part, {r});
            continue;
        }
        part.value = g.value;
        part.reading = reading_of(at.provision);
        if (add_group_part(out, part, g)) push_deciding_exceptions(stack, at, g);
    }
}

}  // namespace lexcheck::checker::detail
