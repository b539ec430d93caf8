// Issue 17: remedies of findings. The solver proposes (search.cpp), the checker disposes
// (recheck.cpp): every remedy returned is the checker's verdict on the changed measure.
#include "lexcheck/analysis/remedies.hpp"

#include "deciding.hpp"
#include "recheck.hpp"
#include "search.hpp"

#include "lexcheck/core/natural_order.hpp"
#include "lexcheck/core/parallel.hpp"

#include <algorithm>

namespace lexcheck::analysis {

using detail::Answer;
using detail::FactSet;

bool wants_remedies(const core::Finding& f) {
    return f.outcome == core::Outcome::violation || f.outcome == core::Outcome::undetermined ||
           f.outcome == core::Outcome::contested;
}

namespace {

/// Provisions that bind the measure, other than `p`, that it does not violate now: with
/// --keep-others a remedy must leave them so
std::vector<std::uint32_t> kept_unviolated(const core::RuleSet& rules,
                                           const core::SourceManager& sources,
                                           const core::Measure& m, std::uint32_t p,
                                           core::Date as_of, std::vector<std::uint32_t>& violated) {
    violated = detail::binding_violations(rules, sources, m, as_of);
    std::vector<std::uint32_t> out;
    for (std::uint32_t q = 0; q < rules.provisions.size(); ++q) {
        const core::Provision& prov = rules.provisions[q];
        if (q == p || prov.is_exception() || prov.instrument == core::kNone) continue;
        if (!checker::provision_in_force(rules, prov, as_of)) continue;
        const auto& inst = rules.instruments[prov.instrument];
        if (!checker::binding_of(inst, m.jurisdiction, as_of, &m.affects).binding) continue;
        if (!std::binary_search(violated.begin(), violated.end(), q)) out.push_back(q);
    }
    return out;
}

/// Fewest facts first, then those that make it comply before those that take it out of
/// scope, then by the facts' paths
struct Ranked {
    FactSet set;
    bool comply = false;
};

bool ranked_before(const core::Schema& schema, const Ranked& a, const Ranked& b) {
    if (a.set.size() != b.set.size()) return a.set.size() < b.set.size();
    if (a.comply != b.comply) return a.comply;
    return std::lexicographical_compare(a.set.begin(), a.set.end(), b.set.begin(), b.set.end(),
                                        [&](std::uint32_t x, std::uint32_t y) {
                                            return core::natural_less(schema.fact(x).path,
                                                                      schema.fact(y).path);
                                        });
}

/// Whether a set can make it comply (not only take it out of scope) orders the sets of one
/// size; it is asked only when there are more sets than wanted, else values() finds it out on
/// the way. False when the solver hit its limit.
bool rank_sets(detail::RemedySearch& search, std::vector<FactSet>& sets, unsigned count,
               const core::Schema& schema, std::vector<Ranked>& ranked) {
    for (FactSet& s : sets) {
        Answer comply = sets.size() > count ? search.can_comply(s) : Answer::sat;
        if (comply == Answer::limit) return false;
        ranked.push_back({std::move(s), comply == Answer::sat});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](const Ranked& a, const Ranked& b) { return ranked_before(schema, a, b); });
    return true;
}

/// With --keep-others: the changed measure violates no binding provision it did not violate
/// before
bool keeps_others(const core::RuleSet& rules, const core::SourceManager& sources,
                  const core::Measure& changed, core::Date as_of,
                  const std::vector<std::uint32_t>& violated) {
    bool kept = true;
    for (std::uint32_t q : detail::binding_violations(rules, sources, changed, as_of)) {
        kept = kept && std::binary_search(violated.begin(), violated.end(), q);
    }
    return kept;
}

enum class Tried { remedy, unconfirmed, limit };

/// Values for one ranked set, then the checker's verdict on the measure they change
Tried try_set(detail::RemedySearch& search, const checker::PairChecker& checker,
              const core::RuleSet& rules, const core::SourceManager& sources,
              const core::Measure& m, std::uint32_t provision, const RemedyOptions& options,
              const std::vector<std::uint32_t>& violated, Ranked& r, core::Remedy& remedy) {
    std::vector<core::FactChange> changes;
    Answer a = r.comply ? search.values(r.set, true, changes) : Answer::unsat;
    if (a == Answer::unsat) {
        r.comply = false;
        a = search.values(r.set, false, changes);
    }
    if (a != Answer::sat) return Tried::limit;
    core::Measure changed = detail::changed_measure(m, changes);
    core::Outcome o = detail::outcome_of(checker, changed, provision);
    bool confirmed = detail::remedied(o);
    if (confirmed && options.keep_others)
        confirmed = keeps_others(rules, sources, changed, options.as_of, violated);
    if (!confirmed) return Tried::unconfirmed;
    remedy = {std::move(changes), o};
    return Tried::remedy;
}

/// Sets whose values could only take the measure out of scope go after those of their size
/// that make it comply.
bool remedy_before(const core::Remedy& a, const core::Remedy& b) {
    if (a.changes.size() != b.changes.size()) return a.changes.size() < b.changes.size();
    return a.outcome == core::Outcome::compliant && b.outcome != core::Outcome::compliant;
}

core::FindingRemedies remedies_of(z3::context& ctx, const checker::PairChecker& checker,
                                  const core::RuleSet& rules, const core::SourceManager& sources,
                                  const core::Measure& m, const core::Finding& f,
                                  const RemedyOptions& options) {
    core::FindingRemedies out;
    out.measure = f.measure;
    out.provision = f.provision;
    if (!wants_remedies(f)) return out;
    std::vector<std::uint32_t> violated, keep;
    if (options.keep_others)
        keep = kept_unviolated(rules, sources, m, f.provision, options.as_of, violated);
    detail::RemedySearch search(ctx, rules, m, f.provision, options, keep);
    if (f.outcome == core::Outcome::undetermined)
        detail::explain_undetermined(rules, checker, m, f, search, options.as_of, out);

    std::vector<FactSet> sets;
    if (search.minimal_sets(options.count, sets, out.more) == Answer::limit) {
        out.status = core::RemedyStatus::limit;
        return out;
    }
    if (sets.empty()) {  // every size up to all the facts asked, none satisfiable
        out.status = core::RemedyStatus::impossible;
        return out;
    }
    std::vector<Ranked> ranked;
    if (!rank_sets(search, sets, options.count, rules.schema, ranked)) {
        out.status = core::RemedyStatus::limit;
        return out;
    }
    if (ranked.size() > options.count) {
        out.more = true;
        ranked.resize(options.count);
    }
    for (Ranked& r : ranked) {
        core::Remedy remedy;
        switch (try_set(search, checker, rules, sources, m, f.provision, options, violated, r,
                        remedy)) {
            case Tried::limit:
                out.status = core::RemedyStatus::limit;
                out.remedies.clear();
                return out;
            case Tried::unconfirmed:
                ++out.unconfirmed;
                break;
            case Tried::remedy:
                out.remedies.push_back(std::move(remedy));
                break;
        }
    }
    std::stable_sort(out.remedies.begin(), out.remedies.end(), remedy_before);
    return out;
}

}  // namespace

core::FindingRemedies find_remedies(const core::RuleSet& rules, const core::SourceManager& sources,
                                    const core::Measure& measure, const core::Finding& finding,
                                    const RemedyOptions& options) {
    z3::context ctx;
    checker::PairChecker checker(rules, sources, options.as_of);
    return remedies_of(ctx, checker, rules, sources, measure, finding, options);
}

std::vector<core::FindingRemedies> find_remedies(const core::RuleSet& rules,
                                                 const core::SourceManager& sources,
                                                 const core::Corpus& corpus,
                                                 const checker::CheckResult& result,
                                                 const RemedyOptions& options, unsigned threads) {
    std::vector<std::uint32_t> wanted;
    for (std::uint32_t i = 0; i < result.findings.size(); ++i) {
        if (wants_remedies(result.findings[i])) wanted.push_back(i);
    }
    // Fixed chunks, one solver context each: what a chunk's context has seen before never
    // depends on the thread count, so neither does any answer.
    constexpr std::size_t kChunk = 16;
    const std::size_t chunks = (wanted.size() + kChunk - 1) / kChunk;
    std::vector<core::FindingRemedies> out(wanted.size());
    checker::PairChecker checker(rules, sources, options.as_of);  // read-only: shared
    core::parallel_for(chunks, threads, [&](std::size_t c) {
        z3::context ctx;
        for (std::size_t i = c * kChunk; i < std::min(wanted.size(), (c + 1) * kChunk); ++i) {
            const core::Finding& f = result.findings[wanted[i]];
            out[i] =
                remedies_of(ctx, checker, rules, sources, corpus.measures[f.measure], f, options);
            out[i].finding = wanted[i];
        }
    });
    return out;
}

}  // namespace lexcheck::analysis
