// `lexcheck fmt [--check] FILE...` (LANGUAGE.md §6, docs/fmt.md).
#include "app.hpp"
#include "command.hpp"
#include "fmt/format.hpp"
#include "inputs.hpp"
#include "output_file.hpp"

#include "lexcheck/core/ast_dump.hpp"
#include "lexcheck/parser/parse.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <ostream>

namespace lexcheck::cli {

namespace {

std::optional<std::string> read_input(const std::string& path) {
    try {
        if (path == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
        std::ifstream in(path, std::ios::binary);
        if (!in) return std::nullopt;
        std::string text(std::istreambuf_iterator<char>(in), {});
        if (in.bad()) return std::nullopt;
        return text;
    } catch (const std::ios_base::failure&) {  // E.g. reading a folder
        return std::nullopt;
    }
}

// As gofmt: a folder stands for every *.lex file under it, in sorted order.
std::vector<std::string> expand_folders(const std::vector<std::string>& paths) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (path == "-" || !fs::is_directory(path, ec)) {
            files.push_back(path);
            continue;
        }
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(path, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (it->is_regular_file(ec) && it->path().extension() == ".lex") {
                found.push_back(it->path().lexically_normal().generic_string());
            }
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

enum class FileResult { unchanged, changed, error };

/// What a file named on the command line is, when it is not a rule file: `fmt` would
/// otherwise report its first line as a grammar error
std::optional<std::string> other_kind(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    if (ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".jsonl") {
        return "a measure file";
    }
    if (ext == ".xml") return "an Akoma Ntoso document";
    return std::nullopt;
}

// The AST of `text`, or nullopt when it has errors (and then they are in `sink`)
std::optional<std::string> parse_to_dump(core::SourceManager& sources, const std::string& path,
                                         const std::string& text, core::DiagnosticSink& sink) {
    core::SourceId id = sources.add(path, text);
    core::RuleSet rules;
    parser::parse_rule_file(sources, id, rules, sink);
    if (sink.has_errors()) return std::nullopt;
    return core::dump_rule_set(rules, sources);
}

// A file is only ever rewritten when it parses: a layout of a broken file could move the
// problem somewhere the author no longer recognises.
FileResult format_file(const std::string& path, bool check_only, std::ostream& out,
                       std::ostream& err) {
    if (auto kind = other_kind(path)) {
        err << "lexcheck: error: `" << path << "` is " << *kind
            << "; `lexcheck fmt` formats rule files (.lex) only\n";
        return FileResult::error;
    }
    auto text = read_input(path);
    if (!text) {
        err << "lexcheck: error: cannot read `" << path << "`\n";
        return FileResult::error;
    }
    core::SourceManager sources;
    core::DiagnosticSink sink;
    std::string shown = path == "-" ? "<stdin>" : path;
    auto before = parse_to_dump(sources, shown, *text, sink);
    if (!before) {
        print_diagnostics(sources, sink, err);
        return FileResult::error;
    }
    std::string formatted = fmt::format_source(*text);
    // The printer only moves whitespace, but a file is worth a second parse: refuse to
    // write anything whose AST differs from the original.
    core::DiagnosticSink check_sink;
    if (formatted != *text && parse_to_dump(sources, shown, formatted, check_sink) != before) {
        err << "lexcheck: error: `" << shown
            << "`: formatting would change what the file means, so "
            << "it was left as it is; please report this as a bug in `lexcheck fmt`\n";
        return FileResult::error;
    }
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

void define_fmt(CLI::App& c, Options& o) {
    c.add_option("FILE", o.files,
                 "a rule file (.lex), a folder (every .lex file under it), or - for standard "
                 "input")
        ->type_name("")
        ->required();
    c.add_flag("--check", o.check_only, "change nothing; list the files fmt would change");
}

int run_fmt(const Options& options, std::ostream& out, std::ostream& err) {
    bool any_error = false, any_change = false;
    for (const std::string& path : expand_folders(options.files)) {
        FileResult r = format_file(path, options.check_only, out, err);
        any_error = any_error || r == FileResult::error;
        any_change = any_change || r == FileResult::changed;
    }
    if (any_error) return kExitInputError;
    return options.check_only && any_change ? kExitFindings : kExitOk;
}

}  // namespace

Command fmt_command() {
    return {"fmt", "rewrite rule files in the standard layout (docs/fmt.md)",
            "lexcheck fmt --check rules", define_fmt, run_fmt};
}

}  // namespace lexcheck::cli
