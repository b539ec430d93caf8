#include "markdown_reporter.hpp"

#include "describe.hpp"
#include "markdown_escape.hpp"
#include "regimes.hpp"

#include "lexcheck/core/version.hpp"

#include <algorithm>
#include <array>
#include <ostream>

namespace lexcheck::reports {

namespace {

using detail::md_cell;
using detail::md_code;
using detail::md_escape;

constexpr std::array<core::Outcome, 5> kOutcomes = {
    core::Outcome::violation, core::Outcome::contested, core::Outcome::undetermined,
    core::Outcome::compliant, core::Outcome::not_applicable};

std::string badge(core::Outcome o) {
    return std::string(detail::outcome_symbol(o)) + " " + std::string(detail::outcome_title(o));
}

std::string measure_heading(const core::Measure& m) {
    return "Measure " + md_code(m.id);
}

std::string measure_link(const core::Measure& m) {
    return "[" + md_code(m.id) + "](#" + detail::md_slug("Measure " + m.id) + ")";
}

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
        << " provisions\n- **Tool:** lexcheck " << md_escape(core::version()) << "\n";
    if (r.timestamp) out << "- **Generated:** " << md_escape(*r.timestamp) << "\n";
    out << "- **Inputs:** " << r.inputs.size() << " rule and corpus files, SHA-256 digest "
        << md_code(detail::inputs_digest(r)) << " (each file in [Provenance](#provenance))\n";
    out << "\n## Contents\n\n1. [Summary](#summary)\n"
           "2. [Compliance matrix](#compliance-matrix)\n3. [Regime overlap](#regime-overlap)\n"
           "4. [Findings by measure](#findings-by-measure)\n";
    for (const detail::MeasureGroup& g : detail::measure_groups(r)) {
        out << "   - " << measure_link(r.corpus.measures[g.measure]) << "\n";
    }
    out << "5. [Provenance](#provenance)\n";
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
        out << "| " << badge(row.outcome) << " | " << row.total << " | " << count(row.binding)
            << " | " << count(row.advisory) << " |\n";
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
    for (core::Outcome o : kOutcomes) out << " " << badge(o) << " |";
    out << "\n| --- | --- |";
    for (std::size_t i = 0; i < kOutcomes.size(); ++i) out << " --- |";
    out << "\n";
    for (const detail::MeasureGroup& g : detail::measure_groups(r)) {
        const core::Measure& m = r.corpus.measures[g.measure];
        out << "| " << measure_link(m) << " | " << md_cell(md_escape(m.jurisdiction)) << " |";
        for (core::Outcome o : kOutcomes) {
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
    for (core::Outcome o : kOutcomes) {
        std::size_t n = c[static_cast<std::size_t>(o)];
        if (n) out += (out.empty() ? "" : " \u00b7 ") + std::to_string(n) + " " + badge(o);
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
    out << "| Measure | Instrument | Origin | Paradigm | Findings |\n| --- | --- | --- | --- | --- "
           "|\n";
    for (const detail::MeasureOverlap& mo : ov.measures) {
        for (std::size_t i = 0; i < mo.hits.size(); ++i) {
            const detail::RegimeHit& h = mo.hits[i];
            out << "| " << (i == 0 ? measure_link(r.corpus.measures[mo.measure]) : "") << " | "
                << md_cell(md_code(h.instrument)) << " | " << detail::origin_label(h.origin)
                << " | " << detail::paradigm_label(h.paradigm) << " | " << counts_text(h.counts)
                << " |\n";
        }
    }
}

void write_measure(const Report& r, const detail::MeasureGroup& g, std::ostream& out) {
    const core::Measure& m = r.corpus.measures[g.measure];
    out << "\n### " << measure_heading(m) << "\n\n";
    if (!m.cite.empty() || !m.title.empty()) {
        out << "**" << md_escape(m.cite.empty() ? m.title : m.cite) << "**"
            << (!m.cite.empty() && !m.title.empty() ? ", " + md_escape(m.title) : "") << "\n\n";
    }
    std::string dates = detail::in_force_text(m.in_force, m.until);
    out << "- **Jurisdiction:** " << md_escape(m.jurisdiction) << "\n- **In force:** "
        << (dates.empty() ? "dates not stated" : dates) << "\n";
    if (const core::AknDocument* doc = detail::measure_document(r, m)) {
        out << "- **Akoma Ntoso:** eId " << md_code(m.eid) << " in " << md_code(doc->path)
            << "\n- **FRBR work:** " << md_code(doc->frbr_work) << "\n- **FRBR expression:** "
            << md_code(doc->frbr_expression) << "\n";
    }
    out << "- **Measure file:** " << md_code(detail::short_location(r.sources, m.span)) << "\n";
    if (const core::AknElement* e = detail::measure_source(r, m)) {
        out << "\nSource text (*" << core::wording_name(m.wording) << "*):\n\n";
        if (!e->num.empty() || !e->heading.empty()) {
            out << "> **" << md_escape(e->num) << (e->num.empty() || e->heading.empty() ? "" : " ")
                << md_escape(e->heading) << "**\n>\n";
        }
        out << detail::md_quote(detail::akn_body_text(*e));
    }
    out << "\n| Outcome | Provision | Instrument | Binding | Severity |\n| --- | --- | --- | --- | "
           "--- |\n";
    for (std::size_t i = g.begin; i < g.end; ++i) {
        const core::Finding& f = r.result.findings[i];
        const core::Provision& p = r.rules.provisions[f.provision];
        out << "| " << badge(f.outcome) << " | "
            << md_cell(md_code(p.id.text) + " " + md_escape(p.cite.value_or(""))) << " | "
            << md_cell(md_code(detail::instrument_id(r, f))) << " | " << detail::binding_word(f)
            << " | " << core::provision_severity_name(p.severity) << " |\n";
    }
}

void write_trace(const Report& r, const core::Finding& f, const std::vector<core::TraceStep>& trace,
                 std::ostream& out) {
    const core::Measure& m = r.corpus.measures[f.measure];
    for (const core::TraceStep& s : trace) {
        std::string indent(3 * s.depth, ' ');
        out << indent << "1. " << (s.label.empty() ? "" : "**" + md_escape(s.label) + "**: ")
            << md_code(s.condition) << " is **" << core::truth_name(s.value) << "**";
        if (s.at.file != 0) out << " (" << md_code(detail::short_location(r.sources, s.at)) << ")";
        out << "\n";
        for (const core::FactRead& read : s.facts) {
            out << indent << "   - " << md_escape(detail::fact_read_text(r, m, read)) << "\n";
        }
    }
}

/// LANGUAGE.md §8: the readings of a contested finding, one row per assignment, then each
/// assignment's trace
void write_readings(const Report& r, const core::Finding& f, std::ostream& out) {
    out << "\n**Readings.** The readings of this provision lead to different outcomes:\n\n"
           "| # | Readings chosen | Position | Authorities | Outcome | Defeated by | Missing "
           "facts |\n| --- | --- | --- | --- | --- | --- | --- |\n";
    for (std::size_t a = 0; a < f.readings.size(); ++a) {
        const core::ReadingOutcome& ro = f.readings[a];
        detail::ReadingCells cells = detail::reading_cells(r, ro, md_escape, md_code, "<br>");
        out << "| " << a + 1 << " | " << md_cell(cells.chosen) << " | " << md_cell(cells.positions)
            << " | " << md_cell(cells.authorities.empty() ? "none stated" : cells.authorities)
            << " | " << badge(ro.outcome) << " | "
            << (ro.defeated_by.empty() ? "\u2014" : md_cell(md_code(ro.defeated_by))) << " | "
            << (cells.missing.empty() ? "\u2014" : md_cell(cells.missing)) << " |\n";
    }
    for (std::size_t a = 0; a < f.readings.size(); ++a) {
        out << "\n*Assignment " << a + 1 << "* (" << badge(f.readings[a].outcome) << "):\n\n";
        write_trace(r, f, f.readings[a].trace, out);
    }
}

void write_finding(const Report& r, const detail::MeasureGroup& g, const core::Finding& f,
                   std::ostream& out) {
    const core::Measure& m = r.corpus.measures[f.measure];
    const core::Provision& p = r.rules.provisions[f.provision];
    out << "\n#### " << detail::outcome_symbol(f.outcome) << " " << detail::finding_title(f) << ": "
        << md_code(p.id.text) << " " << md_escape(p.cite.value_or("")) << "\n\n- **Finding:** "
        << md_escape(detail::verdict_text(r, f)) << "\n- **Binding:** " << detail::binding_word(f)
        << " \u2014 " << md_escape(detail::binding_reason(r, f)) << "\n- **Severity:** "
        << core::provision_severity_name(p.severity) << "\n";
    if (const core::Instrument* inst = detail::instrument_of(r, p)) {
        out << "- **Instrument:** " << md_escape(detail::instrument_text(*inst)) << "\n";
    }
    if (p.paradigm) out << "- **Paradigm:** " << core::paradigm_name(*p.paradigm) << "\n";
    if (!f.defeated_by.empty()) out << "- **Defeated by:** " << md_code(f.defeated_by) << "\n";
    if (f.reason != core::Reason::none)
        out << "- **Reason:** " << core::reason_name(f.reason) << "\n";
    out << "\n**Provision** " << md_escape(p.cite.value_or(p.id.text)) << " (*"
        << core::wording_name(p.wording) << "*), "
        << md_code(detail::short_location(r.sources, p.span)) << ":\n\n"
        << detail::md_quote(p.text.value_or(""));
    if (p.source && !p.source->quoted_text.empty()) {
        out << "\nAkoma Ntoso text of the instrument (" << md_code(p.source->resolved_path)
            << ", eId " << md_code(p.source->eid.text) << "):\n\n"
            << detail::md_quote(p.source->quoted_text);
    }
    out << "\n**Measure** " << md_escape(m.cite.empty() ? m.id : m.cite) << " (*"
        << core::wording_name(m.wording) << "*):\n\n";
    if (const core::AknElement* e = detail::measure_source(r, m))
        out << detail::md_quote(detail::akn_body_text(*e));
    else
        out << "No source text is linked to this measure.\n";
    out << "\n**Explanation.**";
    if (!p.norm.why.empty()) {
        out << " The provision "
            << (p.norm_kind == core::NormKind::requirement ? "requires" : "prohibits")
            << " a measure that " << md_escape(p.norm.why) << ".";
    }
    out << "\n\n";
    if (f.outcome == core::Outcome::contested) {
        write_readings(r, f, out);
    } else {
        write_trace(r, f, f.trace, out);
    }
    if ((f.outcome == core::Outcome::undetermined || f.outcome == core::Outcome::contested) &&
        !f.missing_facts.empty()) {
        out << "\n**Facts to annotate** (state these facts of the measure to decide the "
               "finding):\n\n";
        for (const std::string& fact : f.missing_facts) {
            std::string d = detail::fact_description(r, fact);
            out << "- " << md_code(fact) << (d.empty() ? "" : " \u2014 " + md_escape(d)) << "\n";
        }
    }
    if (!p.see_targets.empty()) {
        out << "\n**See also:** ";
        for (std::size_t i = 0; i < p.see_targets.size(); ++i) {
            const core::Provision& t = r.rules.provisions[p.see_targets[i]];
            auto begin = r.result.findings.begin() + static_cast<std::ptrdiff_t>(g.begin);
            auto end = r.result.findings.begin() + static_cast<std::ptrdiff_t>(g.end);
            auto hit = std::find_if(begin, end, [&](const core::Finding& x) {
                return x.provision == p.see_targets[i];
            });
            out << (i ? "; " : "") << md_code(t.id.text) << " " << md_escape(t.cite.value_or(""))
                << " ("
                << (hit != end ? badge(hit->outcome) : std::string("not listed for this measure"))
                << ")";
        }
        out << "\n";
    }
}

}  // namespace

void MarkdownReporter::write(const Report& r, std::ostream& out) const {
    write_header(r, out);
    write_summary(r, out);
    write_since_previous(r, out);
    write_matrix(r, out);
    write_overlap(r, out);
    out << "\n## Findings by measure\n";
    auto groups = detail::measure_groups(r);
    if (groups.empty()) out << "\nNo findings to list.\n";
    for (const detail::MeasureGroup& g : groups) {
        write_measure(r, g, out);
        for (std::size_t i = g.begin; i < g.end; ++i)
            write_finding(r, g, r.result.findings[i], out);
    }
    write_provenance(r, out);
    out << "\n---\n\nProduced by lexcheck " << md_escape(core::version()) << " as of "
        << core::format_date(r.result.as_of)
        << ". Findings are the output of rules written by "
           "people; a lawyer reviews each one before relying on it.\n";
}

}  // namespace lexcheck::reports
