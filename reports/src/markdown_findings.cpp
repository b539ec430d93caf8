#include "markdown_findings.hpp"

#include "describe.hpp"
#include "markdown_escape.hpp"
#include "markdown_inline.hpp"
#include "quoted.hpp"
#include "remedy_sections.hpp"

#include "lexcheck/reports/reasons.hpp"

#include <algorithm>
#include <ostream>

namespace lexcheck::reports::detail {

namespace {

/// How the Markdown report writes the words of reasons: user text escaped, code spans
const Markup& md_markup() {
    static const Markup markup{[](std::string& out, std::string_view s) { out += md_escape(s); },
                               [](std::string& out, std::string_view s) { out += md_code(s); }};
    return markup;
}

void write_measure(const Report& r, const MeasureGroup& g, std::ostream& out) {
    const core::Measure& m = r.corpus.measures[g.measure];
    out << "\n### " << md_measure_heading(m) << "\n\n";
    if (!m.cite.empty() || !m.title.empty()) {
        out << "**" << md_escape(m.cite.empty() ? m.title : m.cite) << "**"
            << (!m.cite.empty() && !m.title.empty() ? ", " + md_escape(m.title) : "") << "\n\n";
    }
    std::string dates = in_force_text(m.in_force, m.until);
    out << "- **Jurisdiction:** " << md_escape(m.jurisdiction) << "\n- **In force:** "
        << (dates.empty() ? "dates not stated" : dates) << "\n";
    std::string versions = version_chain_text(r, m);
    if (!versions.empty()) out << "- **Versions:** " << md_escape(versions) << "\n";
    if (const core::AknDocument* doc = measure_document(r, m)) {
        out << "- **Akoma Ntoso:** eId " << md_code(m.eid) << " in " << md_code(doc->path)
            << "\n- **FRBR work:** " << md_code(doc->frbr_work) << "\n- **FRBR expression:** "
            << md_code(doc->frbr_expression) << "\n";
    }
    out << "- **Measure file:** " << md_code(short_location(r.sources, m.span)) << "\n";
    if (const core::AknElement* e = measure_source(r, m)) {
        out << "\nSource text (*" << core::wording_name(m.wording) << "*):\n\n";
        if (!e->num.empty() || !e->heading.empty()) {
            out << "> **" << md_escape(e->num) << (e->num.empty() || e->heading.empty() ? "" : " ")
                << md_escape(e->heading) << "**\n>\n";
        }
        out << md_quote(akn_body_text(*e));
    }
    out << "\n| Outcome | Provision | Instrument | Binding | Severity |\n| --- | --- | --- | --- | "
           "--- |\n";
    for (std::size_t i = g.begin; i < g.end; ++i) {
        const core::Finding& f = r.result.findings[i];
        const core::Provision& p = r.rules.provisions[f.provision];
        out << "| " << md_outcome_badge(f.outcome) << " | "
            << md_cell(md_code(p.id.text) + " " + md_escape(p.cite.value_or(""))) << " | "
            << md_cell(md_code(instrument_id(r, f))) << " | " << binding_word(f) << " | "
            << core::provision_severity_name(p.severity) << " |\n";
    }
}

void write_trace(const Report& r, const core::Finding& f, const std::vector<core::TraceStep>& trace,
                 std::ostream& out) {
    const core::Measure& m = r.corpus.measures[f.measure];
    for (const core::TraceStep& s : trace) {
        std::string indent(3 * s.depth, ' ');
        out << indent << "1. " << (s.label.empty() ? "" : "**" + md_escape(s.label) + "**: ")
            << md_code(s.condition) << " is **" << core::truth_name(s.value) << "**";
        if (s.at.file != 0) out << " (" << md_code(short_location(r.sources, s.at)) << ")";
        out << "\n";
        for (const core::FactRead& read : s.facts) {
            out << indent << "   - " << md_escape(fact_read_text(r, m, read)) << "\n";
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
        ReadingCells cells = reading_cells(r, ro, md_escape, md_code, "<br>");
        out << "| " << a + 1 << " | " << md_cell(cells.chosen) << " | " << md_cell(cells.positions)
            << " | " << md_cell(cells.authorities.empty() ? "none stated" : cells.authorities)
            << " | " << md_outcome_badge(ro.outcome) << " | "
            << (ro.defeated_by.empty() ? "\u2014" : md_cell(md_code(ro.defeated_by))) << " | "
            << (cells.missing.empty() ? "\u2014" : md_cell(cells.missing)) << " |\n";
    }
    for (std::size_t a = 0; a < f.readings.size(); ++a) {
        out << "\n*Assignment " << a + 1 << "* (" << md_outcome_badge(f.readings[a].outcome)
            << "):\n";
        write_reasons(r, f, f.readings[a].reasons, out);
        write_folded_trace(r, f, f.readings[a].trace,
                           "Full trace of assignment " + std::to_string(a + 1), out);
    }
}

/// The same measure's findings under the provisions this one refers to (`see`)
void write_see(const Report& r, const MeasureGroup& g, const core::Provision& p,
               std::ostream& out) {
    std::string links;
    for (const core::Finding* f : see_findings(r, g, p)) {
        const core::Provision& t = r.rules.provisions[f->provision];
        links += std::string(links.empty() ? "" : "; ") + md_code(t.id.text) + " " +
                 md_escape(t.cite.value_or("")) + " (" + md_outcome_badge(f->outcome) + ")";
    }
    if (!links.empty()) out << "\n**See also:** " << links << "\n";
}

void write_finding(const Report& r, const MeasureGroup& g, const core::Finding& f,
                   std::ostream& out) {
    const core::Provision& p = r.rules.provisions[f.provision];
    out << "\n#### " << outcome_symbol(f.outcome) << " " << finding_title(f) << ": "
        << md_code(p.id.text) << " " << md_escape(p.cite.value_or("")) << "\n\n"
        << md_escape(verdict_text(r, f)) << " (" << md_provision_link(p) << ").\n\n*"
        << binding_word(f) << "* \u2014 " << md_escape(binding_reason(r, f)) << " \u00b7 severity "
        << core::provision_severity_name(p.severity);
    if (p.paradigm) out << " \u00b7 paradigm " << core::paradigm_name(*p.paradigm);
    if (!f.defeated_by.empty()) out << " \u00b7 defeated by " << md_code(f.defeated_by);
    out << "\n";
    if (f.outcome == core::Outcome::contested) {
        write_readings(r, f, out);
    } else {
        write_reasons(r, f, f.reasons, out);
    }
    if (asks_for_facts(f) && !f.missing_facts.empty()) {
        out << "\n**Facts to annotate:** ";
        for (std::size_t i = 0; i < f.missing_facts.size(); ++i)
            out << (i == 0 ? "" : ", ") << md_code(f.missing_facts[i]);
        out << "\n";
    }
    write_remedies_markdown(r, f, out);
    write_see(r, g, p, out);
    if (f.outcome != core::Outcome::contested) write_folded_trace(r, f, f.trace, "Full trace", out);
}

}  // namespace

void write_markdown_findings(const Report& r, std::ostream& out) {
    out << "\n## Findings by measure\n";
    auto groups = measure_groups(r);
    if (groups.empty()) out << "\nNo findings to list.\n";
    for (const MeasureGroup& g : groups) {
        write_measure(r, g, out);
        for (std::size_t i = g.begin; i < g.end; ++i)
            write_finding(r, g, r.result.findings[i], out);
    }
}

}  // namespace lexcheck::reports::detail
