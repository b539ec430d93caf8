#include "html_findings.hpp"

#include "describe.hpp"
#include "html_escape.hpp"
#include "html_inline.hpp"
#include "quoted.hpp"
#include "remedy_sections.hpp"

#include "lexcheck/reports/reasons.hpp"

#include <algorithm>
#include <array>
#include <ostream>
#include <set>

namespace lexcheck::reports::detail {

namespace {

/// The data-* attributes the filters read
std::string filter_attributes(const Report& r, const core::Finding& f) {
    return " data-finding data-outcome=\"" + std::string(core::outcome_name(f.outcome)) +
           "\" data-binding=\"" + std::string(binding_word(f)) + "\" data-jurisdiction=\"" +
           html_escape(r.corpus.measures[f.measure].jurisdiction) + "\" data-instrument=\"" +
           html_escape(instrument_id(r, f)) + "\"";
}

void write_select(std::ostream& out, std::string_view filter, std::string_view label,
                  const std::set<std::string>& values) {
    out << "<label>" << label << " <select data-filter=\"" << filter << "\"><option value=\"\">all"
        << "</option>";
    for (const std::string& v : values) {
        out << "<option value=\"" << html_escape(v) << "\">" << html_escape(v) << "</option>";
    }
    out << "</select></label>\n";
}

void write_filters(const Report& r, std::ostream& out) {
    std::set<std::string> jurisdictions, instruments;
    std::array<bool, kOutcomeOrder.size()> present{};
    for (const core::Finding& f : r.result.findings) {
        jurisdictions.insert(r.corpus.measures[f.measure].jurisdiction);
        instruments.insert(instrument_id(r, f));
        present[static_cast<std::size_t>(f.outcome)] = true;
    }
    out << "<form class=\"filters\" id=\"filters\" hidden aria-label=\"Filter findings\">\n"
        << "<fieldset><legend>Outcome</legend>";
    for (core::Outcome o : kOutcomeOrder) {
        if (!present[static_cast<std::size_t>(o)]) continue;
        out << "<button type=\"button\" aria-pressed=\"true\" data-outcome=\""
            << core::outcome_name(o) << "\">" << outcome_symbol(o) << " " << outcome_title(o)
            << "</button>";
    }
    out << "</fieldset>\n";
    write_select(out, "jurisdiction", "Jurisdiction", jurisdictions);
    write_select(out, "instrument", "Instrument", instruments);
    write_select(out, "binding", "Binding", {"binding", "advisory"});
    out << "<button type=\"button\" data-reset>Show all</button>\n<output aria-live=\"polite\">"
        << "</output>\n</form>\n";
}

void write_quote(std::ostream& out, const core::AknElement& e) {
    out << "<blockquote class=\"quote\">";
    if (!e.num.empty()) out << "<span class=\"num\">" << html_escape(e.num) << "</span> ";
    if (!e.heading.empty()) out << "<strong>" << html_escape(e.heading) << "</strong>\n";
    out << html_escape(akn_body_text(e)) << "</blockquote>\n";
}

void write_measure_header(const Report& r, const core::Measure& m, std::ostream& out) {
    out << "<header>\n<h3>" << html_code(m.id) << (m.cite.empty() ? "" : " \u2014 ")
        << html_escape(m.cite) << "</h3>\n<dl class=\"facts\">\n";
    if (!m.title.empty()) out << "<dt>Document</dt><dd>" << html_escape(m.title) << "</dd>\n";
    out << "<dt>Jurisdiction</dt><dd>" << html_escape(m.jurisdiction) << "</dd>\n";
    std::string dates = in_force_text(m.in_force, m.until);
    out << "<dt>In force</dt><dd>" << (dates.empty() ? "dates not stated" : dates) << "</dd>\n";
    std::string versions = version_chain_text(r, m);
    if (!versions.empty()) out << "<dt>Versions</dt><dd>" << html_escape(versions) << "</dd>\n";
    if (const core::AknDocument* doc = measure_document(r, m)) {
        out << "<dt>Akoma Ntoso</dt><dd>eId " << html_code(m.eid) << " in " << html_code(doc->path)
            << "</dd>\n<dt>FRBR work</dt><dd>" << html_code(doc->frbr_work) << "</dd>\n"
            << "<dt>FRBR expression</dt><dd>" << html_code(doc->frbr_expression) << "</dd>\n";
    }
    out << "<dt>Measure file</dt><dd>" << html_code(short_location(r.sources, m.span))
        << "</dd>\n</dl>\n";
    if (const core::AknElement* e = measure_source(r, m)) {
        out << "<p class=\"where\">Source text " << wording_badge(m.wording) << "</p>\n";
        write_quote(out, *e);
    }
    out << "</header>\n";
}

void write_index(const Report& r, const MeasureGroup& g, std::ostream& out) {
    const core::Measure& m = r.corpus.measures[g.measure];
    out << "<table class=\"findings-index\">\n<caption>Findings for " << html_code(m.id)
        << "</caption>\n"
        << "<thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\">Provision</th>"
           "<th scope=\"col\">Instrument</th><th scope=\"col\">Binding</th><th scope=\"col\">"
           "Severity</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = g.begin; i < g.end; ++i) {
        const core::Finding& f = r.result.findings[i];
        const core::Provision& p = r.rules.provisions[f.provision];
        out << "<tr class=\"finding-row o-" << core::outcome_name(f.outcome) << "\""
            << filter_attributes(r, f) << "><td>" << outcome_badge(f.outcome)
            << "</td><td><a href=\"#" << finding_anchor(m.id, p.id.text) << "\">"
            << html_code(p.id.text) << "</a> " << html_escape(p.cite.value_or("")) << "</td><td>"
            << html_code(instrument_id(r, f)) << "</td><td>" << binding_word(f) << "</td><td>"
            << core::provision_severity_name(p.severity) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

/// How the HTML report writes the words of reasons: user text escaped, code in <code>
const Markup& html_markup() {
    static const Markup markup{[](std::string& out, std::string_view s) { out += html_escape(s); },
                               [](std::string& out, std::string_view s) { out += html_code(s); }};
    return markup;
}

void write_trace(const Report& r, const core::Finding& f, const std::vector<core::TraceStep>& trace,
                 std::ostream& out) {
    const core::Measure& m = r.corpus.measures[f.measure];
    out << "<ol class=\"trace\">\n";
    for (const core::TraceStep& s : trace) {
        std::string_view value = core::truth_name(s.value);
        out << "<li class=\"d" << std::min<unsigned>(s.depth, 4) << "\">";
        if (!s.label.empty()) out << "<strong>" << html_escape(s.label) << "</strong>: ";
        out << html_code(s.condition) << " is <span class=\"v-" << value << "\">" << value
            << "</span>";
        if (s.at.file != 0)
            out << " <span class=\"where\">" << html_escape(short_location(r.sources, s.at))
                << "</span>";
        if (!s.facts.empty()) {
            out << "<ul>";
            for (const core::FactRead& read : s.facts)
                out << "<li>" << html_escape(fact_read_text(r, m, read)) << "</li>";
            out << "</ul>";
        }
        out << "</li>\n";
    }
    out << "</ol>\n";
}

/// The full trace, folded on screen and left out of print unless `--print-traces`
void write_folded_trace(const Report& r, const core::Finding& f,
                        const std::vector<core::TraceStep>& trace, std::string_view title,
                        std::ostream& out) {
    if (trace.empty()) return;
    out << "<details class=\"trace\"><summary>" << title << " (" << trace.size()
        << (trace.size() == 1 ? " step" : " steps") << ")</summary>\n";
    write_trace(r, f, trace, out);
    out << "</details>\n";
}

/// LANGUAGE.md §13: the reasons as sentences, an exception's own exceptions indented
void write_reasons(const Report& r, const core::Finding& f, const core::Reasons& reasons,
                   std::ostream& out) {
    const ReasonContext at{r.sources, r.rules, r.corpus.measures[f.measure], r.result.as_of};
    std::vector<ReasonSentence> sentences = reason_sentences(at, reasons, html_markup());
    if (sentences.empty()) return;
    out << "<ul class=\"reasons\">\n";
    for (const ReasonSentence& s : sentences) {
        out << "<li class=\"d" << std::min<unsigned>(s.depth, 4) << "\">" << s.text << "</li>\n";
    }
    out << "</ul>\n";
}

/// LANGUAGE.md §8: the readings of a contested finding, one row per assignment, then each
/// assignment's reasons (and its trace, folded)
void write_readings(const Report& r, const core::Finding& f, std::ostream& out) {
    // Positions and authorities are quoted once with the provision's readings; print leaves
    // them out here (class `quoted`) and the chosen readings link there
    out << "<table class=\"readings\">\n<caption>The readings of this provision lead to "
           "different outcomes<span class=\"print-only\"> (their positions and authorities "
           "are quoted with the provisions)</span></caption>\n<thead><tr><th scope=\"col\">#"
           "</th><th scope=\"col\">Readings chosen</th><th scope=\"col\" class=\"quoted\">"
           "Position</th><th scope=\"col\" class=\"quoted\">Authorities</th><th scope=\"col\">"
           "Outcome</th><th scope=\"col\">Defeated by</th><th scope=\"col\">Missing facts</th>"
           "</tr></thead>\n<tbody>\n";
    for (std::size_t a = 0; a < f.readings.size(); ++a) {
        const core::ReadingOutcome& ro = f.readings[a];
        ReadingCells cells = reading_cells(r, ro, html_escape, html_code, "<br>");
        std::string chosen;
        for (const core::ChosenReading& c : ro.chosen) {
            const std::string& point = r.rules.provisions[c.provision].id.text;
            chosen += (chosen.empty() ? "" : "<br>") + std::string("<a href=\"#") +
                      reading_anchor(point, c.reading == core::kNone
                                                ? std::string_view()
                                                : r.rules.readings[c.reading].id.text) +
                      "\">" + html_code(chosen_text(r, c)) + "</a>";
        }
        out << "<tr class=\"o-" << core::outcome_name(ro.outcome) << "\"><td>" << a + 1
            << "</td><td>" << chosen << "</td><td class=\"quoted\">" << cells.positions
            << "</td><td class=\"quoted\">"
            << (cells.authorities.empty() ? "none stated" : cells.authorities) << "</td><td>"
            << outcome_badge(ro.outcome) << "</td><td>"
            << (ro.defeated_by.empty() ? "\u2014" : html_code(ro.defeated_by)) << "</td><td>"
            << (cells.missing.empty() ? "\u2014" : cells.missing) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
    for (std::size_t a = 0; a < f.readings.size(); ++a) {
        out << "<h6>Assignment " << a + 1 << " " << outcome_badge(f.readings[a].outcome)
            << "</h6>\n";
        write_reasons(r, f, f.readings[a].reasons, out);
        write_folded_trace(r, f, f.readings[a].trace,
                           "Full trace of assignment " + std::to_string(a + 1), out);
    }
}

/// The same measure's findings under the provisions this one refers to (`see`); the
/// references themselves are listed with the provision's quotation
void write_see(const Report& r, const MeasureGroup& g, const core::Provision& p,
               std::ostream& out) {
    const core::Measure& m = r.corpus.measures[g.measure];
    std::string links;
    for (const core::Finding* f : see_findings(r, g, p)) {
        const core::Provision& t = r.rules.provisions[f->provision];
        links += std::string(links.empty() ? "" : "; ") + "<a href=\"#" +
                 finding_anchor(m.id, t.id.text) + "\">" + html_code(t.id.text) + "</a> " +
                 html_escape(t.cite.value_or("")) + " (" + std::string(outcome_symbol(f->outcome)) +
                 " " + std::string(outcome_title(f->outcome)) + ")";
    }
    if (!links.empty()) out << "<p class=\"see\"><strong>See also:</strong> " << links << "</p>\n";
}

/// Binding, severity, paradigm and what defeated the breach, on one line (the instrument is
/// named with the provision's quotation)
void write_finding_facts(const Report& r, const core::Finding& f, const core::Provision& p,
                         std::ostream& out) {
    out << "<p class=\"basis\"><span class=\"badge " << binding_word(f) << "\">" << binding_word(f)
        << "</span> " << html_escape(binding_reason(r, f)) << " \u00b7 severity "
        << core::provision_severity_name(p.severity);
    if (p.paradigm) out << " \u00b7 paradigm " << core::paradigm_name(*p.paradigm);
    if (!f.defeated_by.empty()) out << " \u00b7 defeated by " << html_code(f.defeated_by);
    out << "</p>\n";
}

/// The facts that would decide the finding, each linked to its description (quoted once, in
/// the report's list of facts to annotate)
void write_missing(const core::Finding& f, std::ostream& out) {
    if (!asks_for_facts(f) || f.missing_facts.empty()) return;
    out << "<p class=\"missing\"><strong>Facts to annotate:</strong> ";
    for (std::size_t i = 0; i < f.missing_facts.size(); ++i) {
        out << (i == 0 ? "" : ", ") << "<a href=\"#" << fact_anchor(f.missing_facts[i]) << "\">"
            << html_code(f.missing_facts[i]) << "</a>";
    }
    out << "</p>\n";
}

void write_finding(const Report& r, const MeasureGroup& g, const core::Finding& f,
                   std::ostream& out) {
    const core::Measure& m = r.corpus.measures[f.measure];
    const core::Provision& p = r.rules.provisions[f.provision];
    std::string anchor = finding_anchor(m.id, p.id.text);
    out << "<section class=\"finding o-" << core::outcome_name(f.outcome) << "\" id=\"" << anchor
        << "\"" << filter_attributes(r, f) << " aria-labelledby=\"" << anchor << "-h\">\n<h4 id=\""
        << anchor << "-h\"><span class=\"badge badge-outcome\">" << outcome_symbol(f.outcome) << " "
        << html_escape(finding_title(f)) << "</span>" << html_code(p.id.text) << " <a href=\"#"
        << provision_anchor(p.id.text) << "\">" << html_escape(p.cite.value_or(p.id.text))
        << "</a></h4>\n<p class=\"verdict\">" << html_escape(verdict_text(r, f)) << ".</p>\n";
    write_finding_facts(r, f, p, out);
    if (f.outcome == core::Outcome::contested) {
        write_readings(r, f, out);
    } else {
        write_reasons(r, f, f.reasons, out);
    }
    write_missing(f, out);
    write_remedies_html(r, f, out);
    write_see(r, g, p, out);
    if (f.outcome != core::Outcome::contested) write_folded_trace(r, f, f.trace, "Full trace", out);
    out << "</section>\n";
}

std::string counts_text(const Report& r, const MeasureGroup& g) {
    std::array<std::size_t, kOutcomeOrder.size()> n{};
    for (std::size_t i = g.begin; i < g.end; ++i)
        ++n[static_cast<std::size_t>(r.result.findings[i].outcome)];
    std::string out;
    for (core::Outcome o : kOutcomeOrder) {
        std::size_t k = n[static_cast<std::size_t>(o)];
        if (k)
            out += (out.empty() ? "" : ", ") + std::to_string(k) + " " +
                   std::string(outcome_symbol(o));
    }
    return out;
}

}  // namespace

void write_html_measure_toc(const Report& r, std::ostream& out) {
    for (const MeasureGroup& g : measure_groups(r)) {
        const core::Measure& m = r.corpus.measures[g.measure];
        std::string anchor = measure_anchor(m.id);
        out << "<li data-measure=\"" << anchor << "\"><a href=\"#" << anchor << "\">"
            << html_code(m.id) << "</a> <span class=\"where\">" << counts_text(r, g)
            << "</span></li>\n";
    }
}

void write_html_findings(const Report& r, std::ostream& out) {
    out << "<section id=\"findings\" aria-labelledby=\"findings-title\">\n"
        << "<h2 id=\"findings-title\">Findings by measure</h2>\n";
    write_filters(r, out);
    auto groups = measure_groups(r);
    if (groups.empty()) out << "<p>No findings to list.</p>\n";
    for (const MeasureGroup& g : groups) {
        const core::Measure& m = r.corpus.measures[g.measure];
        out << "<article class=\"measure\" id=\"" << measure_anchor(m.id)
            << "\" data-jurisdiction=\"" << html_escape(m.jurisdiction) << "\">\n";
        write_measure_header(r, m, out);
        write_index(r, g, out);
        for (std::size_t i = g.begin; i < g.end; ++i)
            write_finding(r, g, r.result.findings[i], out);
        out << "</article>\n";
    }
    out << "</section>\n";
}

}  // namespace lexcheck::reports::detail
