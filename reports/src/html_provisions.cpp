#include "html_provisions.hpp"

#include "describe.hpp"
#include "html_escape.hpp"
#include "html_inline.hpp"
#include "quoted.hpp"

#include <ostream>

namespace lexcheck::reports::detail {

namespace {

/// One reading of a contested point: its id, position and authorities
void write_reading_row(std::string_view anchor, std::string_view id, std::string_view position,
                       const std::vector<core::Authority>& authorities, std::ostream& out) {
    out << "<tr id=\"" << anchor << "\"><td>" << html_code(id) << "</td><td>"
        << html_escape(position) << "</td><td>";
    for (std::size_t i = 0; i < authorities.size(); ++i)
        out << (i == 0 ? "" : "<br>") << html_escape(authorities[i].text);
    out << (authorities.empty() ? "none stated" : "") << "</td></tr>\n";
}

/// The readings of a contested point (LANGUAGE.md §8), quoted once: contested findings link
/// here from their readings tables
void write_point_readings(const Report& r, std::uint32_t index, std::ostream& out) {
    const core::Provision& p = r.rules.provisions[index];
    if (p.readings.empty()) return;
    out << "<table class=\"point-readings\">\n<caption>Readings</caption>\n<thead><tr><th "
           "scope=\"col\">Reading</th><th scope=\"col\">Position</th><th scope=\"col\">"
           "Authorities</th></tr></thead>\n<tbody>\n";
    write_reading_row(reading_anchor(p.id.text, {}), p.id.text, r.rules.position_of(index),
                      p.authorities, out);
    for (std::uint32_t i : p.readings) {
        const core::Reading& reading = r.rules.readings[i];
        write_reading_row(reading_anchor(p.id.text, reading.id.text), reading.id.text,
                          reading.position.value_or(""), reading.authorities, out);
    }
    out << "</tbody>\n</table>\n";
}

/// One provision quoted once (with the linked Akoma Ntoso text where it reads otherwise)
void write_provision(const Report& r, std::uint32_t index, std::ostream& out) {
    const core::Provision& p = r.rules.provisions[index];
    out << "<article class=\"provision\" id=\"" << provision_anchor(p.id.text) << "\">\n<h3>"
        << html_code(p.id.text) << " " << html_escape(p.cite.value_or(""))
        << "</h3>\n<p class=\"where\">";
    if (const core::Instrument* inst = instrument_of(r, p))
        out << html_escape(instrument_text(*inst)) << " \u00b7 ";
    out << wording_badge(p.wording) << " " << html_escape(short_location(r.sources, p.span));
    if (p.exception_target != core::kNone) {
        const core::Provision& t = r.rules.provisions[p.exception_target];
        out << " \u00b7 exception to <a href=\"#" << provision_anchor(t.id.text) << "\">"
            << html_code(t.id.text) << "</a>";
    }
    if (!p.see_targets.empty()) {
        out << " \u00b7 see";
        for (std::size_t i = 0; i < p.see_targets.size(); ++i) {
            const core::Provision& t = r.rules.provisions[p.see_targets[i]];
            out << (i == 0 ? " " : ", ") << html_code(t.id.text);
        }
    }
    out << "</p>\n<blockquote class=\"quote\">" << html_escape(p.text.value_or(""))
        << "</blockquote>\n";
    if (p.source) {
        std::string akn = akn_text_if_different(p);
        out << "<p class=\"where\">Akoma Ntoso: " << html_code(p.source->resolved_path) << " eId "
            << html_code(p.source->eid.text) << (akn.empty() ? ", the same text" : ", which reads:")
            << "</p>\n";
        if (!akn.empty())
            out << "<blockquote class=\"quote akn\">" << html_escape(akn) << "</blockquote>\n";
    }
    write_point_readings(r, index, out);
    out << "</article>\n";
}

}  // namespace

void write_html_provisions(const Report& r, std::ostream& out) {
    std::vector<std::uint32_t> provisions = quoted_provisions(r);
    out << "<section id=\"provisions\" aria-labelledby=\"provisions-title\">\n<h2 "
           "id=\"provisions-title\">Provisions</h2>\n<p>Each provision with a listed finding, "
           "and each exception in its tree, quoted once; findings link here. The quoted "
           "<code>text</code> is the provision's authoritative quotation; the Akoma Ntoso text "
           "of its instrument is shown only where it reads otherwise.</p>\n";
    if (provisions.empty()) out << "<p>No provision has a listed finding.</p>\n";
    for (std::uint32_t p : provisions) write_provision(r, p, out);
    out << "</section>\n";
}

void write_html_facts(const Report& r, std::ostream& out) {
    std::vector<std::string> facts = facts_to_annotate(r);
    if (facts.empty()) return;
    out << "<section id=\"facts\" aria-labelledby=\"facts-title\">\n<h2 id=\"facts-title\">Facts "
           "to annotate</h2>\n<p>The facts the undetermined and contested findings miss, as the "
           "vocabulary describes them. State them in the measures' files to decide those "
           "findings.</p>\n<dl class=\"glossary\">\n";
    for (const std::string& fact : facts) {
        out << "<dt id=\"" << fact_anchor(fact) << "\">" << html_code(fact) << "</dt><dd>"
            << html_escape(fact_description(r, fact)) << "</dd>\n";
    }
    out << "</dl>\n</section>\n";
}

}  // namespace lexcheck::reports::detail
