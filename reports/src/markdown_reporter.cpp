#include "markdown_reporter.hpp"

#include "describe.hpp"
#include "executive.hpp"
#include "markdown_escape.hpp"
#include "quoted.hpp"
#include "regimes.hpp"
#include "remedy_sections.hpp"
#include "source_changes.hpp"

#include "lexcheck/core/version.hpp"
#include "lexcheck/reports/reasons.hpp"

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

std::string provision_link(const core::Provision& p) {
    return "[" + md_escape(p.cite.value_or(p.id.text)) + "](#" +
           detail::md_slug("Provision " + p.id.text) + ")";
}

/// How the Markdown report writes the words of reasons: user text escaped, code spans
const Markup& md_markup() {
    static const Markup markup{[](std::string& out, std::string_view s) { out += md_escape(s); },
                               [](std::string& out, std::string_view s) { out += md_code(s); }};
    return markup;
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
        << " provisions" << md_escape(detail::scope_note(r)) << "\n- **Tool:** lexcheck "
        << md_escape(core::version()) << "\n";
    if (r.timestamp) out << "- **Generated:** " << md_escape(*r.timestamp) << "\n";
    out << "- **Inputs:** " << r.inputs.size() << " rule and corpus files, SHA-256 digest "
        << md_code(detail::inputs_digest(r)) << " (each file in [Provenance](#provenance))\n";
    out << "\n## Contents\n\n1. [Executive summary](#executive-summary)\n2. [Summary](#summary)\n"
           "3. [Compliance matrix](#compliance-matrix)\n4. [Regime overlap](#regime-overlap)\n"
           "5. [Findings by measure](#findings-by-measure)\n";
    for (const detail::MeasureGroup& g : detail::measure_groups(r)) {
        out << "   - " << measure_link(r.corpus.measures[g.measure]) << "\n";
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
    out << "| Measure | Instrument | Origin | Paradigm | Binding | Findings |\n| --- | --- | --- | "
           "--- "
           "| --- | --- |\n";
    for (const detail::MeasureOverlap& mo : ov.measures) {
        for (std::size_t i = 0; i < mo.hits.size(); ++i) {
            const detail::RegimeHit& h = mo.hits[i];
            out << "| " << (i == 0 ? measure_link(r.corpus.measures[mo.measure]) : "") << " | "
                << md_cell(md_code(h.instrument)) << " | " << detail::origin_label(h.origin)
                << " | " << detail::paradigm_label(h.paradigm) << " | "
                << detail::binding_share(h.binding, h.total) << " | " << counts_text(h.counts)
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
    std::string versions = detail::version_chain_text(r, m);
    if (!versions.empty()) out << "- **Versions:** " << md_escape(versions) << "\n";
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

/// The full trace folded (the one HTML element the Markdown report writes: GitHub shows
/// `<details>` folded)
void write_folded_trace(const Report& r, const core::Finding& f,
                        const std::vector<core::TraceStep>& trace, std::string_view title,
                        std::ostream& out) {
    if (trace.empty()) return;
    out << "\n<details><summary>" << title << " (" << trace.size()
        << (trace.size() == 1 ? " step" : " steps") << ")</summary>\n\n";
    write_trace(r, f, trace, out);
    out << "\n</details>\n";
}

/// LANGUAGE.md §13: the reasons as a list, an exception's own exceptions nested
void write_reasons(const Report& r, const core::Finding& f, const core::Reasons& reasons,
                   std::ostream& out) {
    const ReasonContext at{r.sources, r.rules, r.corpus.measures[f.measure], r.result.as_of};
    std::vector<ReasonSentence> sentences = reason_sentences(at, reasons, md_markup());
    if (sentences.empty()) return;
    out << "\n";
    for (const ReasonSentence& s : sentences)
        out << std::string(2 * std::min<std::size_t>(s.depth, 4), ' ') << "- " << s.text << "\n";
}

/// LANGUAGE.md §8: the readings of a contested finding, one row per assignment, then each
/// assignment's reasons and trace
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
        out << "\n*Assignment " << a + 1 << "* (" << badge(f.readings[a].outcome) << "):\n";
        write_reasons(r, f, f.readings[a].reasons, out);
        write_folded_trace(r, f, f.readings[a].trace,
                           "Full trace of assignment " + std::to_string(a + 1), out);
    }
}

/// The same measure's findings under the provisions this one refers to (`see`)
void write_see(const Report& r, const detail::MeasureGroup& g, const core::Provision& p,
               std::ostream& out) {
    std::string links;
    for (const core::Finding* f : detail::see_findings(r, g, p)) {
        const core::Provision& t = r.rules.provisions[f->provision];
        links += std::string(links.empty() ? "" : "; ") + md_code(t.id.text) + " " +
                 md_escape(t.cite.value_or("")) + " (" + badge(f->outcome) + ")";
    }
    if (!links.empty()) out << "\n**See also:** " << links << "\n";
}

void write_finding(const Report& r, const detail::MeasureGroup& g, const core::Finding& f,
                   std::ostream& out) {
    const core::Provision& p = r.rules.provisions[f.provision];
    out << "\n#### " << detail::outcome_symbol(f.outcome) << " " << detail::finding_title(f) << ": "
        << md_code(p.id.text) << " " << md_escape(p.cite.value_or("")) << "\n\n"
        << md_escape(detail::verdict_text(r, f)) << " (" << provision_link(p) << ").\n\n*"
        << detail::binding_word(f) << "* \u2014 " << md_escape(detail::binding_reason(r, f))
        << " \u00b7 severity " << core::provision_severity_name(p.severity);
    if (p.paradigm) out << " \u00b7 paradigm " << core::paradigm_name(*p.paradigm);
    if (!f.defeated_by.empty()) out << " \u00b7 defeated by " << md_code(f.defeated_by);
    out << "\n";
    if (f.outcome == core::Outcome::contested) {
        write_readings(r, f, out);
    } else {
        write_reasons(r, f, f.reasons, out);
    }
    if ((f.outcome == core::Outcome::undetermined || f.outcome == core::Outcome::contested) &&
        !f.missing_facts.empty()) {
        out << "\n**Facts to annotate:** ";
        for (std::size_t i = 0; i < f.missing_facts.size(); ++i)
            out << (i == 0 ? "" : ", ") << md_code(f.missing_facts[i]);
        out << "\n";
    }
    detail::write_remedies_markdown(r, f, out);
    write_see(r, g, p, out);
    if (f.outcome != core::Outcome::contested) write_folded_trace(r, f, f.trace, "Full trace", out);
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
            << "** " << measure_link(m) << (m.cite.empty() ? "" : " (" + md_escape(m.cite) + ")")
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
                out << (k == 0                      ? ""
                        : k + 1 == s.missing.size() ? " and "
                                                    : ", ")
                    << md_code(s.missing[k].first) << " (in " << s.missing[k].second << ")";
            }
            out << ".\n";
        }
        out << "\n"
            << s.compliant << " compliant"
            << (s.not_applicable ? ", " + std::to_string(s.not_applicable) + " not applicable" : "")
            << ", of " << s.total << " listed findings.\n";
    }
}

/// Each provision with a listed finding, and the exceptions in its tree, quoted once
void write_provisions(const Report& r, std::ostream& out) {
    out << "\n## Provisions\n\nEach provision with a listed finding, and each exception in its "
           "tree, quoted once; findings link here. The quoted `text` is the provision's "
           "authoritative quotation; the Akoma Ntoso text of its instrument is shown only where "
           "it reads otherwise.\n";
    for (std::uint32_t i : detail::quoted_provisions(r)) {
        const core::Provision& p = r.rules.provisions[i];
        out << "\n### Provision " << md_code(p.id.text) << "\n\n**"
            << md_escape(p.cite.value_or("")) << "**";
        if (const core::Instrument* inst = detail::instrument_of(r, p))
            out << ", " << md_escape(detail::instrument_text(*inst));
        out << " (*" << core::wording_name(p.wording) << "*, "
            << md_code(detail::short_location(r.sources, p.span)) << ")";
        if (p.exception_target != core::kNone) {
            out << "; exception to " << provision_link(r.rules.provisions[p.exception_target]);
        }
        for (std::size_t k = 0; k < p.see_targets.size(); ++k)
            out << (k == 0 ? "; see " : ", ")
                << md_code(r.rules.provisions[p.see_targets[k]].id.text);
        out << "\n\n" << detail::md_quote(p.text.value_or(""));
        if (p.source) {
            std::string akn = detail::akn_text_if_different(p);
            out << "\nAkoma Ntoso: " << md_code(p.source->resolved_path) << " eId "
                << md_code(p.source->eid.text)
                << (akn.empty() ? ", the same text.\n" : ", which reads:\n\n")
                << (akn.empty() ? "" : detail::md_quote(akn));
        }
    }
}

/// The facts the undetermined and contested findings miss, each with its description once
void write_facts(const Report& r, std::ostream& out) {
    std::vector<std::string> facts;
    for (const core::Finding& f : r.result.findings) {
        if (f.outcome == core::Outcome::undetermined || f.outcome == core::Outcome::contested)
            facts.insert(facts.end(), f.missing_facts.begin(), f.missing_facts.end());
    }
    std::sort(facts.begin(), facts.end());
    facts.erase(std::unique(facts.begin(), facts.end()), facts.end());
    out << "\n## Facts to annotate\n\n";
    if (facts.empty()) out << "No listed finding misses a fact.\n";
    for (const std::string& fact : facts) {
        std::string d = detail::fact_description(r, fact);
        out << "- " << md_code(fact) << (d.empty() ? "" : " \u2014 " + md_escape(d)) << "\n";
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
    out << "\n## Findings by measure\n";
    auto groups = detail::measure_groups(r);
    if (groups.empty()) out << "\nNo findings to list.\n";
    for (const detail::MeasureGroup& g : groups) {
        write_measure(r, g, out);
        for (std::size_t i = g.begin; i < g.end; ++i)
            write_finding(r, g, r.result.findings[i], out);
    }
    write_provisions(r, out);
    write_facts(r, out);
    detail::write_markdown_source_changes(r.source_changes, out);
    write_provenance(r, out);
    out << "\n---\n\nProduced by lexcheck " << md_escape(core::version()) << " as of "
        << core::format_date(r.result.as_of)
        << ". Findings are the output of rules written by "
           "people; a lawyer reviews each one before relying on it.\n";
}

}  // namespace lexcheck::reports
