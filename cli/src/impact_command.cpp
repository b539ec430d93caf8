// `lexcheck impact --bill PATH…` (LANGUAGE.md §12): what a bill changes. The corpus is
// checked once without the bill; with it, only the measures the bill adds or ends are checked
// again (a finding depends on its own measure alone), and the rest is taken as it was. The
// findings that changed are then decided again with their traces and quoted as the JSON
// report writes them, so that `diff` of the two reports gives the same bytes.
#include "app.hpp"
#include "audit/db_options.hpp"
#include "audit/recorded_run.hpp"
#include "command.hpp"
#include "delta_side.hpp"
#include "impact.hpp"
#include "inputs.hpp"
#include "output_file.hpp"
#include "progress.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/diagnostic_builder.hpp"
#include "lexcheck/core/natural_order.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/delta/render.hpp"
#include "lexcheck/parser/corpus.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <map>
#include <ostream>
#include <sstream>
#include <unordered_map>

namespace lexcheck::cli {

namespace {

void define_impact(CLI::App& c, Options& o) {
    add_repeatable_option(c, "--bill", o.bills, "PATH",
                          "the bill's measure file (.yaml, …) or folder; repeat for more")
        ->required();
    add_input_options(c, o);
    add_as_of_option(c, o);
    // LANGUAGE.md §12: impact's default is not today's date but the bill's (default_as_of).
    c.get_option("--as-of")->description(
        "decide as of this day (default: the latest in_force among the bill's measures, "
        "repeals included, else today)");
    add_format_option(c, o, delta::formats());
    add_output_option(c, o);
    add_fail_on_option(c, o);
    add_record_option(c, o);
}

/// The corpus with the bill's measures after its own (`first_bill` on); nullptr after
/// printing the problems of an invalid bill
bool load_bill(const Options& options, Inputs& in, std::size_t& first_bill, std::ostream& err) {
    first_bill = in.corpus.measures.size();
    core::DiagnosticSink sink;
    parser::load_corpus(options.bills, in.rules.schema, in.sources, in.corpus, sink,
                        options.threads, in.cache ? &*in.cache : nullptr);
    std::unordered_map<std::string_view, std::size_t> corpus_ids;
    for (std::size_t i = 0; i < first_bill; ++i) corpus_ids.emplace(in.corpus.measures[i].id, i);
    for (std::size_t i = first_bill; i < in.corpus.measures.size(); ++i) {
        const core::Measure& m = in.corpus.measures[i];
        auto found = corpus_ids.find(m.id);
        if (found == corpus_ids.end()) continue;
        sink.report(core::diagnose::error(
                        "bill_measure_exists", m.span,
                        "the bill's measure `" + m.id + "` has the id of a measure of the corpus")
                        .label(in.corpus.measures[found->second].span, "the corpus's measure")
                        .help("give the bill's version a new id and say `replaces: " + m.id + "`"));
    }
    print_diagnostics(in.sources, sink, err);
    if (sink.has_errors()) {
        std::size_t n = sink.error_count();
        err << "lexcheck: " << n << (n == 1 ? " error" : " errors")
            << " in the bill; nothing was compared\n";
        return false;
    }
    return true;
}

/// LANGUAGE.md §12: the latest `in_force` among the bill's measures, else today
core::Date default_as_of(const core::Corpus& corpus, std::size_t first_bill) {
    std::optional<core::Date> latest;
    for (std::size_t i = first_bill; i < corpus.measures.size(); ++i) {
        const auto& d = corpus.measures[i].in_force;
        if (d && (!latest || *latest < *d)) latest = d;
    }
    return latest.value_or(core::today());
}

/// One side of the comparison, as checked: the delta's findings, and where each came from
struct Checked {
    delta::Side side;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;  ///< (measure, provision)
};

/// Decides again, with traces, the findings of `wanted` (indices into `side`) and quotes
/// them as the JSON report does, in the corpus's current version links
void quote(Inputs& in, const checker::CheckOptions& base, const std::vector<std::size_t>& wanted,
           Checked& c) {
    std::vector<bool> left_out(in.corpus.measures.size(), true);
    for (std::size_t i : wanted) left_out[c.pairs[i].first] = false;
    checker::CheckOptions co = base;
    co.with_trace = true;
    co.left_out = &left_out;
    checker::CheckResult traced = checker::check(in.rules, in.corpus, in.sources, co);
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> at;
    for (std::size_t k = 0; k < traced.findings.size(); ++k)
        at.emplace(std::pair(traced.findings[k].measure, traced.findings[k].provision), k);
    std::vector<std::size_t> indices;
    for (std::size_t i : wanted) indices.push_back(at.at(c.pairs[i]));
    reports::Report report{in.sources, in.rules, in.corpus, traced, {}, {}, std::nullopt};
    std::vector<std::string> json = reports::findings_json(report, indices);
    for (std::size_t k = 0; k < wanted.size(); ++k)
        c.side.findings[wanted[k]].json = std::move(json[k]);
}

/// Without the bill: its measures and the ends they give are left out; `b` takes the findings.
/// `counts` outlives the stage: `progress` reads it until the next stage starts.
checker::CheckResult check_without(Inputs& in, const std::vector<bool>& bill,
                                   checker::CheckOptions co, checker::CheckProgress& counts,
                                   Progress& progress, Checked& b) {
    core::DiagnosticSink ignored;  // the bill's version errors were reported by load_bill
    parser::link_versions(in.corpus, ignored, &bill);
    co.left_out = &bill;
    co.progress = &counts;
    progress.counting("measures decided without the bill", counts.decided, counts.measures);
    checker::CheckResult before = checker::check(in.rules, in.corpus, in.sources, co);
    b.side.as_of = co.as_of;
    add_findings(in, before, nullptr, b.side, &b.pairs);
    add_links(in.corpus, &bill, b.side);
    return before;
}

/// With the bill: only the measures it adds or ends are decided again, the others' findings
/// are `before`'s; `a` takes them all
checker::CheckResult check_with(Inputs& in, const std::vector<bool>& bill,
                                const checker::CheckResult& before, checker::CheckOptions co,
                                checker::CheckProgress& counts, Progress& progress, Checked& a) {
    const std::size_t n = in.corpus.measures.size();
    std::vector<std::optional<core::Date>> ended_before(n);
    for (std::size_t i = 0; i < n; ++i) ended_before[i] = in.corpus.measures[i].ended;
    core::DiagnosticSink ignored;  // the bill's version errors were reported by load_bill
    parser::link_versions(in.corpus, ignored);
    std::vector<bool> unaffected(n), affected(n);
    for (std::size_t i = 0; i < n; ++i) {
        affected[i] = bill[i] || ended_before[i] != in.corpus.measures[i].ended;
        unaffected[i] = !affected[i];
    }
    co.left_out = &unaffected;
    co.progress = &counts;
    progress.counting("measures decided with the bill", counts.decided, counts.measures);
    checker::CheckResult changed = checker::check(in.rules, in.corpus, in.sources, co);
    progress.idle();
    a.side.as_of = co.as_of;
    add_findings(in, before, &unaffected, a.side, &a.pairs);
    add_findings(in, changed, nullptr, a.side, &a.pairs);
    add_links(in.corpus, nullptr, a.side);
    return changed;
}

/// The changes from `b` to `a`, their findings decided again with traces and quoted, each in
/// the version links of its own side
delta::Delta compare(Inputs& in, const std::vector<bool>& bill, const checker::CheckOptions& co,
                     Checked& b, Checked& a) {
    delta::Delta d = delta::compute(b.side, a.side);
    std::vector<std::size_t> want_before, want_after;
    for (const delta::Change& c : d.changes) {
        if (c.before) want_before.push_back(*c.before);
        if (c.after) want_after.push_back(*c.after);
    }
    core::DiagnosticSink ignored;  // the bill's version errors were reported by load_bill
    quote(in, co, want_after, a);
    parser::link_versions(in.corpus, ignored, &bill);
    quote(in, co, want_before, b);
    parser::link_versions(in.corpus, ignored);
    return d;
}

}  // namespace

std::optional<ImpactRun> impact_of(const Options& options, Inputs& in, std::ostream& err,
                                   Progress& progress) {
    std::size_t first_bill = 0;
    if (!load_bill(options, in, first_bill, err)) return std::nullopt;
    std::vector<bool> bill(in.corpus.measures.size(), false);
    std::fill(bill.begin() + static_cast<std::ptrdiff_t>(first_bill), bill.end(), true);

    checker::CheckOptions co;
    co.as_of = options.as_of.value_or(default_as_of(in.corpus, first_bill));
    co.threads = options.threads;
    co.with_trace = false;
    checker::CheckProgress without, with;  // one each: a stage ends with its own last count
    Checked b, a;
    checker::CheckResult before = check_without(in, bill, co, without, progress, b);
    checker::CheckResult changed = check_with(in, bill, before, co, with, progress, a);
    delta::Delta d = compare(in, bill, co, b, a);

    std::string subject;
    for (const std::string& p : options.bills) subject += (subject.empty() ? "" : " ") + p;
    ImpactRun run;
    run.inputs = input_files(in, options.threads);
    delta::Header header{"impact", subject, co.as_of, run.inputs, in.source_changes};
    std::ostringstream text;
    delta::write(options.format, header, b.side, a.side, d, text);
    run.output = std::move(text).str();
    run.status = delta::newly_reaches(d, b.side, a.side, options.fail_on) ? kExitFindings : kExitOk;
    run.changed = std::move(changed);
    return run;
}

namespace {

int run_impact(const Options& options, std::ostream& out, std::ostream& err) {
    OpeningRecord opening(options);
    Progress progress(Progress::mode_for(options.progress, err), err);
    auto in = load_inputs(options, err, &progress);
    std::unique_ptr<audit::Database> db = opening.get(err, progress);
    if (!in || (options.record && !db)) return kExitInputError;
    std::optional<ImpactRun> run = impact_of(options, *in, err, progress);
    if (!run) return kExitInputError;
    auto produce = [&](std::ostream& o) { o << run->output; };
    if (!db)
        return emit_output(options.output, produce, out, err, &progress) ? run->status
                                                                         : kExitInputError;
    auto recorded = [&] {
        return CheckRun{options,
                        *in,
                        run->changed,
                        run->inputs,
                        utc_timestamp(),
                        run->status,
                        core::sha256_hex(run->output),
                        std::nullopt,  // the findings: encoded when recorded
                        std::nullopt};
    };
    return emit_recorded(options, db, produce, recorded, out, err, progress);
}

}  // namespace

Command impact_command() {
    return {"impact", "what a bill changes: the findings it adds, removes and changes",
            "lexcheck impact --bill bills/ru-fz114-art26-draft.yaml --format html --output "
            "impact.html",
            define_impact, run_impact};
}

}  // namespace lexcheck::cli
