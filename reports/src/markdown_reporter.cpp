#include "markdown_reporter.hpp"

#include "describe.hpp"
#include "executive.hpp"
#include "markdown_escape.hpp"
#include "markdown_findings.hpp"
#include "markdown_inline.hpp"
#include "markdown_provisions.hpp"
#include "regimes.hpp"
#include "source_changes.hpp"

#include "lexcheck/core/version.hpp"

#include <ostream>

namespace lexcheck::reports {

namespace {

using detail::md_cell;
using detail::md_code;
using detail::md_escape;
using detail::md_measure_link;
using detail::md_outcome_badge;

std::string count(const std::optional<std::size_t>& n) {
    return n ? std::to_string(*n) : "\u2014";
}

void write_header(const Report& r, std::ostream& out) {
    const checker::Summary& s = r.result.summary;
    std::string jurisdictions;
    for (const auto& j : detail::jurisdictions_checked(r))
        jurisdictions += (jurisdictions.empty() ? "" : ", ") + md_escape(j);
    out << "# Compliance audit report\n\nNational measures checked against the provisions of "
           "international instruments, by lexcheck.\n\n"
        << "- **As of:** " << core::format_date(r.result.as_of) << "\n"
        << "- **Jurisdictions:** " << (jurisdictions.empty() ? "none" : jurisdictions)
        << (r.jurisdictions.empty() ? " (every jurisdiction in the corpus)" : "") << "\n"
        << "- **Scope:** " << s.measures << " measures in force checked against " << s.provisions
        << " provisions" << md_escape(detail::scope_note(r)) << "\n- **Tool:** lexcheck "
        << md_escape(core::version()) << "\n";
    if (r.timestamp) out << "- **Generated:** " << md_escape(*r.timestamp) << "\n";
    out << "- **Inputs:** " << r.inputs.size() << " rule and corpus files, SHA-256 digest "
        << md_code(detail::inputs_digest(r)) << " (each file in [Provenance](#provenance))\n";
    out << "\n## Contents\n\n1. [Executive summary](#executive-summary)\n2. [Summary](#summary)\n"
           "3. [Compliance matrix](#compliance-matrix)\n4. [Regime overlap](#regime-overlap)\n"
           "5. [Findings by measure](#findings-by-measure)\n";
    for (const detail::MeasureGroup& g : detail::measure_groups(r)) {
        out << "   - " << md_measure_link(r.corpus.measures[g.measure]) << "\n";
    }
    out << "6. [Provisions](#provisions)\n7. [Facts to annotate](#facts-to-annotate)\n"
           "8. [Provenance](#provenance)\n";
}

void write_provenance(const Report& r, std::ostream& out) {
    out << "\n## Provenance\n\nThe SHA-256 of every rule and corpus file read, in path order. The "
           "same files and as-of date give the same report; the digest in the header is "
           "`sha256sum` of these files, piped through `sha256sum` again.\n\n| File | SHA-256 |\n| "
           "--- | --- |\n";
    for (const InputFile& in : r.inputs)
        out << "| " << md_cell(md_code(in.path)) << " | " << md_code(in.sha256) << " |\n";
}

void write_summary(const Report& r, std::ostream& out) {
    out << "\n## Summary\n\n| Outcome | Total | Binding | Advisory |\n| --- | ---: | ---: | ---: "
           "|\n";
    for (const detail::SummaryRow& row : detail::summary_rows(r)) {
        out << "| " << md_outcome_badge(row.outcome) << " | " << row.total << " | "
            << count(row.binding) << " | " << count(row.advisory) << " |\n";
    }
    out << "\nBinding: the measure's state is a party to the instrument on the as-of date. "
           "Advisory: it is not (or the instrument is soft law); the finding is still decided "
           "and shown. Not-applicable pairs are counted but not listed.\n";
}

void write_since_previous(const Report& r, std::ostream& out) {
    if (!r.since_previous) return;
    const SincePrevious& d = *r.since_previous;
    out << "\n## Since the previous run\n\n";
    if (!d.run) {
        out << "No earlier run over the same rules and corpus is recorded in the audit "
               "database.\n";
        return;
    }
    out << "Compared with run " << *d.run << " (recorded " << md_escape(d.recorded_at)
        << "): " << d.added << " added, " << d.removed << " removed, " << d.changed << " changed, "
        << d.unchanged << " unchanged.\n";
    if (d.changes.empty()) return;
    out << "\n| Change | Provision | Measure | Before | After |\n| --- | --- | --- | --- | --- |\n";
    for (const SincePrevious::Change& c : d.changes) {
        out << "| " << c.kind << " | " << md_code(c.provision) << " | " << md_code(c.measure)
            << " | " << md_cell(c.before) << " | " << md_cell(c.after) << " |\n";
    }
}

void write_matrix(const Report& r, std::ostream& out) {
    out << "\n## Compliance matrix\n\nEach measure with the provisions it meets, by outcome "
           "(*advisory* marks a finding that does not bind).\n\n| Measure | Jurisdiction |";
    for (core::Outcome o : detail::kOutcomeOrder) out << " " << md_outcome_badge(o) << " |";
    out << "\n| --- | --- |";
    for (std::size_t i = 0; i < detail::kOutcomeOrder.size(); ++i) out << " --- |";
    out << "\n";
    for (const detail::MeasureGroup& g : detail::measure_groups(r)) {
        const core::Measure& m = r.corpus.measures[g.measure];
        out << "| " << md_measure_link(m) << " | " << md_cell(md_escape(m.jurisdiction)) << " |";
        for (core::Outcome o : detail::kOutcomeOrder) {
            std::string cell;
            for (std::size_t i = g.begin; i < g.end; ++i) {
                const core::Finding& f = r.result.findings[i];
                if (f.outcome != o) continue;
                cell += (cell.empty() ? "" : ", ") +
                        md_code(r.rules.provisions[f.provision].id.text) +
                        (f.binding ? "" : " *advisory*");
            }
            out << " " << md_cell(cell.empty() ? "\u2014" : cell) << " |";
        }
        out << "\n";
    }
}

std::string counts_text(const detail::OutcomeCounts& c) {
    std::string out;
    for (core::Outcome o : detail::kOutcomeOrder) {
        std::size_t n = c[static_cast<std::size_t>(o)];
        if (n)
            out += (out.empty() ? "" : " \u00b7 ") + std::to_string(n) + " " + md_outcome_badge(o);
    }
    return out.empty() ? "\u2014" : out;
}

void write_overlap(const Report& r, std::ostream& out) {
    detail::RegimeOverlap ov = detail::regime_overlap(r);
    out << "\n## Regime overlap\n\nListed findings by the origin of the instrument and the "
           "paradigm of the provision.\n\n| Origin |";
    for (std::size_t d = 0; d < detail::kParadigms; ++d)
        out << " " << detail::paradigm_label(d) << " |";
    out << "\n| --- | --- | --- | --- | --- |\n";
    for (std::size_t o = 0; o < detail::kOrigins; ++o) {
        out << "| " << detail::origin_label(o) << " |";
        for (std::size_t d = 0; d < detail::kParadigms; ++d)
            out << " " << counts_text(ov.grid[o][d]) << " |";
        out << "\n";
    }
    out << "\n### Measures that meet several regimes\n\n";
    if (ov.measures.empty()) {
        out << "No measure has findings under more than one instrument.\n";
        return;
    }
    out << "| Measure | Instrument | Origin | Paradigm | Binding | Findings |\n| --- | --- | --- | "
           "--- "
           "| --- | --- |\n";
    for (const detail::MeasureOverlap& mo : ov.measures) {
        for (std::size_t i = 0; i < mo.hits.size(); ++i) {
            const detail::RegimeHit& h = mo.hits[i];
            out << "| " << (i == 0 ? md_measure_link(r.corpus.measures[mo.measure]) : "") << " | "
                << md_cell(md_code(h.instrument)) << " | " << detail::origin_label(h.origin)
                << " | " << detail::paradigm_label(h.paradigm) << " | "
                << detail::binding_share(h.binding, h.total) << " | " << counts_text(h.counts)
                << " |\n";
        }
    }
}

void write_executive(const Report& r, std::ostream& out) {
    out << "\n## Executive summary\n\n"
        << md_escape(detail::overview_sentence(r))
        << " Below, per State and instrument: the findings that need a lawyer first, then what "
           "stays undetermined and the facts that would decide it.\n";
    auto item = [&](std::size_t i) {
        const core::Finding& f = r.result.findings[i];
        const core::Measure& m = r.corpus.measures[f.measure];
        out << "- **" << core::provision_severity_name(r.rules.provisions[f.provision].severity)
            << "** " << md_measure_link(m) << (m.cite.empty() ? "" : " (" + md_escape(m.cite) + ")")
            << " " << md_escape(detail::verdict_phrase(r, f)) << "\n";
    };
    for (const detail::RegimeSummary& s : detail::executive_summary(r)) {
        const core::Instrument& inst = r.rules.instruments[s.instrument];
        out << "\n### " << md_escape(s.state) << " under "
            << md_escape(inst.title.empty() ? inst.id.text : inst.title) << "\n\n*"
            << detail::binding_share(s.binding, s.total) << "* \u2014 "
            << md_escape(detail::binding_reason(r, r.result.findings[s.example])) << "\n";
        if (!s.attention.empty()) {
            out << "\nBinding violations and contested findings, most severe first:\n\n";
            for (std::size_t i : s.attention) item(i);
        }
        if (!s.advisory_violations.empty()) {
            out << "\nAdvisory violations (the State is not bound):\n\n";
            for (std::size_t i : s.advisory_violations) item(i);
        }
        if (s.undetermined > 0) {
            out << "\n"
                << s.undetermined << (s.undetermined == 1 ? " finding stays" : " findings stay")
                << " undetermined (" << s.binding_undetermined
                << " binding). The facts missing most often: ";
            for (std::size_t k = 0; k < s.missing.size(); ++k) {
                out << detail::list_separator(k, s.missing.size()) << md_code(s.missing[k].first)
                    << " (in " << s.missing[k].second << ")";
            }
            out << ".\n";
        }
        out << "\n"
            << s.compliant << " compliant"
            << (s.not_applicable ? ", " + std::to_string(s.not_applicable) + " not applicable" : "")
            << ", of " << s.total << " listed findings.\n";
    }
}

}  // namespace

void MarkdownReporter::write(const Report& r, std::ostream& out) const {
    write_header(r, out);
    write_executive(r, out);
    write_summary(r, out);
    write_since_previous(r, out);
    write_matrix(r, out);
    write_overlap(r, out);
    detail::write_markdown_findings(r, out);
    detail::write_markdown_provisions(r, out);
    detail::write_markdown_facts(r, out);
    detail::write_markdown_source_changes(r.source_changes, out);
    write_provenance(r, out);
    out << "\n---\n\nProduced by lexcheck " << md_escape(core::version()) << " as of "
        << core::format_date(r.result.as_of)
        << ". Findings are the output of rules written by "
           "people; a lawyer reviews each one before relying on it.\n";
}

}  // namespace lexcheck::reports
