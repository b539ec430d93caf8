#include "source_changes.hpp"

#include "html_escape.hpp"
#include "json_text.hpp"
#include "markdown_escape.hpp"

namespace lexcheck::reports::detail {

namespace {

/// "measure `X`: `EID` in `FILE`"
std::string subject(const SourceChange& c) {
    return std::string(c.provision ? "provision" : "measure") + " `" + c.id + "`: `" + c.eid +
           "` in `" + c.akn + "`";
}

/// The runs of the change's diff, each wrapped by `wrap(kind, text)`, joined by spaces
template <class Wrap>
std::string marked(const SourceChange& c, Wrap wrap) {
    std::string out;
    for (const WordRun& run : word_diff(c.locked, c.current)) {
        if (!out.empty()) out += ' ';
        out += wrap(run.kind, run.text);
    }
    return out;
}

}  // namespace

void write_text_source_changes(const Report& r, std::ostream& out) {
    if (r.source_changes.empty()) return;
    out << "\nSource texts changed since the lock (" << r.source_changes.size() << ")\n";
    for (const SourceChange& c : r.source_changes) {
        out << "  " << subject(c) << "\n      "
            << marked(c,
                      [](WordRun::Kind k, const std::string& t) {
                          if (k == WordRun::Kind::removed) return "[-" + t + "-]";
                          if (k == WordRun::Kind::added) return "{+" + t + "+}";
                          return t;
                      })
            << "\n";
    }
}

void write_markdown_source_changes(const Report& r, std::ostream& out) {
    if (r.source_changes.empty()) return;
    out << "\n## Source texts changed since the lock\n\nRemoved words are struck through, "
           "added words are bold.\n\n";
    for (const SourceChange& c : r.source_changes) {
        out << "- " << (c.provision ? "provision " : "measure ") << md_code(c.id) << ": "
            << md_code(c.eid) << " in " << md_code(c.akn) << ": "
            << marked(c,
                      [](WordRun::Kind k, const std::string& t) {
                          if (k == WordRun::Kind::removed) return "~~" + md_escape(t) + "~~";
                          if (k == WordRun::Kind::added) return "**" + md_escape(t) + "**";
                          return md_escape(t);
                      })
            << "\n";
    }
}

void write_html_source_changes(const Report& r, std::ostream& out) {
    if (r.source_changes.empty()) return;
    out << "<section id=\"source-changes\">\n<h2>Source texts changed since the lock</h2>\n<ul>\n";
    for (const SourceChange& c : r.source_changes) {
        out << "<li>" << html_escape(subject(c)) << "<p>"
            << marked(c,
                      [](WordRun::Kind k, const std::string& t) {
                          if (k == WordRun::Kind::removed)
                              return "<del>" + html_escape(t) + "</del>";
                          if (k == WordRun::Kind::added) return "<ins>" + html_escape(t) + "</ins>";
                          return html_escape(t);
                      })
            << "</p></li>\n";
    }
    out << "</ul>\n</section>\n";
}

void write_json_source_changes(const Report& r, std::string& out) {
    if (r.source_changes.empty()) return;
    out += "\n  \"source_changes\": [";
    bool first = true;
    for (const SourceChange& c : r.source_changes) {
        out += first ? "\n    {\n      \"id\": " : ",\n    {\n      \"id\": ";
        first = false;
        append_json_string(out, c.id);
        out += ",\n      \"kind\": ";
        append_json_string(out, c.provision ? "provision" : "measure");
        out += ",\n      \"akn\": ";
        append_json_string(out, c.akn);
        out += ",\n      \"eId\": ";
        append_json_string(out, c.eid);
        out += ",\n      \"locked\": ";
        append_json_string(out, c.locked);
        out += ",\n      \"current\": ";
        append_json_string(out, c.current);
        out += ",\n      \"diff\": [";
        bool first_run = true;
        for (const WordRun& run : word_diff(c.locked, c.current)) {
            out += first_run ? "\n        {\"kind\": " : ",\n        {\"kind\": ";
            first_run = false;
            append_json_string(out, word_run_kind_name(run.kind));
            out += ", \"text\": ";
            append_json_string(out, run.text);
            out += "}";
        }
        out += first_run ? "]\n    }" : "\n      ]\n    }";
    }
    out += "\n  ],";
}

}  // namespace lexcheck::reports::detail
