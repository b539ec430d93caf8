// `lexcheck fmt [--check] FILE...` (LANGUAGE.md §6, docs/fmt.md).
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <ostream>

#include "app.hpp"
#include "commands.hpp"
#include "fmt/format.hpp"
#include "inputs.hpp"
#include "lexcheck/parser/parse.hpp"
#include "output_file.hpp"

namespace lexcheck::cli {

namespace {

std::optional<std::string> read_input(const std::string& path) {
    if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string text(std::istreambuf_iterator<char>(in), {});
    if (in.bad()) return std::nullopt;
    return text;
}

enum class FileResult { unchanged, changed, error };

// A file is only ever rewritten when it parses: a layout of a broken file could move the
// problem somewhere the author no longer recognises.
FileResult format_file(const std::string& path, bool check_only, std::ostream& out, std::ostream& err) {
    auto text = read_input(path);
    if (!text) {
        err << "lexcheck: error: cannot read `" << path << "`\n";
        return FileResult::error;
    }
    core::SourceManager sources;
    core::SourceId id = sources.add(path == "-" ? "<stdin>" : path, *text);
    core::RuleSet scratch;
    core::DiagnosticSink sink;
    parser::parse_rule_file(sources, id, scratch, sink);
    if (sink.has_errors()) {
        print_diagnostics(sources, sink, err);
        return FileResult::error;
    }
    std::string formatted = fmt::format_source(*text);
    bool changed = formatted != *text;
    if (check_only) {
        if (changed) out << path << "\n";
    } else if (path == "-") {
        out << formatted;
    } else if (changed) {
        std::string problem = write_output(path, [&](std::ostream& o) { o << formatted; });
        if (!problem.empty()) {
            err << "lexcheck: error: " << problem << "\n";
            return FileResult::error;
        }
    }
    return changed ? FileResult::changed : FileResult::unchanged;
}

}  // namespace

int run_fmt(const Options& options, std::ostream& out, std::ostream& err) {
    bool any_error = false, any_change = false;
    for (const std::string& path : options.files) {
        FileResult r = format_file(path, options.check_only, out, err);
        any_error = any_error || r == FileResult::error;
        any_change = any_change || r == FileResult::changed;
    }
    if (any_error) return kExitInputError;
    return options.check_only && any_change ? kExitFindings : kExitOk;
}

}  // namespace lexcheck::cli
