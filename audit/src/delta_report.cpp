#include "lexcheck/audit/delta_report.hpp"

#include "lexcheck/audit/error.hpp"
#include "lexcheck/core/version.hpp"

#include <ostream>

namespace lexcheck::audit {

namespace {

/// A JSON string literal as the reports write one: `"` and `\` escaped, control characters as
/// `\n`, `\r`, `\t` or `\u00XX`, every other byte as it is
void append_json_string(std::string& out, std::string_view text) {
    static const char* hex = "0123456789abcdef";
    out += '"';
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (ch == '\n') {
            out += "\\n";
        } else if (ch == '\r') {
            out += "\\r";
        } else if (ch == '\t') {
            out += "\\t";
        } else if (c < 0x20) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += ch;
        }
    }
    out += '"';
}

void append_json_uint(std::string& out, std::size_t n) {
    out += std::to_string(n);
}

constexpr std::string_view kFindingsStart = "  \"findings\": [";
constexpr std::string_view kElementOpen = "    {";
constexpr std::string_view kElementClose = "    }";

std::string side_text(const std::optional<FindingKey>& k) {
    if (!k) return "no finding";
    return std::string(core::outcome_name(k->outcome)) + (k->binding ? ", binding" : ", advisory");
}

std::string counts_line(const Delta& d) {
    std::size_t n[3] = {0, 0, 0};
    for (const Change& c : d.changes) ++n[static_cast<int>(c.kind)];
    return std::to_string(n[0]) + " added, " + std::to_string(n[1]) + " removed, " +
           std::to_string(n[2]) + " changed, " + std::to_string(d.unchanged) + " unchanged";
}

void write_text(const Delta& d, std::ostream& out) {
    out << counts_line(d) << "\n";
    for (const Change& c : d.changes) {
        out << "  " << change_kind_name(c.kind) << "  " << c.key().measure << " × "
            << c.key().provision << ": " << side_text(c.before) << " → " << side_text(c.after)
            << "\n";
    }
}

/// A finding object of the report, re-indented as a member value two levels deeper
void append_object(std::string& out, const std::string& object) {
    std::size_t line = 0;
    while (line < object.size()) {
        std::size_t end = object.find('\n', line);
        if (end == std::string::npos) end = object.size();
        std::string_view text(object.data() + line, end - line);
        if (line == 0) {
            out += text.substr(text.find_first_not_of(' '));
        } else {
            out += "\n  ";
            out += text;
        }
        line = end + 1;
    }
}

void write_json(const Delta& d, const DeltaSide& before, const DeltaSide& after,
                const DeltaHeader& h, std::ostream& out) {
    std::string s = "{\n  \"tool\": \"lexcheck\",\n  \"version\": ";
    append_json_string(s, core::version());
    s += ",\n  \"as_of\": ";
    append_json_string(s, h.as_of);
    s += ",\n  \"inputs\": [";
    for (std::size_t i = 0; i < h.inputs.size(); ++i) {
        s += i ? ",\n    {\n      \"path\": " : "\n    {\n      \"path\": ";
        append_json_string(s, h.inputs[i].first);
        s += ",\n      \"sha256\": ";
        append_json_string(s, h.inputs[i].second);
        s += "\n    }";
    }
    s += h.inputs.empty() ? "],\n" : "\n  ],\n";
    std::size_t n[3] = {0, 0, 0};
    for (const Change& c : d.changes) ++n[static_cast<int>(c.kind)];
    s += "  \"summary\": {\n    \"added\": ";
    append_json_uint(s, n[0]);
    s += ",\n    \"removed\": ";
    append_json_uint(s, n[1]);
    s += ",\n    \"changed\": ";
    append_json_uint(s, n[2]);
    s += ",\n    \"unchanged\": ";
    append_json_uint(s, d.unchanged);
    s += "\n  },\n  \"changes\": [";
    for (std::size_t i = 0; i < d.changes.size(); ++i) {
        const Change& c = d.changes[i];
        s += i ? ",\n    {\n      \"kind\": " : "\n    {\n      \"kind\": ";
        append_json_string(s, change_kind_name(c.kind));
        s += ",\n      \"measure\": ";
        append_json_string(s, c.key().measure);
        s += ",\n      \"provision\": ";
        append_json_string(s, c.key().provision);
        s += ",\n      \"before\": ";
        if (c.before) append_object(s, before.objects.at(c.before_index));
        if (!c.before) s += "null";
        s += ",\n      \"after\": ";
        if (c.after) append_object(s, after.objects.at(c.after_index));
        if (!c.after) s += "null";
        s += "\n    }";
    }
    s += d.changes.empty() ? "]\n}\n" : "\n  ]\n}\n";
    out << s;
}

std::string escaped(std::string_view text, bool html) {
    std::string out;
    for (char ch : text) {
        if (html && ch == '&')
            out += "&amp;";
        else if (html && ch == '<')
            out += "&lt;";
        else if (html && ch == '>')
            out += "&gt;";
        else if (!html && (ch == '|' || ch == '`' || ch == '\\'))
            out += std::string("\\") + ch;
        else
            out += ch;
    }
    return out;
}

void write_table(const Delta& d, const DeltaHeader& h, bool html, std::ostream& out) {
    std::string title = "Changes between two runs";
    std::string intro = "As of " + h.as_of + ": " + counts_line(d) + ".";
    if (html) {
        out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
            << title << "</title>\n</head>\n<body>\n<h1>" << title << "</h1>\n<p>"
            << escaped(intro, true) << "</p>\n<table>\n<thead><tr><th>change</th><th>provision"
            << "</th><th>measure</th><th>before</th><th>after</th></tr></thead>\n<tbody>\n";
    } else {
        out << "# " << title << "\n\n" << intro << "\n\n";
        if (!d.changes.empty())
            out << "| change | provision | measure | before | after |\n"
                   "|---|---|---|---|---|\n";
    }
    for (const Change& c : d.changes) {
        std::string cells[5] = {std::string(change_kind_name(c.kind)), c.key().provision,
                                c.key().measure, side_text(c.before), side_text(c.after)};
        out << (html ? "<tr>" : "|");
        for (const std::string& cell : cells) {
            out << (html ? "<td>" : " ") << escaped(cell, html) << (html ? "</td>" : " |");
        }
        out << (html ? "</tr>\n" : "\n");
    }
    if (html) out << "</tbody>\n</table>\n</body>\n</html>\n";
}

}  // namespace

std::vector<std::string> finding_objects(std::string_view report) {
    std::vector<std::string> objects;
    std::size_t at = report.find(std::string("\n") + std::string(kFindingsStart) + "\n");
    if (at == std::string_view::npos) {
        if (report.find(std::string(kFindingsStart) + "]") != std::string_view::npos) {
            return objects;  // no finding listed
        }
        throw Error("the report has no findings in the layout of lexcheck's JSON reports");
    }
    std::size_t line = at + kFindingsStart.size() + 2;
    std::string current;
    while (line < report.size()) {
        std::size_t end = report.find('\n', line);
        if (end == std::string_view::npos) end = report.size();
        std::string_view text = report.substr(line, end - line);
        line = end + 1;
        if (text == "  ]" || text == "  ],") break;
        if (!current.empty()) current += '\n';
        current += text;
        if (text == kElementClose || text == std::string(kElementClose) + ",") {
            if (current.back() == ',') current.pop_back();
            objects.push_back(std::move(current));
            current.clear();
        } else if (current.size() == text.size() && text != kElementOpen) {
            throw Error("the report has no findings in the layout of lexcheck's JSON reports");
        }
    }
    return objects;
}

reports::SincePrevious since_previous(const Delta& delta, std::optional<std::int64_t> previous,
                                      const std::string& recorded_at) {
    reports::SincePrevious s;
    s.run = previous;
    s.recorded_at = recorded_at;
    if (!previous) return s;
    for (const Change& c : delta.changes) {
        s.changes.push_back({std::string(change_kind_name(c.kind)), c.key().measure,
                             c.key().provision, side_text(c.before), side_text(c.after)});
        std::size_t& n = c.kind == ChangeKind::added     ? s.added
                         : c.kind == ChangeKind::removed ? s.removed
                                                         : s.changed;
        ++n;
    }
    s.unchanged = delta.unchanged;
    return s;
}

void write_delta(const Delta& delta, const DeltaSide& before, const DeltaSide& after,
                 const DeltaHeader& header, std::string_view format, std::ostream& out) {
    if (format == "json") {
        write_json(delta, before, after, header, out);
    } else if (format == "md" || format == "html") {
        write_table(delta, header, format == "html", out);
    } else {
        write_text(delta, out);
    }
}

}  // namespace lexcheck::audit
