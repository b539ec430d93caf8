#include "svg_matrix.hpp"

#include "describe.hpp"
#include "html_escape.hpp"

#include <algorithm>
#include <map>
#include <ostream>
#include <utility>

namespace lexcheck::reports::detail {

namespace {

constexpr int kCell = 18;      // Cell size in px
constexpr int kCharWidth = 7;  // Estimated width of one label character at 11px monospace
constexpr int kPad = 6;

using Key = std::pair<std::uint32_t, std::uint32_t>;  // (measure, provision)

int label_width(std::size_t chars) {
    return static_cast<int>(chars) * kCharWidth + kPad;
}

}  // namespace

void write_matrix_svg(const Report& r, std::ostream& out) {
    std::map<Key, const core::Finding*> cells;
    for (const core::Finding& f : r.result.findings) cells[{f.measure, f.provision}] = &f;

    std::vector<std::uint32_t> columns;
    for (std::uint32_t p : r.result.provisions) {
        bool used = std::any_of(r.result.findings.begin(), r.result.findings.end(),
                                [&](const core::Finding& f) { return f.provision == p; });
        if (used) columns.push_back(p);
    }
    const std::vector<std::uint32_t>& rows = r.result.measures;

    std::size_t row_chars = 8, col_chars = 8;
    for (std::uint32_t m : rows) row_chars = std::max(row_chars, r.corpus.measures[m].id.size());
    for (std::uint32_t p : columns)
        col_chars = std::max(col_chars, r.rules.provisions[p].id.text.size());
    const int left = label_width(row_chars);
    const int top = label_width(col_chars);
    const int width = left + static_cast<int>(columns.size()) * kCell + kPad;
    const int height = top + static_cast<int>(rows.size()) * kCell + kPad;

    out << "<svg class=\"matrix\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width
        << "\" height=\"" << height << "\" viewBox=\"0 0 " << width << " " << height
        << "\" aria-labelledby=\"matrix-title\">\n"
        << "<title id=\"matrix-title\">Compliance matrix: " << rows.size() << " measures by "
        << columns.size() << " provisions</title>\n";
    out << "<rect class=\"mx-bg\" x=\"" << left << "\" y=\"" << top << "\" width=\""
        << columns.size() * kCell << "\" height=\"" << rows.size() * kCell << "\"/>\n";

    for (std::size_t c = 0; c < columns.size(); ++c) {
        const core::Provision& p = r.rules.provisions[columns[c]];
        int x = left + static_cast<int>(c) * kCell + kCell / 2 + 4;
        out << "<text class=\"mx-col\" transform=\"translate(" << x << " " << top - kPad
            << ") rotate(-90)\"><title>" << html_escape(p.cite.value_or(p.id.text)) << "</title>"
            << html_escape(p.id.text) << "</text>\n";
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const core::Measure& m = r.corpus.measures[rows[i]];
        int y = top + static_cast<int>(i) * kCell;
        // A measure with no listed finding has no section to link to (only a row of empty
        // cells): its label is plain text.
        auto listed = cells.lower_bound({rows[i], 0});
        const bool linked = listed != cells.end() && listed->first.first == rows[i];
        if (linked) out << "<a href=\"#" << measure_anchor(m.id) << "\">";
        out << "<text class=\"mx-row\" x=\"" << left - kPad << "\" y=\"" << y + kCell / 2 + 4
            << "\">" << html_escape(m.id) << "</text>" << (linked ? "</a>" : "") << "\n";
        for (std::size_t c = 0; c < columns.size(); ++c) {
            auto it = cells.find({rows[i], columns[c]});
            if (it == cells.end()) continue;
            const core::Finding& f = *it->second;
            const core::Provision& p = r.rules.provisions[f.provision];
            int x = left + static_cast<int>(c) * kCell;
            std::string_view outcome = core::outcome_name(f.outcome);
            out << "<a href=\"#" << finding_anchor(m.id, p.id.text) << "\" class=\"mx-cell o-"
                << outcome << (f.binding ? " binding" : " advisory") << "\"><title>"
                << html_escape(m.id) << " \u00d7 " << html_escape(p.id.text) << ": "
                << outcome_title(f.outcome) << " (" << binding_word(f) << ")</title><rect x=\""
                << x + 1 << "\" y=\"" << y + 1 << "\" width=\"" << kCell - 2 << "\" height=\""
                << kCell - 2 << "\" rx=\"2\"/><text x=\"" << x + kCell / 2 << "\" y=\""
                << y + kCell / 2 + 4 << "\">" << outcome_symbol(f.outcome) << "</text></a>\n";
        }
    }
    out << "</svg>\n";
}

}  // namespace lexcheck::reports::detail
