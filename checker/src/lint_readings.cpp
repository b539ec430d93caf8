#include "lint_readings.hpp"

#include "lexcheck/core/diagnostic_builder.hpp"

#include <utility>
#include <vector>

namespace lexcheck::checker::detail {

namespace {

bool same_resolved(const core::Resolved& a, const core::Resolved& b) {
    return a.fact == b.fact && a.define == b.define && a.value == b.value;
}

/// One node of each tree, children aside
bool same_node(const core::Condition& x, const core::Condition& y) {
    return x.kind == y.kind && x.constant == y.constant && x.op == y.op &&
           x.children.size() == y.children.size() &&
           same_resolved(x.path_resolved, y.path_resolved) &&
           same_resolved(x.lhs_resolved, y.lhs_resolved) &&
           same_resolved(x.rhs_resolved, y.rhs_resolved) && x.values_resolved == y.values_resolved;
}

}  // namespace

bool same_condition(const core::RuleSet& rules, core::CondId a, core::CondId b) {
    // Explicit stack: conditions may nest deeply (docs/architecture.md).
    std::vector<std::pair<core::CondId, core::CondId>> stack{{a, b}};
    while (!stack.empty()) {
        auto [x, y] = stack.back();
        stack.pop_back();
        if (x == core::kNone || y == core::kNone) {
            if (x != y) return false;
            continue;
        }
        const core::Condition& cx = rules.conditions[x];
        const core::Condition& cy = rules.conditions[y];
        if (!same_node(cx, cy)) return false;
        for (std::size_t i = 0; i < cx.children.size(); ++i)
            stack.push_back({cx.children[i], cy.children[i]});
    }
    return true;
}

void lint_readings(const core::RuleSet& rules, core::DiagnosticSink& sink) {
    for (const core::Reading& rd : rules.readings) {
        if (rd.provision == core::kNone) continue;
        const core::Provision& p = rules.provisions[rd.provision];
        auto unchanged = [&](core::SourceSpan at, const char* clause) {
            sink.report(
                core::diagnose::warning("lint_reading_unchanged", at,
                                        "reading `" + rd.id.text + "` replaces the " + clause +
                                            " of `" + p.id.text + "` with the same condition")
                    .help("a reading that changes nothing never disagrees; write the condition as "
                          "this interpretation reads it, or remove the clause from the reading"));
        };
        if (rd.scope && p.scope && same_condition(rules, *rd.scope, *p.scope))
            unchanged(rd.scope_span, "`scope`");
        if (rd.norm_kind && p.norm.condition != core::kNone &&
            same_condition(rules, rd.norm.condition, p.norm.condition)) {
            unchanged(rd.norm.span, p.is_exception() ? "`when`" : "norm");
        }
        if (rd.authorities.empty()) {
            sink.report(
                core::diagnose::note("lint_reading_without_authority", rd.id.span,
                                     "reading `" + rd.id.text + "` cites no authority")
                    .help("add `authority \"…\"` lines: the sources a lawyer would cite for this "
                          "interpretation, shown with its outcome in every report"));
        }
    }
}

}  // namespace lexcheck::checker::detail
