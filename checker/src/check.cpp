// LANGUAGE.md §5: every measure in force against every provision, on all cores.
#include "lexcheck/checker/check.hpp"

#include "compiled.hpp"
#include "decide.hpp"
#include "trace.hpp"

#include "lexcheck/core/parallel.hpp"

#include <algorithm>
#include <map>

namespace lexcheck::checker {

using core::Outcome;

namespace {

/// Binding of every instrument for every jurisdiction present, computed once. Rows are
/// found by the two capitals of the state code, without a string comparison per measure.
class BindingTable {
public:
    BindingTable(const core::RuleSet& rules, const core::Corpus& corpus,
                 const std::vector<std::uint32_t>& measures, core::Date as_of)
        : slot_(kCodes, kNone) {
        for (std::uint32_t m : measures) {
            const std::string& state = corpus.measures[m].jurisdiction;
            std::size_t c = code(state);
            if (c != kOther ? slot_[c] != kNone : find(state) != nullptr) continue;
            std::vector<Binding> row;
            for (const auto& inst : rules.instruments)
                row.push_back(binding_of(inst, state, as_of));
            if (c != kOther) slot_[c] = static_cast<std::uint32_t>(rows_.size());
            rows_.emplace_back(state, std::move(row));
        }
    }
    const std::vector<Binding>& row(const std::string& state) const {
        std::uint32_t slot = slot_[code(state)];
        if (slot != kNone) return rows_[slot].second;
        // Not a two-capital code (the loaders reject those; kept for in-memory corpora).
        return *find(state);
    }

private:
    static constexpr std::uint32_t kNone = core::kNone;
    static constexpr std::size_t kOther = 26 * 26;
    static constexpr std::size_t kCodes = kOther + 1;
    static std::size_t code(const std::string& s) {
        if (s.size() != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z') return kOther;
        return static_cast<std::size_t>(s[0] - 'A') * 26 + static_cast<std::size_t>(s[1] - 'A');
    }
    const std::vector<Binding>* find(const std::string& state) const {
        for (const auto& [s, row] : rows_) {
            if (s == state) return &row;
        }
        return nullptr;
    }
    std::vector<std::uint32_t> slot_;
    std::vector<std::pair<std::string, std::vector<Binding>>> rows_;
};

bool keep(const CheckOptions& options, Outcome o) {
    if (o == Outcome::not_applicable && !options.include_not_applicable) return false;
    return options.only.empty() ||
           std::find(options.only.begin(), options.only.end(), o) != options.only.end();
}

void count(Summary& s, Outcome o, bool binding) {
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
    }
}

void add(Summary& into, const Summary& s) {
    into.violation += s.violation;
    into.compliant += s.compliant;
    into.undetermined += s.undetermined;
    into.not_applicable += s.not_applicable;
    into.binding_violation += s.binding_violation;
    into.advisory_violation += s.advisory_violation;
    into.binding_undetermined += s.binding_undetermined;
}

/// Decides every provision for a slice of the measures; one per thread
struct Worker {
    const detail::CompiledRules& compiled;
    const core::Corpus& corpus;
    const core::SourceManager& sources;
    const BindingTable& bindings;
    const CheckOptions& options;

    std::vector<core::Finding> findings;
    Summary summary;

    void run(const std::uint32_t* begin, const std::uint32_t* end) {
        const core::RuleSet& rules = *compiled.rules;
        detail::MeasureView view(rules.schema.facts().size());
        detail::FastEvaluator fast(compiled, view);
        detail::DecidingEvaluator deciding(fast);
        detail::ExceptionScratch scratch;
        detail::TraceScratch trace_scratch;  // reused by every finding traced
        for (const std::uint32_t* it = begin; it != end; ++it) {
            const core::Measure& m = corpus.measures[*it];
            view.load(m);
            fast.load_defines();
            const auto& row = bindings.row(m.jurisdiction);
            auto is_binding = [&](std::uint32_t instrument) {
                return instrument != core::kNone && row[instrument].binding;
            };
            std::uint32_t key = core::kNone;
            if (compiled.index_fact != core::kNone) {
                if (const core::FactValue* f = view.fact(compiled.index_fact)) {
                    key = static_cast<std::uint32_t>(f->value.integer);
                }
            }
            // Provisions the scope index rules out are not_applicable; when those are not
            // listed they are only counted, so a measure costs only its candidates.
            const auto& cands = detail::candidates(compiled, key);
            const bool all_positions = options.include_not_applicable;
            if (!all_positions) summary.not_applicable += compiled.decided.size() - cands.size();
            std::size_t next = 0;
            const std::size_t end_pos = all_positions ? compiled.decided.size() : cands.size();
            for (std::size_t i = 0; i < end_pos; ++i) {
                std::uint32_t pos = all_positions ? static_cast<std::uint32_t>(i) : cands[i];
                std::uint32_t p = compiled.decided[pos];
                detail::Decision d;
                if (next < cands.size() && cands[next] == pos) {
                    ++next;
                    d = detail::decide(compiled, p, is_binding, deciding, scratch);
                } else {
                    // The index proved the scope false; only the reason is left to tell.
                    d.reason = compiled.provisions[p].in_force ? core::Reason::out_of_scope
                                                               : core::Reason::not_in_force;
                }
                std::uint32_t instrument = rules.provisions[p].instrument;
                const Binding& b = row[instrument];
                count(summary, d.outcome, b.binding);
                if (!keep(options, d.outcome)) continue;
                core::Finding f;
                f.measure = *it;
                f.provision = p;
                f.outcome = d.outcome;
                f.binding = b.binding;
                f.basis = b.basis;
                f.party_since = b.since;
                f.reason = d.reason;
                f.defeated_by = detail::defeated_by(rules, p, d);
                if (options.with_trace || d.outcome == Outcome::undetermined) {
                    detail::TracingEvaluator tracing(compiled, view, sources, trace_scratch);
                    // Same procedure, explaining evaluator: fills trace and missing facts.
                    // `scratch` is reused: decide() sets each exception's entries before
                    // reading them.
                    detail::decide(compiled, p, is_binding, tracing, scratch);
                    if (options.with_trace) {
                        f.trace = tracing.take_trace();
                        f.exceptions = tracing.take_exceptions();
                    }
                    f.missing_facts = tracing.take_missing();
                }
                findings.push_back(std::move(f));
            }
        }
        view.clear();
    }
};

}  // namespace

CheckResult check(const core::RuleSet& rules, const core::Corpus& corpus,
                  const core::SourceManager& sources, const CheckOptions& options) {
    CheckResult result;
    result.as_of = options.as_of;
    for (std::uint32_t i = 0; i < corpus.measures.size(); ++i) {
        const core::Measure& m = corpus.measures[i];
        if (!measure_in_force(m, options.as_of)) continue;
        if (!options.jurisdictions.empty() &&
            std::find(options.jurisdictions.begin(), options.jurisdictions.end(), m.jurisdiction) ==
                options.jurisdictions.end()) {
            continue;
        }
        result.measures.push_back(i);
    }
    auto by_id = [&](std::uint32_t a, std::uint32_t b) {
        return corpus.measures[a].id < corpus.measures[b].id;
    };
    // The loaders sort the corpus by id already; checking is linear, sorting is not.
    if (!std::is_sorted(result.measures.begin(), result.measures.end(), by_id)) {
        std::sort(result.measures.begin(), result.measures.end(), by_id);
    }

    detail::CompiledRules compiled = detail::compile(rules, options.as_of);
    result.provisions = compiled.decided;
    BindingTable bindings(rules, corpus, result.measures, options.as_of);

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
    for (Worker& w : workers) {
        add(result.summary, w.summary);
        result.findings.insert(result.findings.end(), std::make_move_iterator(w.findings.begin()),
                               std::make_move_iterator(w.findings.end()));
    }
    return result;
}

core::Finding decide_one(const core::RuleSet& rules, const core::SourceManager& sources,
                         const core::Measure& measure, std::uint32_t measure_index,
                         std::uint32_t provision, core::Date as_of) {
    detail::CompiledRules compiled = detail::compile(rules, as_of);
    detail::MeasureView view(rules.schema.facts().size());
    view.load(measure);
    std::vector<Binding> row;
    for (const auto& inst : rules.instruments)
        row.push_back(binding_of(inst, measure.jurisdiction, as_of));
    auto is_binding = [&](std::uint32_t instrument) {
        return instrument != core::kNone && row[instrument].binding;
    };
    detail::TraceScratch trace_scratch;
    detail::TracingEvaluator tracing(compiled, view, sources, trace_scratch);
    detail::ExceptionScratch scratch;
    detail::Decision d = detail::decide(compiled, provision, is_binding, tracing, scratch);
    core::Finding f;
    f.measure = measure_index;
    f.provision = provision;
    f.outcome = d.outcome;
    f.reason = d.reason;
    f.defeated_by = detail::defeated_by(rules, provision, d);
    std::uint32_t instrument = rules.provisions[provision].instrument;
    if (instrument != core::kNone) {
        f.binding = row[instrument].binding;
        f.basis = row[instrument].basis;
        f.party_since = row[instrument].since;
    }
    f.trace = tracing.take_trace();
    f.exceptions = tracing.take_exceptions();
    if (d.outcome == Outcome::undetermined) f.missing_facts = tracing.take_missing();
    return f;
}

}  // namespace lexcheck::checker
