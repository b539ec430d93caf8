// The HTML page and the Markdown document of a delta: one table per section, the finding
// before beside the finding after with its explanation.
#include "html_escape.hpp"
#include "markdown_escape.hpp"
#include "render_common.hpp"

#include <ostream>

namespace lexcheck::delta::detail {

namespace {

using reports::detail::html_escape;
using reports::detail::md_cell;
using reports::detail::md_code;

constexpr std::string_view kStyle =
    "body{font-family:system-ui,sans-serif;margin:2rem;max-width:75rem;color:#111}"
    "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}"
    "th,td{border:1px solid #bbb;padding:.4rem;vertical-align:top;text-align:left}"
    "th{background:#eee}td ul{margin:0;padding-left:1.1rem}code{font-size:.95em}"
    ".note{color:#444}";

}  // namespace

void write_html(const Header& h, const Side& before, const Side& after, const Delta& d,
                std::ostream& out) {
    std::string title = "lexcheck " + h.command + " " + h.subject;
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        << html_escape(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
        << "<h1>" << html_escape(title) << "</h1>\n<p>As of " << core::format_date(h.as_of) << ": "
        << counts_text(d) << ".</p>\n";
    for (Section s : kSections) {
        std::vector<const Change*> changes = changes_in(s, before, after, d);
        out << "<section>\n<h2>" << section_title(s) << " (" << changes.size() << ")</h2>\n";
        if (changes.empty()) {
            out << "<p class=\"note\">None.</p>\n</section>\n";
            continue;
        }
        out << "<table>\n<thead><tr><th>Measure</th><th>Provision</th><th>Change</th>"
               "<th>Before</th><th>After, and why</th></tr></thead>\n<tbody>\n";
        for (const Change* c : changes) {
            out << "<tr><td><code>" << html_escape(c->measure) << "</code></td><td><code>"
                << html_escape(c->provision) << "</code></td><td>" << kind_name(c->kind)
                << "</td><td>" << html_escape(state_text(before, c->before)) << "</td><td><b>"
                << html_escape(state_text(after, c->after)) << "</b>";
            std::vector<std::string> lines = change_explanation(*c, before, after);
            if (!lines.empty()) {
                out << "<ul>";
                for (const std::string& l : lines) out << "<li>" << html_escape(l) << "</li>";
                out << "</ul>";
            }
            out << "</td></tr>\n";
        }
        out << "</tbody>\n</table>\n</section>\n";
    }
    out << "<p class=\"note\">Inputs: " << h.inputs.size()
        << " files (their SHA-256 are in the JSON output).</p>\n</body>\n</html>\n";
}

void write_markdown(const Header& h, const Side& before, const Side& after, const Delta& d,
                    std::ostream& out) {
    out << "# lexcheck " << h.command << " " << md_cell(h.subject) << "\n\nAs of "
        << core::format_date(h.as_of) << ": " << counts_text(d) << ".\n";
    for (Section s : kSections) {
        std::vector<const Change*> changes = changes_in(s, before, after, d);
        out << "\n## " << section_title(s) << " (" << changes.size() << ")\n\n";
        if (changes.empty()) {
            out << "None.\n";
            continue;
        }
        out << "| Measure | Provision | Change | Before | After, and why |\n"
               "|---|---|---|---|---|\n";
        for (const Change* c : changes) {
            std::string why = "**" + md_cell(state_text(after, c->after)) + "**";
            for (const std::string& l : change_explanation(*c, before, after))
                why += "<br>" + md_cell(l);
            out << "| " << md_code(c->measure) << " | " << md_code(c->provision) << " | "
                << kind_name(c->kind) << " | " << md_cell(state_text(before, c->before)) << " | "
                << why << " |\n";
        }
    }
}

}  // namespace lexcheck::delta::detail
