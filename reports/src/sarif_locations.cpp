#include "sarif_locations.hpp"

#include "hex_escape.hpp"

#include <algorithm>

namespace lexcheck::reports::detail {

std::string uri_of(std::string_view path) {
    std::string out;
    append_hex_escaped(
        out, path,
        [](char c) {
            return ascii_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        },
        '%', "0123456789ABCDEF");
    return out;
}

void message(JsonWriter& w, const std::string& text) {
    w.key("message");
    w.begin_object();
    w.member("text", text);
    w.end_object();
}

void physical_location(JsonWriter& w, const Report& r, core::SourceSpan span) {
    const std::string& path = r.sources.path(span.file);
    w.key("physicalLocation");
    w.begin_object();
    w.key("artifactLocation");
    w.begin_object();
    w.member("uri", uri_of(path));
    auto in = std::lower_bound(r.inputs.begin(), r.inputs.end(), path,
                               [](const InputFile& f, const std::string& p) { return f.path < p; });
    if (in != r.inputs.end() && in->path == path) {
        w.member("index", static_cast<std::uint64_t>(in - r.inputs.begin()));
    }
    w.end_object();
    core::LineCol begin = r.sources.line_col(span.file, span.begin);
    w.key("region");
    w.begin_object();
    w.member("startLine", begin.line);
    w.member("startColumn", begin.column);
    if (span.end > span.begin) {
        core::LineCol end = r.sources.line_col(span.file, span.end);
        w.member("endLine", end.line);
        w.member("endColumn", end.column);
    }
    w.end_object();
    w.end_object();
}

void logical_location(JsonWriter& w, const std::string& name, const char* kind) {
    w.key("logicalLocations");
    w.begin_array();
    w.begin_object();
    w.member("name", name);
    w.member("kind", kind);
    w.end_object();
    w.end_array();
}

}  // namespace lexcheck::reports::detail
