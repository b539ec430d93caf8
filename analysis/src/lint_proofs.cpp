#include "lexcheck/analysis/lint_proofs.hpp"

#include "exceptions.hpp"
#include "prover.hpp"

#include "lexcheck/core/diagnostic_builder.hpp"

namespace lexcheck::analysis {

using detail::Answer;
using detail::ExceptionItem;

namespace {

void undecided(core::DiagnosticSink& sink, core::SourceSpan at, const std::string& what) {
    sink.report(
        core::diagnose::note("lint_solver_limit", at,
                             "the solver could not decide within its limit whether " + what)
            .help("nothing is claimed; simplify the conditions involved, or report the rule set"));
}

/// Whether, under some reading, some measure satisfies `query(a)` for assignment `a`
template <typename Query>
Answer some_measure(detail::Prover& prover, std::uint32_t root, const Query& query) {
    z3::expr_vector any(prover.ctx());
    for (const detail::Assignment& a : prover.decisions().assignments(root))
        any.push_back(query(a));
    return prover.check({z3::mk_or(any)});
}

void never_holds(detail::Prover& prover, const core::RuleSet& rules, std::uint32_t root,
                 const ExceptionItem& item, core::DiagnosticSink& sink) {
    detail::DecisionEncoder& d = prover.decisions();
    Answer a = some_measure(prover, root, [&](const detail::Assignment& as) {
        return detail::matters(d, root, item, as) && detail::item_holds(d, item, as);
    });
    const core::Provision& owner = rules.provisions[item.owner];
    if (a == Answer::limit) {
        undecided(sink, item.span, "exception `" + item.label + "` can hold");
    } else if (a == Answer::unsat) {
        sink.report(core::diagnose::warning("lint_exception_never_holds", item.span,
                                            "exception `" + item.label +
                                                "` can never hold where `" + owner.id.text +
                                                "` is breached")
                        .label(owner.id.span, "the provision it is an exception to")
                        .help("its condition contradicts the scope or norm of `" + owner.id.text +
                              "`; check the values it tests"));
    }
}

void ambiguous(detail::Prover& prover, const core::RuleSet& rules, std::uint32_t root,
               const ExceptionItem& first, const ExceptionItem& second,
               core::DiagnosticSink& sink) {
    detail::DecisionEncoder& d = prover.decisions();
    Answer a = some_measure(prover, root, [&](const detail::Assignment& as) {
        return detail::matters(d, root, first, as) && detail::item_holds(d, first, as) &&
               detail::item_holds(d, second, as);
    });
    const std::string& owner = rules.provisions[first.owner].id.text;
    if (a == Answer::limit) {
        undecided(sink, second.span,
                  "exceptions `" + first.label + "` and `" + second.label + "` can hold together");
    } else if (a == Answer::sat) {
        sink.report(core::diagnose::warning("lint_ambiguous_exceptions", second.span,
                                            "exceptions `" + first.label + "` and `" +
                                                second.label + "` of `" + owner +
                                                "` can hold together for different reasons")
                        .label(first.span, "the other exception")
                        .help("defeated_by will name `" + first.label +
                              "` (it comes first); if both may apply, say which governs"));
    }
}

}  // namespace

void lint_proofs(const core::RuleSet& rules, core::DiagnosticSink& sink,
                 const SolverLimits& limits) {
    z3::context ctx;
    auto every_exception = [&](detail::FactVars&) {
        return detail::setting_ignoring_dates(ctx, rules);
    };
    detail::Prover prover(ctx, rules, every_exception, {}, limits);
    for (std::uint32_t root = 0; root < rules.provisions.size(); ++root) {
        if (rules.provisions[root].is_exception()) continue;
        std::vector<ExceptionItem> items = detail::exception_items(rules, root);
        for (const ExceptionItem& item : items) never_holds(prover, rules, root, item, sink);
        for (std::size_t i = 0; i < items.size(); ++i) {
            for (std::size_t j = i + 1; j < items.size(); ++j) {
                if (items[i].owner != items[j].owner || items[i].reason == items[j].reason)
                    continue;
                ambiguous(prover, rules, root, items[i], items[j], sink);
            }
        }
    }
}

}  // namespace lexcheck::analysis
