// `lexcheck lsp` (issue 22): from a change to a rule file to its published diagnostics, on
// the shipped rule set and corpus (parse, resolve, link the Akoma Ntoso sources, read the
// corpus, lint, publish). Reproduce: see docs/performance.md, "Editor support".
#include "lexcheck/analysis/lint_proofs.hpp"
#include "lexcheck/lsp/server.hpp"

#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

namespace {

using namespace lexcheck;

const std::string kRoot = LEXCHECK_SOURCE_DIR;
const std::string kUri = "file://" + kRoot + "/rules/eaeu/art97.lex";

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string notification(const char* method, nlohmann::json params) {
    return nlohmann::json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}}
        .dump();
}

std::string change(const std::string& text, int version) {
    return notification("textDocument/didChange",
                        {{"textDocument", {{"uri", kUri}, {"version", version}}},
                         {"contentChanges", nlohmann::json::array({{{"text", text}}})}});
}

/// A session with the shipped rules open; `proofs`: with lint's solver proofs, as
/// `lexcheck lsp` runs them (after the other diagnostics)
lsp::Session& opened_session(bool proofs) {
    static lsp::Session* sessions[2] = {};
    lsp::Session*& session = sessions[proofs];
    if (!session)
        session = [proofs] {
            lsp::ServerOptions options;
            if (proofs) {
                options.slow_lint = [](const core::RuleSet& rules, core::DiagnosticSink& sink) {
                    analysis::lint_proofs(rules, sink);
                };
            }
            options.locate = [](const std::string&) {
                return lsp::WorkspacePaths{{kRoot + "/rules"}, {kRoot + "/corpus"}};
            };
            auto* s = new lsp::Session(std::move(options));
            s->handle(
                R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}})");
            s->handle(notification("textDocument/didOpen",
                                   {{"textDocument",
                                     {{"uri", kUri},
                                      {"languageId", "lex"},
                                      {"version", 1},
                                      {"text", read_text(kRoot + "/rules/eaeu/art97.lex")}}}}));
            if (s->idle().empty()) throw std::runtime_error("no diagnostics published");
            while (s->idle_pending()) s->idle();
            return s;
        }();
    return *session;
}

// One keystroke: the document changes (a comment grows or shrinks, so diagnostics move
// between versions) and the server analyses and publishes.
void BM_DiagnosticsAfterChange(benchmark::State& state) {
    lsp::Session& session = opened_session(false);
    std::string text = read_text(kRoot + "/rules/eaeu/art97.lex");
    std::string a = change(text, 2), b = change("// x\n" + text, 3);
    std::size_t messages = 0;
    bool flip = false;
    for (auto _ : state) {
        session.handle((flip = !flip) ? a : b);
        messages += session.idle().size();
    }
    benchmark::DoNotOptimize(messages);
    state.counters["published"] =
        benchmark::Counter(static_cast<double>(messages), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_DiagnosticsAfterChange)->Unit(benchmark::kMillisecond);

// The same change, then lint's solver proofs (Z3) and their publication: the time until the
// last diagnostic of a change is out.
void BM_DiagnosticsAndProofsAfterChange(benchmark::State& state) {
    lsp::Session& session = opened_session(true);
    std::string text = read_text(kRoot + "/rules/eaeu/art97.lex");
    std::string a = change(text, 2), b = change("// x\n" + text, 3);
    bool flip = false;
    for (auto _ : state) {
        session.handle((flip = !flip) ? a : b);
        while (session.idle_pending()) benchmark::DoNotOptimize(session.idle());
    }
}
BENCHMARK(BM_DiagnosticsAndProofsAfterChange)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
