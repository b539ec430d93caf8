// The JSON of a delta (LANGUAGE.md §12; docs/json-format.md): findings quoted as the JSON
// report writes them, indented for their place.
#include "json_text.hpp"
#include "render_common.hpp"
#include "source_changes.hpp"

#include "lexcheck/core/version.hpp"

#include <ostream>

namespace lexcheck::delta::detail {

namespace {

using reports::detail::append_json_string;

/// A report's finding object, one level deeper: two more spaces after every line break (a
/// JSON string holds no raw line break, so only the layout moves)
void quote_finding(std::string& out, const Side& side, const std::optional<std::size_t>& i) {
    if (!i) {
        out += "null";
        return;
    }
    for (char c : side.findings[*i].json) {
        out += c;
        if (c == '\n') out += "  ";
    }
}

}  // namespace

void write_json(const Header& h, const Side& before, const Side& after, const Delta& d,
                std::ostream& o) {
    std::string out = "{\n  \"tool\": \"lexcheck\",\n  \"version\": ";
    append_json_string(out, core::version());
    out += ",\n  \"as_of\": ";
    append_json_string(out, core::format_date(h.as_of));
    out += ",\n  ";
    reports::detail::append_json_inputs(out, h.inputs);
    out += ",\n  \"summary\": {\n    \"added\": " + std::to_string(d.added) +
           ",\n    \"removed\": " + std::to_string(d.removed) +
           ",\n    \"changed\": " + std::to_string(d.changed) +
           ",\n    \"unchanged\": " + std::to_string(d.unchanged) + "\n  },";
    reports::detail::write_json_source_changes(h.source_changes, out);
    out += "\n  \"changes\": [";
    for (std::size_t i = 0; i < d.changes.size(); ++i) {
        const Change& c = d.changes[i];
        out += i == 0 ? "\n    {\n      \"kind\": " : ",\n    {\n      \"kind\": ";
        append_json_string(out, kind_name(c.kind));
        out += ",\n      \"measure\": ";
        append_json_string(out, c.measure);
        out += ",\n      \"provision\": ";
        append_json_string(out, c.provision);
        out += ",\n      \"before\": ";
        quote_finding(out, before, c.before);
        out += ",\n      \"after\": ";
        quote_finding(out, after, c.after);
        out += "\n    }";
        if (out.size() > (1u << 20)) {
            o << out;
            out.clear();
        }
    }
    out += d.changes.empty() ? "]\n}\n" : "\n  ]\n}\n";
    o << out;
}

}  // namespace lexcheck::delta::detail
