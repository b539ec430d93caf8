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

using Cells = std::map<Key, const core::Finding*>;

/// Provisions with at least one finding, in the report's order
std::vector<std::uint32_t> used_columns(const Report& r) {
    std::vector<std::uint32_t> columns;
    for (std::uint32_t p : r.result.provisions) {
        bool used = std::any_of(r.result.findings.begin(), r.result.findings.end(),
                                [&](const core::Finding& f) { return f.provision == p; });
        if (used) columns.push_back(p);
    }
    return columns;
}

/// Room for the longest row and column labels (at least 8 characters each)
struct Layout {
    int left = 0, top = 0, width = 0, height = 0;
};

Layout layout_of(const Report& r, const std::vector<std::uint32_t>& rows,
                 const std::vector<std::uint32_t>& columns) {
    std::size_t row_chars = 8, col_chars = 8;
    for (std::uint32_t m : rows) row_chars = std::max(row_chars, r.corpus.measures[m].id.size());
    for (std::uint32_t p : columns)
        col_chars = std::max(col_chars, r.rules.provisions[p].id.text.size());
    Layout l;
    l.left = label_width(row_chars);
    l.top = label_width(col_chars);
    l.width = l.left + static_cast<int>(columns.size()) * kCell + kPad;
    l.height = l.top + static_cast<int>(rows.size()) * kCell + kPad;
    return l;
}

void write_column_labels(const Report& r, const std::vector<std::uint32_t>& columns,
                         const Layout& l, std::ostream& out) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const core::Provision& p = r.rules.provisions[columns[c]];
        int x = l.left + static_cast<int>(c) * kCell + kCell / 2 + 4;
        out << "<text class=\"mx-col\" transform=\"translate(" << x << " " << l.top - kPad
            << ") rotate(-90)\"><title>" << html_escape(p.cite.value_or(p.id.text)) << "</title>"
            << html_escape(p.id.text) << "</text>\n";
    }
}

void write_cell(const Report& r, const core::Measure& m, const core::Finding& f, int x, int y,
                std::ostream& out) {
    const core::Provision& p = r.rules.provisions[f.provision];
    std::string_view outcome = core::outcome_name(f.outcome);
    out << "<a href=\"#" << finding_anchor(m.id, p.id.text) << "\" class=\"mx-cell o-" << outcome
        << (f.binding ? " binding" : " advisory") << "\"><title>" << html_escape(m.id) << " \u00d7 "
        << html_escape(p.id.text) << ": " << outcome_title(f.outcome) << " (" << binding_word(f)
        << ")</title><rect x=\"" << x + 1 << "\" y=\"" << y + 1 << "\" width=\"" << kCell - 2
        << "\" height=\"" << kCell - 2 << "\" rx=\"2\"/><text x=\"" << x + kCell / 2 << "\" y=\""
        << y + kCell / 2 + 4 << "\">" << outcome_symbol(f.outcome) << "</text></a>\n";
}

void write_row(const Report& r, const Cells& cells, const std::vector<std::uint32_t>& columns,
               std::uint32_t row, int y, const Layout& l, std::ostream& out) {
    const core::Measure& m = r.corpus.measures[row];
    // A measure with no listed finding has no section to link to (only a row of empty
    // cells): its label is plain text.
    auto listed = cells.lower_bound({row, 0});
    const bool linked = listed != cells.end() && listed->first.first == row;
    if (linked) out << "<a href=\"#" << measure_anchor(m.id) << "\">";
    out << "<text class=\"mx-row\" x=\"" << l.left - kPad << "\" y=\"" << y + kCell / 2 + 4 << "\">"
        << html_escape(m.id) << "</text>" << (linked ? "</a>" : "") << "\n";
    for (std::size_t c = 0; c < columns.size(); ++c) {
        auto it = cells.find({row, columns[c]});
        if (it == cells.end()) continue;
        write_cell(r, m, *it->second, l.left + static_cast<int>(c) * kCell, y, out);
    }
}

}  // namespace

void write_matrix_svg(const Report& r, std::ostream& out) {
    Cells cells;
    for (const core::Finding& f : r.result.findings) cells[{f.measure, f.provision}] = &f;
    const std::vector<std::uint32_t> columns = used_columns(r);
    const std::vector<std::uint32_t>& rows = r.result.measures;
    const Layout l = layout_of(r, rows, columns);

    out << "<svg class=\"matrix\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" << l.width
        << "\" height=\"" << l.height << "\" viewBox=\"0 0 " << l.width << " " << l.height
        << "\" aria-labelledby=\"matrix-title\">\n"
        << "<title id=\"matrix-title\">Compliance matrix: " << rows.size() << " measures by "
        << columns.size() << " provisions</title>\n";
    out << "<rect class=\"mx-bg\" x=\"" << l.left << "\" y=\"" << l.top << "\" width=\""
        << columns.size() * kCell << "\" height=\"" << rows.size() * kCell << "\"/>\n";
    write_column_labels(r, columns, l, out);
    for (std::size_t i = 0; i < rows.size(); ++i)
        write_row(r, cells, columns, rows[i], l.top + static_cast<int>(i) * kCell, l, out);
    out << "</svg>\n";
}

}  // namespace lexcheck::reports::detail
