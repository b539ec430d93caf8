// The executive summary of the HTML report (executive.hpp has what it says, this file how).
#include "html_executive.hpp"

#include "describe.hpp"
#include "executive.hpp"
#include "html_escape.hpp"
#include "html_inline.hpp"
#include "regimes.hpp"

#include <ostream>

namespace lexcheck::reports::detail {

namespace {

/// "critical ru.fz114.art26.p1.s4 (Article 26(1)(4)) violates Article 97(2)", linked to the
/// finding
void write_item(const Report& r, std::size_t index, std::ostream& out) {
    const core::Finding& f = r.result.findings[index];
    const core::Measure& m = r.corpus.measures[f.measure];
    const core::Provision& p = r.rules.provisions[f.provision];
    std::string_view severity = core::provision_severity_name(p.severity);
    out << "<li><span class=\"badge sev sev-" << severity << "\">" << severity
        << "</span> <a href=\"#" << finding_anchor(m.id, p.id.text) << "\">" << html_code(m.id)
        << "</a>" << (m.cite.empty() ? "" : " (" + html_escape(m.cite) + ")") << " "
        << html_escape(verdict_phrase(r, f)) << "</li>\n";
}

void write_regime(const Report& r, const RegimeSummary& s, std::ostream& out) {
    const core::Instrument& inst = r.rules.instruments[s.instrument];
    out << "<article class=\"regime\">\n<h3>" << html_escape(s.state) << " under "
        << html_escape(inst.title.empty() ? inst.id.text : inst.title) << "</h3>\n"
        << "<p class=\"basis\"><span class=\"badge " << (s.binding ? "binding" : "advisory")
        << "\">" << binding_share(s.binding, s.total) << "</span> "
        << html_escape(binding_reason(r, r.result.findings[s.example])) << "</p>\n";
    if (!s.attention.empty()) {
        out << "<p>Binding violations and contested findings, most severe first:</p>\n<ul "
               "class=\"attention\">\n";
        for (std::size_t i : s.attention) write_item(r, i, out);
        out << "</ul>\n";
    }
    if (!s.advisory_violations.empty()) {
        out << "<p>Advisory violations (the State is not bound):</p>\n<ul class=\"attention\">\n";
        for (std::size_t i : s.advisory_violations) write_item(r, i, out);
        out << "</ul>\n";
    }
    if (s.undetermined > 0) {
        out << "<p>" << s.undetermined
            << (s.undetermined == 1 ? " finding stays undetermined" : " findings stay undetermined")
            << " (" << s.binding_undetermined << " binding). The facts missing most often: ";
        for (std::size_t k = 0; k < s.missing.size(); ++k) {
            out << list_separator(k, s.missing.size()) << html_code(s.missing[k].first) << " (in "
                << s.missing[k].second << ")";
        }
        out << ".</p>\n";
    }
    out << "<p class=\"where\">" << s.compliant << " compliant";
    if (s.not_applicable) out << ", " << s.not_applicable << " not applicable";
    out << ", of " << s.total << " listed findings.</p>\n</article>\n";
}

}  // namespace

void write_html_executive(const Report& r, std::ostream& out) {
    out << "<section id=\"executive\" aria-labelledby=\"executive-title\">\n<h2 "
           "id=\"executive-title\">Executive summary</h2>\n<p>"
        << html_escape(overview_sentence(r))
        << " Below, per State and instrument: the findings that need a lawyer first, then what "
           "stays undetermined and the facts that would decide it.</p>\n";
    for (const RegimeSummary& s : executive_summary(r)) write_regime(r, s, out);
    out << "</section>\n";
}

}  // namespace lexcheck::reports::detail
