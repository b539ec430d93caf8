#include "html_findings.hpp"

#include "describe.hpp"
#include "html_escape.hpp"
#include "remedy_sections.hpp"

#include <algorithm>
#include <array>
#include <ostream>
#include <set>

namespace lexcheck::reports::detail {

namespace {

constexpr std::array<core::Outcome, 5> kOutcomes = {
    core::Outcome::violation, core::Outcome::contested, core::Outcome::undetermined,
    core::Outcome::compliant, core::Outcome::not_applicable};

std::string code(std::string_view s) {
    return "<code>" + html_escape(s) + "</code>";
}

std::string outcome_badge(core::Outcome o) {
    return "<span class=\"badge badge-outcome\">" + std::string(outcome_symbol(o)) + " " +
           std::string(outcome_title(o)) + "</span>";
}

std::string wording_badge(core::Wording w) {
    std::string name(core::wording_name(w));
    return "<span class=\"badge wording w-" + name + "\" title=\"wording of the quoted text\">" +
           name + "</span>";
}

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
    std::array<bool, kOutcomes.size()> present{};
    for (const core::Finding& f : r.result.findings) {
        jurisdictions.insert(r.corpus.measures[f.measure].jurisdiction);
        instruments.insert(instrument_id(r, f));
        present[static_cast<std::size_t>(f.outcome)] = true;
    }
    out << "<form class=\"filters\" id=\"filters\" hidden aria-label=\"Filter findings\">\n"
        << "<fieldset><legend>Outcome</legend>";
    for (core::Outcome o : kOutcomes) {
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
    out << "<header>\n<h3>" << code(m.id) << (m.cite.empty() ? "" : " \u2014 ")
        << html_escape(m.cite) << "</h3>\n<dl class=\"facts\">\n";
    if (!m.title.empty()) out << "<dt>Document</dt><dd>" << html_escape(m.title) << "</dd>\n";
    out << "<dt>Jurisdiction</dt><dd>" << html_escape(m.jurisdiction) << "</dd>\n";
    std::string dates = in_force_text(m.in_force, m.until);
    out << "<dt>In force</dt><dd>" << (dates.empty() ? "dates not stated" : dates) << "</dd>\n";
    std::string versions = version_chain_text(r, m);
    if (!versions.empty()) out << "<dt>Versions</dt><dd>" << html_escape(versions) << "</dd>\n";
    if (const core::AknDocument* doc = measure_document(r, m)) {
        out << "<dt>Akoma Ntoso</dt><dd>eId " << code(m.eid) << " in " << code(doc->path)
            << "</dd>\n<dt>FRBR work</dt><dd>" << code(doc->frbr_work) << "</dd>\n"
            << "<dt>FRBR expression</dt><dd>" << code(doc->frbr_expression) << "</dd>\n";
    }
    out << "<dt>Measure file</dt><dd>" << code(short_location(r.sources, m.span))
        << "</dd>\n</dl>\n";
    if (const core::AknElement* e = measure_source(r, m)) {
        out << "<p class=\"where\">Source text " << wording_badge(m.wording) << "</p>\n";
        write_quote(out, *e);
    }
    out << "</header>\n";
}

void write_index(const Report& r, const MeasureGroup& g, std::ostream& out) {
    const core::Measure& m = r.corpus.measures[g.measure];
    out << "<table class=\"findings-index\">\n<caption>Findings for " << code(m.id)
        << "</caption>\n"
        << "<thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\">Provision</th>"
           "<th scope=\"col\">Instrument</th><th scope=\"col\">Binding</th><th scope=\"col\">"
           "Severity</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = g.begin; i < g.end; ++i) {
        const core::Finding& f = r.result.findings[i];
        const core::Provision& p = r.rules.provisions[f.provision];
        out << "<tr class=\"finding-row o-" << core::outcome_name(f.outcome) << "\""
            << filter_attributes(r, f) << "><td>" << outcome_badge(f.outcome)
            << "</td><td><a href=\"#" << finding_anchor(m.id, p.id.text) << "\">" << code(p.id.text)
            << "</a> " << html_escape(p.cite.value_or("")) << "</td><td>"
            << code(instrument_id(r, f)) << "</td><td>" << binding_word(f) << "</td><td>"
            << core::provision_severity_name(p.severity) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
}

void write_trace(const Report& r, const core::Finding& f, const std::vector<core::TraceStep>& trace,
                 std::ostream& out) {
    const core::Measure& m = r.corpus.measures[f.measure];
    out << "<ol class=\"trace\">\n";
    for (const core::TraceStep& s : trace) {
        std::string_view value = core::truth_name(s.value);
        out << "<li class=\"d" << std::min<unsigned>(s.depth, 4) << "\">";
        if (!s.label.empty()) out << "<strong>" << html_escape(s.label) << "</strong>: ";
        out << code(s.condition) << " is <span class=\"v-" << value << "\">" << value << "</span>";
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

/// LANGUAGE.md §8: the readings of a contested finding, one row per assignment, above each
/// assignment's trace
void write_readings(const Report& r, const core::Finding& f, std::ostream& out) {
    out << "<table class=\"readings\">\n<caption>The readings of this provision lead to "
           "different outcomes</caption>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">"
           "Readings chosen</th><th scope=\"col\">Position</th><th scope=\"col\">Authorities"
           "</th><th scope=\"col\">Outcome</th><th scope=\"col\">Defeated by</th>"
           "<th scope=\"col\">Missing facts</th></tr></thead>\n<tbody>\n";
    for (std::size_t a = 0; a < f.readings.size(); ++a) {
        const core::ReadingOutcome& ro = f.readings[a];
        ReadingCells cells = reading_cells(r, ro, html_escape, code, "<br>");
        out << "<tr class=\"o-" << core::outcome_name(ro.outcome) << "\"><td>" << a + 1
            << "</td><td>" << cells.chosen << "</td><td>" << cells.positions << "</td><td>"
            << (cells.authorities.empty() ? "none stated" : cells.authorities) << "</td><td>"
            << outcome_badge(ro.outcome) << "</td><td>"
            << (ro.defeated_by.empty() ? "\u2014" : code(ro.defeated_by)) << "</td><td>"
            << (cells.missing.empty() ? "\u2014" : cells.missing) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
    for (std::size_t a = 0; a < f.readings.size(); ++a) {
        out << "<h6>Assignment " << a + 1 << " " << outcome_badge(f.readings[a].outcome)
            << "</h6>\n";
        write_trace(r, f, f.readings[a].trace, out);
    }
}

void write_see(const Report& r, const MeasureGroup& g, const core::Provision& p,
               std::ostream& out) {
    if (p.see_targets.empty()) return;
    const core::Measure& m = r.corpus.measures[g.measure];
    out << "<p><strong>See also:</strong> ";
    for (std::size_t i = 0; i < p.see_targets.size(); ++i) {
        const core::Provision& t = r.rules.provisions[p.see_targets[i]];
        auto begin = r.result.findings.begin() + static_cast<std::ptrdiff_t>(g.begin);
        auto end = r.result.findings.begin() + static_cast<std::ptrdiff_t>(g.end);
        auto hit = std::find_if(
            begin, end, [&](const core::Finding& f) { return f.provision == p.see_targets[i]; });
        out << (i ? "; " : "");
        if (hit != end) {
            out << "<a href=\"#" << finding_anchor(m.id, t.id.text) << "\">" << code(t.id.text)
                << "</a> " << html_escape(t.cite.value_or("")) << " ("
                << outcome_symbol(hit->outcome) << " " << outcome_title(hit->outcome) << ")";
        } else {
            out << code(t.id.text) << " " << html_escape(t.cite.value_or(""))
                << " (not listed for this measure)";
        }
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
        << html_escape(finding_title(f)) << "</span>" << code(p.id.text) << " "
        << html_escape(p.cite.value_or("")) << "</h4>\n<dl class=\"facts\">\n<dt>Finding</dt><dd>"
        << html_escape(verdict_text(r, f)) << "</dd>\n<dt>Binding</dt><dd><span class=\"badge "
        << binding_word(f) << "\">" << binding_word(f) << "</span> "
        << html_escape(binding_reason(r, f)) << "</dd>\n<dt>Severity</dt><dd>"
        << core::provision_severity_name(p.severity) << "</dd>\n";
    if (const core::Instrument* inst = instrument_of(r, p)) {
        out << "<dt>Instrument</dt><dd>" << html_escape(instrument_text(*inst)) << "</dd>\n";
    }
    if (p.paradigm) out << "<dt>Paradigm</dt><dd>" << core::paradigm_name(*p.paradigm) << "</dd>\n";
    if (!f.defeated_by.empty())
        out << "<dt>Defeated by</dt><dd>" << code(f.defeated_by) << "</dd>\n";
    if (f.reason != core::Reason::none)
        out << "<dt>Reason</dt><dd>" << core::reason_name(f.reason) << "</dd>\n";
    out << "</dl>\n<div class=\"side\">\n<figure><figcaption>Provision "
        << html_escape(p.cite.value_or(p.id.text)) << " " << wording_badge(p.wording)
        << "</figcaption>\n<blockquote class=\"quote\">" << html_escape(p.text.value_or(""))
        << "</blockquote>\n<p class=\"where\">" << html_escape(short_location(r.sources, p.span));
    out << "</p>\n";
    if (p.source && !p.source->quoted_text.empty()) {
        // `text` stays the authoritative quotation; the linked element is shown beside it.
        out << "<p class=\"where\">Akoma Ntoso text: " << code(p.source->resolved_path) << " eId "
            << code(p.source->eid.text) << "</p>\n<blockquote class=\"quote akn\">"
            << html_escape(p.source->quoted_text) << "</blockquote>\n";
    }
    out << "</figure>\n<figure><figcaption>Measure " << html_escape(m.cite.empty() ? m.id : m.cite)
        << " " << wording_badge(m.wording) << "</figcaption>\n";
    if (const core::AknElement* e = measure_source(r, m))
        write_quote(out, *e);
    else
        out << "<p>No source text is linked to this measure.</p>\n";
    out << "</figure>\n</div>\n<h5>Explanation</h5>\n";
    if (!p.norm.why.empty()) {
        out << "<p>The provision "
            << (p.norm_kind == core::NormKind::requirement ? "requires" : "prohibits")
            << " a measure that " << html_escape(p.norm.why) << ".</p>\n";
    }
    if (f.outcome == core::Outcome::contested) {
        write_readings(r, f, out);
    } else {
        write_trace(r, f, f.trace, out);
    }
    if ((f.outcome == core::Outcome::undetermined || f.outcome == core::Outcome::contested) &&
        !f.missing_facts.empty()) {
        out << "<div class=\"missing\"><h5>Facts to annotate</h5><p>State these facts of the "
               "measure "
               "to decide the finding:</p><ul>";
        for (const std::string& fact : f.missing_facts) {
            std::string d = fact_description(r, fact);
            out << "<li>" << code(fact) << (d.empty() ? "" : " \u2014 " + html_escape(d))
                << "</li>";
        }
        out << "</ul></div>\n";
    }
    write_remedies_html(r, f, out);
    write_see(r, g, p, out);
    out << "</section>\n";
}

std::string counts_text(const Report& r, const MeasureGroup& g) {
    std::array<std::size_t, kOutcomes.size()> n{};
    for (std::size_t i = g.begin; i < g.end; ++i)
        ++n[static_cast<std::size_t>(r.result.findings[i].outcome)];
    std::string out;
    for (core::Outcome o : kOutcomes) {
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
        out << "<li data-measure=\"" << anchor << "\"><a href=\"#" << anchor << "\">" << code(m.id)
            << "</a> <span class=\"where\">" << counts_text(r, g) << "</span></li>\n";
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
