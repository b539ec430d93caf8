// parse_measure_file: a YAML, JSON or JSON Lines file of measures (LANGUAGE.md §4, §6). A tree
// builder parses the file (tree.hpp) and the one measure reader (reader/reader.hpp) reads its
// measures. Machine-written JSON takes simdjson and block-style YAML the fast YAML reader;
// both give up on anything they would have to report, and yaml-cpp then reads the file and
// the reader reports it, positions included (docs/measures.md, docs/performance.md).
#include "json/json_tree.hpp"
#include "reader/policies.hpp"
#include "reader/reader.hpp"
#include "readers.hpp"
#include "yaml/fast_reader.hpp"
#include "yaml/yaml_cpp_tree.hpp"

#include "lexcheck/parser/measures.hpp"

#include <string_view>

namespace lexcheck::parser {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_json_lines(const core::SourceManager& sources, core::SourceId file) {
    return ends_with(sources.path(file), ".jsonl");
}

/// The tree of the file being read on this thread; its capacity is reused from file to file
detail::Tree& thread_tree() {
    thread_local detail::Tree tree;
    return tree;
}

/// Keeps what a file of a few thousand measures needs, not what one huge file needed
void trim(detail::Tree& tree) {
    constexpr std::size_t kKeptNodes = std::size_t{1} << 18;
    if (tree.nodes.capacity() > kKeptNodes) tree = detail::Tree{};
}

/// The fast reading of a tree already built, or nullopt where it gives up
std::optional<MeasureFile> read_giving_up(const detail::Tree& tree, const core::Schema& schema,
                                          bool json_lines) {
    try {
        return detail::MeasureReader(tree, schema, detail::GiveUpOnProblems{}).read(json_lines);
    } catch (const detail::GiveUp&) {
        return std::nullopt;
    }
}

}  // namespace

MeasureFile parse_measure_file(const core::SourceManager& sources, core::SourceId file,
                               const core::Schema& schema, core::DiagnosticSink& sink) {
    std::string_view path = sources.path(file);
    std::optional<MeasureFile> fast =
        ends_with(path, ".json") || ends_with(path, ".jsonl")
            ? detail::parse_measure_file_json(sources, file, schema)
            : detail::parse_measure_file_fast_yaml(sources, file, schema);
    if (fast) return std::move(*fast);
    return detail::parse_measure_file_yaml_cpp(sources, file, schema, sink);
}

namespace detail {

std::optional<MeasureFile> parse_measure_file_fast_yaml(const core::SourceManager& sources,
                                                        core::SourceId file,
                                                        const core::Schema& schema) {
    Tree& tree = thread_tree();
    std::optional<MeasureFile> out;
    if (read_fast_yaml(sources.text(file), file, tree)) out = read_giving_up(tree, schema, false);
    trim(tree);
    return out;
}

std::optional<MeasureFile> parse_measure_file_json(const core::SourceManager& sources,
                                                   core::SourceId file,
                                                   const core::Schema& schema) {
    Tree& tree = thread_tree();
    bool json_lines = is_json_lines(sources, file);
    std::optional<MeasureFile> out;
    if (read_json(sources.text(file), file, json_lines, tree))
        out = read_giving_up(tree, schema, json_lines);
    trim(tree);
    return out;
}

MeasureFile parse_measure_file_yaml_cpp(const core::SourceManager& sources, core::SourceId file,
                                        const core::Schema& schema, core::DiagnosticSink& sink) {
    Tree& tree = thread_tree();
    bool json_lines = is_json_lines(sources, file);
    read_yaml_cpp(sources.text(file), file, json_lines, tree, sink);
    MeasureFile out = MeasureReader(tree, schema, ReportProblems(sink)).read(json_lines);
    trim(tree);
    return out;
}

}  // namespace detail

}  // namespace lexcheck::parser
