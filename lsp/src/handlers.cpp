#include "handlers.hpp"

#include "completion.hpp"
#include "hover.hpp"
#include "index.hpp"
#include "yaml_context.hpp"

#include "lexcheck/core/ast_dump.hpp"
#include "lexcheck/parser/akn.hpp"
#include "lexcheck/parser/parse.hpp"

namespace lexcheck::lsp::detail {

namespace {

/// The document a request is about, and the byte offset of its `position`
struct Target {
    std::string path;
    std::optional<core::SourceId> file;  ///< In the analysis, when it was analysed
    std::string_view text;
    std::uint32_t offset = 0;
};

Target target(const RequestContext& c, const Json& params) {
    Target t;
    t.path = uri_to_path(params.at("textDocument").at("uri").get<std::string>());
    t.file = c.snapshot.find(t.path);
    if (auto doc = c.documents.find(t.path); doc != c.documents.end()) {
        t.text = doc->second.text;
    } else if (t.file) {
        t.text = c.snapshot.sources.text(*t.file);
    }
    if (params.contains("position")) {
        const Json& p = params.at("position");
        Position pos{p.at("line").get<std::uint32_t>(), p.at("character").get<std::uint32_t>()};
        t.offset = LineIndex(t.text).offset(pos);
    }
    return t;
}

std::optional<Occurrence> occurrence_at(const RequestContext& c, const Target& t) {
    if (!t.file) return std::nullopt;
    return c.snapshot.index().at(*t.file, t.offset);
}

core::Date as_of(const RequestContext& c) {
    return c.options.as_of.value_or(core::today());
}

/// The span of the Akoma Ntoso element a provision's `source` names, read with the parser
std::optional<core::SourceSpan> akn_element(const Snapshot& s, std::uint32_t provision) {
    const core::SourceLink& link = *s.rules.provisions[provision].source;
    if (link.resolved_path.empty()) return std::nullopt;
    auto file = s.find(absolute_path(link.resolved_path));
    if (!file) return std::nullopt;
    core::DiagnosticSink ignored;  // reported by the analysis already
    auto doc = parser::parse_akn_document(s.sources, *file, ignored);
    const core::AknElement* e = doc ? doc->find(link.eid.text) : nullptr;
    if (!e) return std::nullopt;
    return e->span;
}

Json markdown(const std::string& text) {
    return {{"kind", "markdown"}, {"value", text}};
}

/// The AST of a rule file's text, or nullopt when it does not parse
std::optional<std::string> parsed_dump(const std::string& path, std::string_view text) {
    core::SourceManager sources;
    core::SourceId id = sources.add(path, std::string(text));
    core::RuleSet rules;
    core::DiagnosticSink sink;
    parser::parse_rule_file(sources, id, rules, sink);
    if (sink.has_errors()) return std::nullopt;
    return core::dump_rule_set(rules, sources);
}

}  // namespace

Json hover(const RequestContext& c, const Json& params) {
    Target t = target(c, params);
    if (auto o = occurrence_at(c, t)) {
        return {{"contents", markdown(hover_text(c.snapshot, o->symbol, as_of(c)))},
                {"range", range_json(c.snapshot, o->span)}};
    }
    if (file_kind(t.path) != FileKind::measures) return nullptr;
    // A key under `facts:` names a fact (dotted, or nested under its first segments).
    std::string key = yaml_key_at(t.text, t.offset);
    YamlContext ctx = yaml_context(t.text, t.offset);
    if (key.empty() || !ctx.in_facts) return nullptr;
    const core::Schema& schema = c.snapshot.rules.schema;
    if (auto fact = schema.find_fact(ctx.fact_prefix + key))
        return {{"contents", markdown(fact_hover(c.snapshot, *fact))}};
    std::string group = ctx.fact_prefix + key + ".";
    std::string list;
    for (const core::FactInfo& f : schema.facts())
        if (f.path.compare(0, group.size(), group) == 0) list += "- `" + f.path + "`\n";
    if (list.empty()) return nullptr;
    return {{"contents", markdown("Facts under `" + ctx.fact_prefix + key + "`:\n\n" + list)}};
}

Json definition(const RequestContext& c, const Json& params) {
    Target t = target(c, params);
    auto o = occurrence_at(c, t);
    if (!o) return nullptr;
    Json out = Json::array();
    if (o->symbol.kind == SymbolKind::akn_element) {
        if (auto span = akn_element(c.snapshot, o->symbol.index))
            out.push_back(location_json(c.snapshot, *span));
        return out;
    }
    for (const Occurrence& d : c.snapshot.index().occurrences(o->symbol))
        if (d.declaration) out.push_back(location_json(c.snapshot, d.span));
    return out;
}

Json references(const RequestContext& c, const Json& params) {
    Target t = target(c, params);
    auto o = occurrence_at(c, t);
    if (!o) return nullptr;
    bool with_declaration =
        params.value("context", Json::object()).value("includeDeclaration", true);
    Json out = Json::array();
    for (const Occurrence& r : c.snapshot.index().occurrences(o->symbol))
        if (with_declaration || !r.declaration) out.push_back(location_json(c.snapshot, r.span));
    return out;
}

Json completion(const RequestContext& c, const Json& params) {
    Target t = target(c, params);
    std::vector<CompletionItem> items;
    if (file_kind(t.path) == FileKind::rules) items = complete_rules(c.snapshot, t.text, t.offset);
    if (file_kind(t.path) == FileKind::measures)
        items = complete_measures(c.snapshot, t.text, t.offset);
    Json out = Json::array();
    for (const CompletionItem& i : items) {
        Json item = {{"label", i.label}, {"kind", static_cast<int>(i.kind)}};
        if (!i.detail.empty()) item["detail"] = i.detail;
        out.push_back(std::move(item));
    }
    return {{"isIncomplete", false}, {"items", out}};
}

// The same policy as `lexcheck fmt`: only a file that parses is formatted, and only when
// the formatted text parses to the same AST.
Json formatting(const RequestContext& c, const Json& params) {
    Target t = target(c, params);
    if (file_kind(t.path) != FileKind::rules || !c.options.format) return Json::array();
    auto before = parsed_dump(t.path, t.text);
    if (!before) {
        throw RequestFailed{ErrorCode::request_failed,
                            "the file has errors; `lexcheck fmt` formats only files that parse"};
    }
    std::string formatted = c.options.format(t.text);
    if (formatted == t.text) return Json::array();
    if (parsed_dump(t.path, formatted) != before) {
        throw RequestFailed{ErrorCode::request_failed,
                            "formatting would change what the file means, so it was left as it "
                            "is; please report this as a bug in `lexcheck fmt`"};
    }
    LineIndex lines(t.text);
    Json end = {{"line", lines.position(static_cast<std::uint32_t>(t.text.size())).line},
                {"character", lines.position(static_cast<std::uint32_t>(t.text.size())).character}};
    Json range = {{"start", {{"line", 0}, {"character", 0}}}, {"end", end}};
    return Json::array({{{"range", range}, {"newText", formatted}}});
}

Json outline(const RequestContext& c, const Json& params) {
    Target t = target(c, params);
    if (!t.file) return Json::array();
    return document_symbols(c.snapshot, *t.file);
}

Json code_lens(const RequestContext& c, const Json& params) {
    Target t = target(c, params);
    Json out = Json::array();
    if (!t.file || file_kind(t.path) != FileKind::measures) return out;
    const Snapshot& s = c.snapshot;
    for (std::uint32_t i = 0; i < s.corpus.measures.size(); ++i) {
        const core::Measure& m = s.corpus.measures[i];
        if (m.span.file != *t.file) continue;
        out.push_back(
            {{"range", range_json(s, m.span)},
             {"command", {{"title", findings_summary(s, i, as_of(c))}, {"command", ""}}}});
    }
    return out;
}

}  // namespace lexcheck::lsp::detail
