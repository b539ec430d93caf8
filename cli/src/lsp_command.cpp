// `lexcheck lsp`: the language server for editors, on standard input and output
// (docs/editors.md). The server is lexcheck::lsp; this file gives it the workspace's rules and
// corpus (as every command finds them), `lexcheck fmt` and lint's solver proofs.
#include "app.hpp"
#include "command.hpp"
#include "fmt/format.hpp"
#include "project/project_file.hpp"

#include "lexcheck/analysis/lint_proofs.hpp"
#include "lexcheck/lsp/server.hpp"

#include <csignal>
#include <filesystem>
#include <iostream>

namespace lexcheck::cli {

namespace {

namespace fs = std::filesystem;

/// The rules and corpus of an editor's workspace folder: the command line's, else the
/// folder's lexcheck.toml, else its `rules/` and `corpus/`, else what the command would use
/// in the folder it was started in (lexcheck.toml there, or the shipped rules and corpus)
lsp::WorkspacePaths locate(const Options& o, const std::string& folder, std::ostream& err) {
    lsp::WorkspacePaths settled{o.rules, o.corpus};
    if (folder.empty() || o.rules_from == Origin::command_line ||
        o.corpus_from == Origin::command_line) {
        return settled;
    }
    std::error_code ec;
    fs::path toml = fs::path(folder) / project::kProjectFileName;
    if (fs::exists(toml, ec)) {
        auto project = project::load_project_file(toml.string(), err);
        return project ? lsp::WorkspacePaths{project->rules, project->corpus} : settled;
    }
    fs::path rules = fs::path(folder) / "rules", corpus = fs::path(folder) / "corpus";
    if (fs::is_directory(rules, ec) || fs::is_directory(corpus, ec)) {
        lsp::WorkspacePaths here;
        if (fs::is_directory(rules, ec)) here.rules = {rules.string()};
        if (fs::is_directory(corpus, ec)) here.corpus = {corpus.string()};
        return here;
    }
    return settled;
}

int run_lsp(const Options& options, std::ostream& out, std::ostream& err) {
    std::signal(SIGPIPE, SIG_IGN);     // a client that disappears ends the loop, not the process
    std::ios::sync_with_stdio(false);  // lets the server see whether more input is waiting
    lsp::ServerOptions server;
    server.locate = [&](const std::string& folder) { return locate(options, folder, err); };
    server.format = [](std::string_view text) { return fmt::format_source(text); };
    server.as_of = options.as_of;
    // `lexcheck lint`'s solver proofs: after each change's other diagnostics are out.
    server.slow_lint = [](const core::RuleSet& rules, core::DiagnosticSink& sink) {
        analysis::lint_proofs(rules, sink);
    };
    return lsp::serve(std::cin, out, std::move(server));
}

void define_lsp(CLI::App& c, Options& o) {
    add_input_options(c, o);
    add_as_of_option(c, o);
}

}  // namespace

Command lsp_command() {
    return {"lsp", "serve the Language Server Protocol on standard input and output, for editors",
            "lexcheck lsp --rules rules --corpus corpus", define_lsp, run_lsp};
}

}  // namespace lexcheck::cli
