// parse_measure_file: a YAML, JSON or JSON Lines file of measures (LANGUAGE.md §4, §6).
#include "json/measure_json.hpp"
#include "yaml/context.hpp"
#include "yaml/fast_measures.hpp"
#include "yaml/fast_reader.hpp"
#include "yaml/locator.hpp"
#include "yaml/measure_reader.hpp"
#include "yaml/stray_comma.hpp"

#include "lexcheck/parser/measures.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <string>

namespace lexcheck::parser {

namespace {

using detail::YamlContext;

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void syntax_error(const YamlContext& ctx, const YAML::Mark& mark, const std::string& what) {
    // yaml-cpp messages are already lowercase sentence fragments ("illegal map value").
    ctx.sink.error("yaml_syntax_error", ctx.at.point(mark), "malformed yaml: " + what);
}

class FileReader {
public:
    explicit FileReader(const YamlContext& ctx) : ctx_(ctx) {}

    void add(std::optional<detail::ReadMeasure> read) {
        if (!read) return;
        const std::string& id = read->measure.id;
        auto [first, inserted] = first_span_.emplace(id, read->measure.span);
        if (!inserted) {
            core::Diagnostic d;
            d.code = "yaml_duplicate_measure";
            d.message = "measure id `" + id + "` is used twice";
            d.primary = read->measure.span;
            d.labels.push_back({first->second, "first used here"});
            d.help = "measure ids must be unique across the whole corpus";
            ctx_.sink.report(std::move(d));
            return;
        }
        detail::append_measure(std::move(*read), out_);
    }

    // A YAML (or JSON) document: `document:` defaults and a `measures:` list
    void read_document_root(const YAML::Node& root) {
        if (root.IsNull()) return;  // an empty file holds no measures
        if (!root.IsMap()) {
            ctx_.error("yaml_schema_error", root,
                       "a measure file must be a map with `measures`, found " +
                           detail::describe_node(root),
                       "write `measures:` followed by a list of measures");
            return;
        }
        detail::MeasureDefaults defaults;
        YAML::Node measures;
        for (auto it = root.begin(); it != root.end(); ++it) {
            std::string name = it->first.IsScalar() ? it->first.Scalar() : std::string();
            if (name == "document") {
                defaults = detail::read_document(ctx_, it->second);
            } else if (name == "measures") {
                measures.reset(it->second);
            } else {
                detail::unknown_key(ctx_, it->first, "a measure file", {"document", "measures"});
            }
        }
        if (!measures.IsDefined() || measures.IsNull()) return;
        if (!measures.IsSequence()) {
            ctx_.error("yaml_schema_error", measures,
                       "`measures` must be a list, found " + detail::describe_node(measures),
                       "start each measure with `- id: …`");
            return;
        }
        for (const YAML::Node& m : measures) add(detail::read_measure(ctx_, m, defaults));
    }

    MeasureFile take() { return std::move(out_); }

private:
    const YamlContext& ctx_;
    MeasureFile out_;
    std::map<std::string, core::SourceSpan> first_span_;
};

void read_yaml(const YamlContext& ctx, std::string_view text, FileReader& reader) {
    if (auto comma = detail::comma_opening_a_document(text)) {
        auto at = static_cast<std::uint32_t>(*comma);
        ctx.sink.error("yaml_syntax_error", {ctx.at.file(), at, at + 1},
                       "malformed yaml: a document cannot start with `,`",
                       "remove the comma, or write the list in brackets: `[a, b]`");
        return;
    }
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(std::string(text));
    } catch (const YAML::Exception& e) {
        syntax_error(ctx, e.mark, e.msg);
        return;
    }
    for (const YAML::Node& doc : documents) reader.read_document_root(doc);
}

// JSON Lines: every non-blank line is one measure object (no `document` defaults)
void read_json_lines(const YamlContext& ctx, detail::YamlLocator& locator, std::string_view text,
                     FileReader& reader) {
    std::uint32_t line = 0;
    for (std::size_t start = 0; start < text.size(); ++line) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view record = text.substr(start, end - start);
        start = end + 1;
        if (record.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        locator.set_base_line(line);
        YAML::Node node;
        try {
            node = YAML::Load(std::string(record));
        } catch (const YAML::Exception& e) {
            syntax_error(ctx, e.mark, e.msg);
            continue;
        }
        reader.add(detail::read_measure(ctx, node, {}));
    }
}

}  // namespace

MeasureFile parse_measure_file(const core::SourceManager& sources, core::SourceId file,
                               const core::Schema& schema, core::DiagnosticSink& sink) {
    // Machine-written JSON takes the simdjson fast path and block-style YAML the fast YAML
    // reader; both give up on anything they would have to report, and yaml-cpp then reads
    // the file and reports it (docs/performance.md).
    bool jsonl = ends_with(sources.path(file), ".jsonl");
    if (jsonl || ends_with(sources.path(file), ".json")) {
        if (auto fast = detail::parse_json_measure_file(sources, file, schema, jsonl))
            return std::move(*fast);
    } else if (auto fast = detail::parse_measure_file_fast_yaml(sources, file, schema)) {
        return std::move(*fast);
    }
    return detail::parse_measure_file_yaml_cpp(sources, file, schema, sink);
}

namespace detail {

std::optional<MeasureFile> parse_measure_file_fast_yaml(const core::SourceManager& sources,
                                                        core::SourceId file,
                                                        const core::Schema& schema) {
    thread_local FastTree tree;  // its capacity is reused from file to file
    std::optional<MeasureFile> out;
    if (read_fast_yaml(sources.text(file), tree)) out = read_fast_measures(tree, file, schema);
    // Keep what a file of a few thousand measures needs, not what one huge file needed.
    constexpr std::size_t kKeptNodes = std::size_t{1} << 18;
    if (tree.nodes.capacity() > kKeptNodes) tree = FastTree{};
    return out;
}

MeasureFile parse_measure_file_yaml_cpp(const core::SourceManager& sources, core::SourceId file,
                                        const core::Schema& schema, core::DiagnosticSink& sink) {
    std::string_view text = sources.text(file);
    YamlLocator locator(file, text);
    YamlContext ctx{schema, locator, sink};
    FileReader reader(ctx);
    try {
        if (ends_with(sources.path(file), ".jsonl")) {
            read_json_lines(ctx, locator, text, reader);
        } else {
            read_yaml(ctx, text, reader);
        }
    } catch (const YAML::Exception& e) {
        // Reading a node the wrong way is a bug here, but the user still gets a position.
        syntax_error(ctx, e.mark, e.msg);
    }
    return reader.take();
}

}  // namespace detail

}  // namespace lexcheck::parser
