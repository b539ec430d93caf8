// LANGUAGE.md §5: every measure in force against every provision, on all cores.
#include "lexcheck/checker/check.hpp"

#include "binding_table.hpp"
#include "compiled.hpp"
#include "decide.hpp"
#include "readings.hpp"
#include "select.hpp"
#include "trace.hpp"
#include "trace_memo.hpp"

#include "lexcheck/core/parallel.hpp"

#include <algorithm>
#include <map>

namespace lexcheck::checker {

using core::Outcome;

namespace {

// keep() and count() run for every pair: inlined, like decide() (see decide.hpp).
[[gnu::always_inline]] inline bool keep(const CheckOptions& options, Outcome o) {
    if (o == Outcome::not_applicable && !options.include_not_applicable) return false;
    return options.only.empty() ||
           std::find(options.only.begin(), options.only.end(), o) != options.only.end();
}

[[gnu::always_inline]] inline void count(Summary& s, Outcome o, bool binding) {
    switch (o) {
        case Outcome::violation:
            ++s.violation;
            ++(binding ? s.binding_violation : s.advisory_violation);
            break;
        case Outcome::compliant:
            ++s.compliant;
            break;
        case Outcome::undetermined:
            ++s.undetermined;
            if (binding) ++s.binding_undetermined;
            break;
        case Outcome::not_applicable:
            ++s.not_applicable;
            break;
        case Outcome::contested:
            ++s.contested;
            if (binding) ++s.binding_contested;
            break;
    }
}

void add(Summary& into, const Summary& s) {
    into.violation += s.violation;
    into.compliant += s.compliant;
    into.undetermined += s.undetermined;
    into.not_applicable += s.not_applicable;
    into.contested += s.contested;
    into.binding_contested += s.binding_contested;
    into.binding_contested_violation += s.binding_contested_violation;
    into.binding_violation += s.binding_violation;
    into.advisory_violation += s.advisory_violation;
    into.binding_undetermined += s.binding_undetermined;
}

/// Whether an instrument binds the measure whose binding row is `row`, as decide() asks
auto binds(const std::vector<Binding>& row) {
    return [&row](std::uint32_t instrument) {
        return instrument != core::kNone && row[instrument].binding;
    };
}

/// Whether some assignment of a contested finding is a violation (`--fail-on contested`)
bool some_violation(const detail::ReadingScratch& s) {
    return std::any_of(s.decisions.begin(), s.decisions.end(),
                       [](const detail::Decision& d) { return d.outcome == Outcome::violation; });
}

/// Decides (measure, provision) pairs for one thread: the measure's state, reused from pair to
/// pair, and the one place that turns a decision into a count and a finding
class PairDecider {
public:
    PairDecider(const detail::CompiledRules& compiled, const core::SourceManager& sources,
                const CheckOptions& options)
        : compiled_(compiled),
          sources_(sources),
          options_(options),
          view_(compiled.rules->schema.facts().size()),
          fast_(compiled, view_),
          deciding_(fast_) {}

    void load(const core::Measure& m) {
        view_.load(m);
        fast_.load_defines();
    }
    /// Measure `i` of `list`, read where it lies
    void load(const core::MeasureList& list, std::size_t i, const core::MeasureHead& head) {
        view_.load(list, i, head);
        fast_.load_defines();
    }
    void clear() { view_.clear(); }
    const detail::MeasureView& view() const { return view_; }

    /// Decides provision `p` for the loaded measure (`candidate`: the scope index could not
    /// rule it out), counts the outcome and keeps the finding when it is listed. Inlined into
    /// the loop over pairs: a call per pair measured 10% more instructions (callgrind).
    [[gnu::always_inline]] void decide_and_record(std::uint32_t measure, std::uint32_t p,
                                                  bool candidate, const std::vector<Binding>& row,
                                                  Summary& summary,
                                                  std::vector<core::Finding>& findings) {
        const detail::CompiledProvision& cp = compiled_.provisions[p];
        if (candidate && cp.in_force && !cp.points.empty()) {
            decide_readings_and_record(measure, p, row, summary, findings);
            return;
        }
        const auto is_binding = binds(row);
        detail::Decision d;
        if (candidate) {
            d = detail::decide(compiled_, p, is_binding, deciding_, exceptions_);
        } else {
            // The index proved the scope false; only the reason is left to tell.
            d.reason = cp.in_force ? core::Reason::out_of_scope : core::Reason::not_in_force;
        }
        const Binding& b = row[compiled_.rules->provisions[p].instrument];
        count(summary, d.outcome, b.binding);
        if (!keep(options_, d.outcome)) return;
        explain(new_finding(findings, measure, p, d, b), row);
    }

private:
    /// Fills a finding just kept with its trace (from the memo when its shape was seen), or
    /// with its missing facts alone. Out of line: kept findings are few, and the loop over
    /// pairs measured fewer instructions without this code in it (callgrind, issue 20).
    [[gnu::noinline]] void explain(core::Finding& f, const std::vector<Binding>& row) {
        if (!options_.with_trace && f.outcome != Outcome::undetermined) return;
        const auto is_binding = binds(row);
        view_.add_spans();
        const bool memoised =
            options_.with_trace && memo_.make_key(compiled_, f.provision, view_, is_binding);
        if (memoised && memo_.fill(compiled_, view_, f)) return;
        // Same procedure, explaining evaluator. `exceptions_` is reused: decide() sets each
        // exception's entries before reading them.
        detail::TracingEvaluator tracing(compiled_, view_, sources_, trace_);
        const detail::Decision traced =
            detail::decide(compiled_, f.provision, is_binding, tracing, exceptions_);
        if (options_.with_trace) {
            f.store = compiled_.store;
            f.trace = tracing.take_trace();
            f.exceptions = tracing.take_exceptions();
            f.reasons = tracing.take_reasons(traced, f.provision);
        }
        f.missing_facts = tracing.take_missing();
        if (memoised) memo_.keep(compiled_, f);
    }

    /// LANGUAGE.md §8: a provision whose tree has readings, decided once per assignment
    [[gnu::noinline]] void decide_readings_and_record(std::uint32_t measure, std::uint32_t p,
                                                      const std::vector<Binding>& row,
                                                      Summary& summary,
                                                      std::vector<core::Finding>& findings) {
        const auto is_binding = binds(row);
        detail::enumerate_assignments(compiled_, p, is_binding, readings_);
        detail::decide_assignments(compiled_, p, is_binding, deciding_, exceptions_, readings_);
        const detail::Combined combined = detail::combine(readings_.decisions);
        detail::Decision d = readings_.decisions[combined.shown];
        d.outcome = combined.outcome;
        const Binding& b = row[compiled_.rules->provisions[p].instrument];
        count(summary, d.outcome, b.binding);
        if (combined.contested() && b.binding && some_violation(readings_))
            ++summary.binding_contested_violation;
        if (!keep(options_, d.outcome)) return;
        if (combined.contested()) {
            // No single reason or defeater: each assignment has its own.
            d.reason = core::Reason::none;
            d.defeated_unless = 0;
            d.defeated_exception = core::kNone;
        }
        core::Finding& f = new_finding(findings, measure, p, d, b);
        view_.add_spans();
        detail::explain_assignments(compiled_, p, is_binding, view_, sources_, trace_, exceptions_,
                                    readings_, combined, options_.with_trace,
                                    options_.every_assignment, f);
    }

    /// A finding of `d` with what it says about binding (LANGUAGE.md §5.2, §9)
    core::Finding& new_finding(std::vector<core::Finding>& findings, std::uint32_t measure,
                               std::uint32_t p, const detail::Decision& d, const Binding& b) {
        core::Finding& f = findings.emplace_back();
        f.measure = measure;
        f.provision = p;
        f.outcome = d.outcome;
        // §5.2: a provision that is not in force binds no one, whoever is a party.
        const bool in_force = d.reason != core::Reason::not_in_force;
        f.binding = b.binding && in_force;
        f.basis = b.basis;
        f.party_since = b.since;
        if (b.toward && in_force) {
            f.binding_toward = b.toward;
            f.bound_later = b.later;
        }
        f.reason = d.reason;
        f.defeated_by = detail::defeated_by(*compiled_.rules, p, d);
        return f;
    }

    const detail::CompiledRules& compiled_;
    const core::SourceManager& sources_;
    const CheckOptions& options_;
    detail::MeasureView view_;
    detail::FastEvaluator fast_;
    detail::DecidingEvaluator deciding_;
    detail::ExceptionScratch exceptions_;
    detail::TraceScratch trace_;  // reused by every finding traced
    detail::TraceMemo memo_;
    detail::ReadingScratch readings_;
};

/// Decides every provision for a slice of the measures; one per thread
struct Worker {
    const detail::CompiledRules& compiled;
    const core::Corpus& corpus;
    const core::SourceManager& sources;
    const detail::BindingTable& bindings;
    const CheckOptions& options;

    std::vector<core::Finding> findings;
    Summary summary;

    void run(const std::uint32_t* begin, const std::uint32_t* end) {
        PairDecider decider(compiled, sources, options);
        std::vector<Binding> own_row;  // The binding row of a measure that has `affects`
        // Progress is told in batches: an atomic add per measure would make the threads
        // contend for one cache line.
        constexpr std::size_t kProgressBatch = 256;
        CheckProgress* const progress = options.progress;
        std::size_t unreported = 0;
        for (const std::uint32_t* it = begin; it != end; ++it) {
            decide_measure(decider, *it, own_row);
            if (progress && ++unreported == kProgressBatch) {
                progress->decided.fetch_add(unreported, std::memory_order_relaxed);
                unreported = 0;
            }
        }
        decider.clear();
        if (progress) progress->decided.fetch_add(unreported, std::memory_order_relaxed);
    }

private:
    /// Every provision for one measure. Inlined into run(), where the decider is a local
    /// (called through a reference: 0.1% more instructions with `--all`, callgrind).
    [[gnu::always_inline]] void decide_measure(PairDecider& decider, std::uint32_t measure,
                                               std::vector<Binding>& own_row) {
        const core::MeasureHead m = corpus.measures.head(measure);
        decider.load(corpus.measures, measure, m);
        const std::vector<Binding>* row = &bindings.row(m.jurisdiction);
        if (bindings.depends_on_affects(m)) {
            own_row =
                detail::binding_row(*compiled.rules, corpus.measures[measure], compiled.as_of);
            row = &own_row;
        }
        // Provisions the scope index rules out are not_applicable; when those are not
        // listed they are only counted, so a measure costs only its candidates.
        const auto& cands = detail::candidates(compiled, index_key(decider));
        if (options.include_not_applicable) {
            decide_all(decider, measure, cands, *row);
            return;
        }
        summary.not_applicable += compiled.decided.size() - cands.size();
        for (std::uint32_t pos : cands) {
            decider.decide_and_record(measure, compiled.decided[pos], /*candidate=*/true, *row,
                                      summary, findings);
        }
    }

    /// Every position, listed: the candidates decided, the others told why they do not apply
    void decide_all(PairDecider& decider, std::uint32_t measure,
                    const std::vector<std::uint32_t>& cands, const std::vector<Binding>& row) {
        std::size_t next = 0;  // INVARIANT: cands is sorted; next is the first not yet passed
        for (std::uint32_t pos = 0; pos < compiled.decided.size(); ++pos) {
            const bool candidate = next < cands.size() && cands[next] == pos;
            if (candidate) ++next;
            decider.decide_and_record(measure, compiled.decided[pos], candidate, row, summary,
                                      findings);
        }
    }

    /// The loaded measure's value of the scope index's fact, else kNone
    std::uint32_t index_key(const PairDecider& decider) const {
        if (compiled.index_fact == core::kNone) return core::kNone;
        const core::FactValue* f = decider.view().fact(compiled.index_fact);
        return f ? static_cast<std::uint32_t>(f->value.integer) : core::kNone;
    }
};

/// The workers' findings in worker order. The first worker's vector is taken whole and the
/// others' moved once into room made for all: appending each to an empty vector moved every
/// finding (~260 instructions each, about 2% of listing 30,000 findings, callgrind, issue 20).
void gather_findings(std::vector<Worker>& workers, std::vector<core::Finding>& out) {
    if (workers.empty()) return;
    std::size_t total = 0;
    for (const Worker& w : workers) total += w.findings.size();
    out = std::move(workers.front().findings);
    out.reserve(total);
    for (std::size_t t = 1; t < workers.size(); ++t) {
        std::vector<core::Finding>& from = workers[t].findings;
        out.insert(out.end(), std::make_move_iterator(from.begin()),
                   std::make_move_iterator(from.end()));
    }
}

}  // namespace

CheckResult check(const core::RuleSet& rules, const core::Corpus& corpus,
                  const core::SourceManager& sources, const CheckOptions& options) {
    CheckResult result;
    result.as_of = options.as_of;
    detail::Selection selected = detail::select_measures(corpus, options);
    result.measures = std::move(selected.measures);
    result.summary.measures_not_in_force = selected.not_in_force;

    if (options.progress)
        options.progress->measures.store(result.measures.size(), std::memory_order_relaxed);
    detail::CompiledRules compiled = detail::compile(rules, options.as_of);
    result.provisions = compiled.decided;
    detail::BindingTable bindings(rules, selected.states, options.as_of);

    std::size_t n = result.measures.size();
    auto threads = static_cast<unsigned>(
        std::min<std::size_t>(core::thread_count(options.threads), n / 64 + 1));
    std::vector<Worker> workers(threads,
                                Worker{compiled, corpus, sources, bindings, options, {}, {}});
    // Contiguous slices in id order, one per thread: concatenating the results keeps findings
    // sorted.
    const std::uint32_t* data = result.measures.data();
    core::parallel_for(threads, threads, [&](std::size_t t) {
        workers[t].run(data + n * t / threads, data + n * (t + 1) / threads);
    });

    result.summary.measures = n;
    result.summary.provisions = compiled.decided.size();
    for (const Worker& w : workers) add(result.summary, w.summary);
    gather_findings(workers, result.findings);
    return result;
}

struct PairChecker::Compiled {
    const core::RuleSet& rules;
    const core::SourceManager& sources;
    detail::CompiledRules compiled;
};

PairChecker::PairChecker(const core::RuleSet& rules, const core::SourceManager& sources,
                         core::Date as_of)
    : compiled_(
          std::make_unique<Compiled>(Compiled{rules, sources, detail::compile(rules, as_of)})) {}

PairChecker::~PairChecker() = default;

core::Finding PairChecker::decide(const core::Measure& measure, std::uint32_t measure_index,
                                  std::uint32_t provision, bool with_trace) const {
    const detail::CompiledRules& compiled = compiled_->compiled;
    CheckOptions options;
    options.as_of = compiled.as_of;
    options.include_not_applicable = true;
    options.with_trace = with_trace;
    options.every_assignment = with_trace;
    PairDecider decider(compiled, compiled_->sources, options);
    decider.load(measure);
    std::vector<Binding> row = detail::binding_row(compiled_->rules, measure, compiled.as_of);
    Summary summary;
    std::vector<core::Finding> findings;
    decider.decide_and_record(measure_index, provision, true, row, summary, findings);
    decider.clear();
    return std::move(findings.front());
}

core::Finding decide_one(const core::RuleSet& rules, const core::SourceManager& sources,
                         const core::Measure& measure, std::uint32_t measure_index,
                         std::uint32_t provision, core::Date as_of) {
    return PairChecker(rules, sources, as_of).decide(measure, measure_index, provision);
}

core::Outcome decide_under(const core::RuleSet& rules, const core::Measure& measure,
                           std::uint32_t provision, core::ChosenReading under, core::Date as_of) {
    detail::CompiledRules compiled = detail::compile(rules, as_of);
    detail::MeasureView view(rules.schema.facts().size());
    view.load(measure);
    detail::FastEvaluator fast(compiled, view);
    fast.load_defines();
    detail::DecidingEvaluator deciding(fast);
    std::vector<Binding> row = detail::binding_row(rules, measure, as_of);
    const auto is_binding = binds(row);
    detail::ReadingScratch s;
    detail::enumerate_assignments(compiled, provision, is_binding, s);
    // The assignment that picks `under` for its point and the primary reading elsewhere;
    // when its provision is not a contested point, the all-primary assignment (§8).
    std::size_t chosen = 0;
    for (std::size_t a = 0; a < s.assignments(); ++a) {
        auto picks = s.assignment(a);
        if (std::all_of(picks.begin(), picks.end(), [&](const core::ChosenReading& c) {
                return c.reading == (c.provision == under.provision ? under.reading : core::kNone);
            })) {
            chosen = a;
            break;
        }
    }
    detail::ExceptionScratch scratch;
    detail::Decision d = detail::decide(compiled, provision, is_binding, deciding, scratch,
                                        detail::AssignedReadings{s.assignment(chosen)});
    view.clear();
    return d.outcome;
}

}  // namespace lexcheck::checker
