#include "protocol.hpp"

#include "documents.hpp"

#include <algorithm>

namespace lexcheck::lsp::detail {

namespace {

Json position_json(Position p) {
    return {{"line", p.line}, {"character", p.character}};
}

/// LSP SymbolKind values used in the outline
enum class Outline : int {
    module = 2,
    namespace_ = 3,
    class_ = 5,
    field = 8,
    enum_ = 10,
    interface = 11,
    function = 12,
    object = 19,
    event = 24
};

Json symbol_json(const Snapshot& s, const std::string& name, Outline kind, core::SourceSpan whole,
                 core::SourceSpan name_span, const std::string& detail = {}) {
    // The outline wants the name inside the whole range; a declaration's span may be only
    // its head, so the range is the union of the two.
    core::SourceSpan range = whole.file == name_span.file ? whole : name_span;
    range.begin = std::min(range.begin, name_span.begin);
    range.end = std::max(range.end, name_span.end);
    Json j = {{"name", name.empty() ? std::string("?") : name},
              {"kind", static_cast<int>(kind)},
              {"range", range_json(s, range)},
              {"selectionRange", range_json(s, name_span)}};
    if (!detail.empty()) j["detail"] = detail;
    return j;
}

Json vocabulary_symbol(const Snapshot& s, const core::VocabularyDecl& v) {
    Json j = symbol_json(s, v.id.text, Outline::namespace_, v.span, v.id.span);
    j["children"] = Json::array();
    for (const core::EnumDecl& e : v.enums)
        j["children"].push_back(symbol_json(s, e.name.text, Outline::enum_, e.span, e.name.span));
    for (const core::FactDecl& f : v.facts) {
        j["children"].push_back(
            symbol_json(s, f.path.text, Outline::field, f.span, f.path.span, f.type.name.text));
    }
    return j;
}

}  // namespace

std::string dump(const Json& message) {
    return message.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json range_json(const Snapshot& s, core::SourceSpan span) {
    const LineIndex& lines = s.lines(span.file);
    return {{"start", position_json(lines.position(span.begin))},
            {"end", position_json(lines.position(std::max(span.begin, span.end)))}};
}

Json location_json(const Snapshot& s, core::SourceSpan span) {
    return {{"uri", path_to_uri(s.paths[span.file])}, {"range", range_json(s, span)}};
}

Json diagnostic_json(const Snapshot& s, const core::Diagnostic& d) {
    static constexpr int kSeverity[] = {1, 2, 3};  // error, warning, information
    std::string message = d.message;
    if (d.help) message += "\nhelp: " + *d.help;
    Json j = {{"range", range_json(s, *d.primary)},
              {"severity", kSeverity[static_cast<int>(d.severity)]},
              {"code", d.code},
              {"source", "lexcheck"},
              {"message", message}};
    if (!d.labels.empty()) {
        j["relatedInformation"] = Json::array();
        for (const core::Label& l : d.labels) {
            j["relatedInformation"].push_back(
                {{"location", location_json(s, l.span)}, {"message", l.text}});
        }
    }
    return j;
}

Json document_symbols(const Snapshot& s, core::SourceId file) {
    const core::RuleSet& r = s.rules;
    Json out = Json::array();
    auto here = [&](core::SourceSpan span) { return span.file == file; };
    for (const core::Instrument& i : r.instruments)
        if (here(i.id.span))
            out.push_back(symbol_json(s, i.id.text, Outline::module, i.span, i.id.span, i.title));
    for (const core::VocabularyDecl& v : r.vocabularies)
        if (here(v.id.span)) out.push_back(vocabulary_symbol(s, v));
    for (const core::Define& d : r.defines)
        if (here(d.name.span))
            out.push_back(symbol_json(s, d.name.text, Outline::function, d.span, d.name.span));
    for (const core::Provision& p : r.provisions)
        if (here(p.id.span))
            out.push_back(
                symbol_json(s, p.id.text, Outline::class_, p.span, p.id.span, p.cite.value_or("")));
    for (const core::Reading& reading : r.readings)
        if (here(reading.id.span))
            out.push_back(symbol_json(s, reading.id.text, Outline::interface, reading.span,
                                      reading.id.span, reading.position.value_or("")));
    for (const core::TestBlock& t : r.tests)
        if (here(t.span)) out.push_back(symbol_json(s, t.name, Outline::event, t.span, t.span));
    for (const core::Measure& m : s.corpus.measures)
        if (here(m.span))
            out.push_back(symbol_json(s, m.id, Outline::object, m.span, m.span, m.cite));
    std::stable_sort(out.begin(), out.end(), [](const Json& a, const Json& b) {
        const Json& x = a["range"]["start"];
        const Json& y = b["range"]["start"];
        return std::make_pair(x["line"].get<int>(), x["character"].get<int>()) <
               std::make_pair(y["line"].get<int>(), y["character"].get<int>());
    });
    return out;
}

}  // namespace lexcheck::lsp::detail
