#include "html_reporter.hpp"

#include "describe.hpp"
#include "html_assets.hpp"
#include "html_escape.hpp"
#include "html_executive.hpp"
#include "html_findings.hpp"
#include "html_provisions.hpp"
#include "regimes.hpp"
#include "source_changes.hpp"
#include "svg_matrix.hpp"

#include "lexcheck/core/version.hpp"

#include <ostream>

namespace lexcheck::reports {

namespace {

using detail::html_escape;

std::string joined(const std::vector<std::string>& items, std::string_view none) {
    if (items.empty()) return std::string(none);
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + html_escape(s);
    return out;
}

/// A CSS string: `"` and `\` escaped, line breaks as `\a`, `<` as `\3c`
std::string css_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n' || c == '<') {  // `<` too: `</style>` must not end the element
            out += c == '\n' ? "\\a " : "\\3c ";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

/// The printed pages' headers and footers: the report's identity, as-of date and page
/// numbers (CSS page-margin boxes), and what print leaves out
std::string page_style(const Report& r) {
    std::string identity = "Compliance audit report \u00b7 lexcheck " +
                           std::string(core::version()) + " \u00b7 inputs " +
                           detail::inputs_digest(r).substr(0, 16);
    const std::string box = " font: 8pt sans-serif; color: #57606a; }";
    std::string style =
        "@page { @top-left { content: " + css_string(identity) + ";" + box +
        " @top-right { content: " + css_string("as of " + core::format_date(r.result.as_of)) + ";" +
        box +
        " @bottom-right { content: \"Page \" counter(page) \" of \" "
        "counter(pages);" +
        box + " }\n";
    if (!r.print_traces)
        style += "@media print { details.trace { display: none; } }\n";
    else
        style +=
            "@media print { details.trace::details-content { content-visibility: visible; "
            "display: block; } details.trace > summary { display: none; } }\n";
    return style;
}

void write_head(const Report& r, std::ostream& out) {
    std::string as_of = core::format_date(r.result.as_of);
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"lexcheck " << html_escape(core::version()) << "\">\n"
        << "<title>Compliance audit report, as of " << as_of << "</title>\n"
        << "<style>" << detail::kHtmlStyle << "</style>\n<style>" << page_style(r)
        << "</style>\n</head>\n";
}

void write_header(const Report& r, std::ostream& out) {
    const checker::Summary& s = r.result.summary;
    out << "<header class=\"report\" id=\"top\">\n<h1>Compliance audit report</h1>\n"
        << "<p class=\"subtitle\">National measures checked against the provisions of "
           "international instruments, by lexcheck</p>\n<dl class=\"meta\">\n"
        << "<dt>As of</dt><dd><time datetime=\"" << core::format_date(r.result.as_of) << "\">"
        << core::format_date(r.result.as_of) << "</time></dd>\n"
        << "<dt>Jurisdictions</dt><dd>" << joined(detail::jurisdictions_checked(r), "none")
        << (r.jurisdictions.empty() ? " (every jurisdiction in the corpus)" : "") << "</dd>\n"
        << "<dt>Scope</dt><dd>" << s.measures << " measures in force checked against "
        << s.provisions << " provisions" << detail::scope_note(r) << "</dd>\n"
        << "<dt>Tool</dt><dd>lexcheck " << html_escape(core::version()) << "</dd>\n";
    if (r.timestamp) {
        out << "<dt>Generated</dt><dd><time datetime=\"" << html_escape(*r.timestamp) << "\">"
            << html_escape(*r.timestamp) << "</time></dd>\n";
    }
    out << "<dt>Inputs</dt><dd>" << r.inputs.size()
        << " rule and corpus files, SHA-256 digest <code>" << detail::inputs_digest(r)
        << "</code> (each file in <a href=\"#provenance\">Provenance</a>)"
        << "</dd>\n</dl>\n</header>\n";
}

void write_provenance(const Report& r, std::ostream& out) {
    out << "<section id=\"provenance\" aria-labelledby=\"provenance-title\">\n"
        << "<h2 id=\"provenance-title\">Provenance</h2>\n<p>The SHA-256 of every rule and corpus "
           "file read, in path order. The same files and as-of date give the same report; the "
           "digest in the header is <code>sha256sum</code> of these files, piped through "
           "<code>sha256sum</code> again.</p>\n<table class=\"hashes\">\n<thead><tr><th "
           "scope=\"col\">"
           "File</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n";
    for (const InputFile& in : r.inputs) {
        out << "<tr><td><code>" << html_escape(in.path) << "</code></td><td class=\"mono\">"
            << html_escape(in.sha256) << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n</section>\n";
}

void write_toc(const Report& r, std::ostream& out) {
    out << "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">Contents</h2>\n"
        << "<ol>\n<li><a href=\"#executive\">Executive summary</a></li>\n"
        << "<li><a href=\"#summary\">Summary</a></li>\n"
        << "<li><a href=\"#matrix\">Compliance matrix</a></li>\n"
        << "<li><a href=\"#overlap\">Regime overlap</a></li>\n"
        << "<li><a href=\"#findings\">Findings by measure</a>\n<ol>\n";
    detail::write_html_measure_toc(r, out);
    out << "</ol>\n</li>\n<li><a href=\"#provisions\">Provisions</a></li>\n"
        << "<li><a href=\"#facts\">Facts to annotate</a></li>\n"
        << "<li><a href=\"#provenance\">Provenance</a></li>\n</ol>\n</nav>\n";
}

void write_count(std::ostream& out, const std::optional<std::size_t>& n, std::string_view outcome,
                 std::string_view kind) {
    out << "<td class=\"num\" data-outcome=\"" << outcome << "\" data-kind=\"" << kind << "\"";
    if (n)
        out << " data-count=\"" << *n << "\">" << *n;
    else
        out << ">\u2014";
    out << "</td>";
}

void write_summary(const Report& r, std::ostream& out) {
    out << "<section id=\"summary\" aria-labelledby=\"summary-title\">\n"
        << "<h2 id=\"summary-title\">Summary</h2>\n<table class=\"summary\">\n"
        << "<caption>Findings per outcome, as of " << core::format_date(r.result.as_of)
        << "</caption>\n<thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\" "
           "class=\"num\">Total</th><th scope=\"col\" class=\"num\">Binding</th><th "
           "scope=\"col\" class=\"num\">Advisory</th></tr></thead>\n<tbody>\n";
    for (const detail::SummaryRow& row : detail::summary_rows(r)) {
        std::string_view name = core::outcome_name(row.outcome);
        out << "<tr class=\"o-" << name
            << "\"><th scope=\"row\"><span class=\"badge badge-outcome\">"
            << detail::outcome_symbol(row.outcome) << " " << detail::outcome_title(row.outcome)
            << "</span></th>";
        write_count(out, row.total, name, "total");
        write_count(out, row.binding, name, "binding");
        write_count(out, row.advisory, name, "advisory");
        out << "</tr>\n";
    }
    out << "</tbody>\n</table>\n<p>Binding: the measure's state is a party to the instrument on "
           "the as-of date. Advisory: it is not (or the instrument is soft law); the finding "
           "is still decided and shown. Not-applicable pairs are counted but not listed"
        << (r.result.summary.not_applicable > 0 ? " unless asked for (<code>--all</code>)" : "")
        << ".</p>\n</section>\n";
}

void write_since_previous(const Report& r, std::ostream& out) {
    if (!r.since_previous) return;
    const SincePrevious& d = *r.since_previous;
    out << "<section id=\"since-previous\" aria-labelledby=\"since-previous-title\">\n"
        << "<h2 id=\"since-previous-title\">Since the previous run</h2>\n<p>";
    if (!d.run) {
        out << "No earlier run over the same rules and corpus is recorded in the audit "
               "database.</p>\n</section>\n";
        return;
    }
    out << "Compared with run " << *d.run << " (recorded " << html_escape(d.recorded_at)
        << "): " << d.added << " added, " << d.removed << " removed, " << d.changed << " changed, "
        << d.unchanged << " unchanged.</p>\n";
    if (!d.changes.empty()) {
        out << "<table class=\"delta\">\n<thead><tr><th scope=\"col\">Change</th><th "
               "scope=\"col\">Provision</th><th scope=\"col\">Measure</th><th "
               "scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead>\n<tbody>\n";
        for (const SincePrevious::Change& c : d.changes) {
            out << "<tr><td>" << html_escape(c.kind) << "</td><td><code>"
                << html_escape(c.provision) << "</code></td><td><code>" << html_escape(c.measure)
                << "</code></td><td>" << html_escape(c.before) << "</td><td>"
                << html_escape(c.after) << "</td></tr>\n";
        }
        out << "</tbody>\n</table>\n";
    }
    out << "</section>\n";
}

void write_matrix(const Report& r, std::ostream& out) {
    out << "<section id=\"matrix\" aria-labelledby=\"matrix-heading\">\n"
        << "<h2 id=\"matrix-heading\">Compliance matrix</h2>\n<figure class=\"figure\">\n";
    detail::write_matrix_svg(r, out);
    out << "<figcaption><ul class=\"legend\">";
    for (core::Outcome o : detail::kOutcomeOrder) {
        out << "<li><span class=\"badge o-" << core::outcome_name(o) << "\">"
            << detail::outcome_symbol(o) << " " << detail::outcome_title(o) << "</span></li>";
    }
    out << "<li>Pale, dashed cell: advisory</li><li>Empty cell: not applicable, not listed</li>"
           "</ul></figcaption>\n</figure>\n</section>\n";
}

std::string cell_text(const detail::OutcomeCounts& c) {
    std::string out;
    for (core::Outcome o : detail::kOutcomeOrder) {
        std::size_t n = c[static_cast<std::size_t>(o)];
        if (n == 0) continue;
        out += std::string(out.empty() ? "" : " ") + "<span class=\"badge o-" +
               std::string(core::outcome_name(o)) + "\" title=\"" +
               std::string(detail::outcome_title(o)) + "\">" +
               std::string(detail::outcome_symbol(o)) + " " + std::to_string(n) + "</span>";
    }
    return out.empty() ? "\u2014" : out;
}

void write_overlap(const Report& r, std::ostream& out) {
    detail::RegimeOverlap ov = detail::regime_overlap(r);
    out << "<section id=\"overlap\" aria-labelledby=\"overlap-title\">\n"
        << "<h2 id=\"overlap-title\">Regime overlap</h2>\n<table class=\"overlap\">\n"
        << "<caption>Listed findings by the origin of the instrument and the paradigm of the "
           "provision</caption>\n<thead><tr><th scope=\"col\">Origin</th>";
    for (std::size_t d = 0; d < detail::kParadigms; ++d) {
        out << "<th scope=\"col\">" << detail::paradigm_label(d) << "</th>";
    }
    out << "</tr></thead>\n<tbody>\n";
    for (std::size_t o = 0; o < detail::kOrigins; ++o) {
        out << "<tr><th scope=\"row\">" << detail::origin_label(o) << "</th>";
        for (std::size_t d = 0; d < detail::kParadigms; ++d)
            out << "<td>" << cell_text(ov.grid[o][d]) << "</td>";
        out << "</tr>\n";
    }
    out << "</tbody>\n</table>\n<h3>Measures that meet several regimes</h3>\n";
    if (ov.measures.empty())
        out << "<p>No measure has findings under more than one instrument.</p>\n";
    else
        out << "<table class=\"overlap-measures\">\n<thead><tr><th scope=\"col\">Measure</th>"
               "<th scope=\"col\">Instrument</th><th scope=\"col\">Origin</th><th scope=\"col\">"
               "Paradigm</th><th scope=\"col\">Binding</th><th scope=\"col\">Findings</th></tr>"
               "</thead>\n<tbody>\n";
    for (const detail::MeasureOverlap& mo : ov.measures) {
        const core::Measure& m = r.corpus.measures[mo.measure];
        for (std::size_t i = 0; i < mo.hits.size(); ++i) {
            const detail::RegimeHit& h = mo.hits[i];
            out << "<tr>";
            if (i == 0) {
                out << "<th scope=\"rowgroup\" rowspan=\"" << mo.hits.size() << "\"><a href=\"#"
                    << detail::measure_anchor(m.id) << "\"><code>" << html_escape(m.id)
                    << "</code></a></th>";
            }
            out << "<td><code>" << html_escape(h.instrument) << "</code></td><td>"
                << detail::origin_label(h.origin) << "</td><td>"
                << detail::paradigm_label(h.paradigm) << "</td><td class=\"binding\">"
                << detail::binding_share(h.binding, h.total) << "</td><td>" << cell_text(h.counts)
                << "</td></tr>\n";
        }
    }
    if (!ov.measures.empty()) out << "</tbody>\n</table>\n";
    out << "</section>\n";
}

}  // namespace

void HtmlReporter::write(const Report& r, std::ostream& out) const {
    write_head(r, out);
    out << "<body>\n<div class=\"page\">\n";
    write_header(r, out);
    write_toc(r, out);
    out << "<main>\n";
    detail::write_html_executive(r, out);
    write_summary(r, out);
    write_since_previous(r, out);
    write_matrix(r, out);
    write_overlap(r, out);
    detail::write_html_findings(r, out);
    detail::write_html_provisions(r, out);
    detail::write_html_facts(r, out);
    detail::write_html_source_changes(r.source_changes, out);
    write_provenance(r, out);
    out << "</main>\n<footer>Produced by lexcheck " << html_escape(core::version()) << " as of "
        << core::format_date(r.result.as_of)
        << ". Findings are the output of rules written by people; a lawyer reviews each one "
           "before relying on it.</footer>\n</div>\n<script>"
        << detail::kHtmlScript << "</script>\n</body>\n</html>\n";
}

}  // namespace lexcheck::reports
