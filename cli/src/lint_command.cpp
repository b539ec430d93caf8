// `lexcheck lint`: warnings exit 0, input errors exit 2.
#include "app.hpp"
#include "command.hpp"
#include "inputs.hpp"
#include "progress.hpp"

#include "lexcheck/analysis/lint_proofs.hpp"
#include "lexcheck/checker/lint.hpp"

#include <algorithm>
#include <ostream>

namespace lexcheck::cli {

namespace {

int run_lint(const Options& options, std::ostream& out, std::ostream& err) {
    Progress progress(Progress::mode_for(options.progress, err), err);
    auto in = load_inputs(options, err, &progress);
    if (!in) return kExitInputError;
    core::DiagnosticSink findings;
    progress.doing("linting");
    checker::lint(in->rules, in->corpus, findings);
    analysis::lint_proofs(in->rules, findings);  // the checks a solver decides (issue 17)
    progress.idle();
    print_diagnostics(in->sources, findings, out);
    auto all = findings.sorted(in->sources);
    std::size_t warnings = std::count_if(all.begin(), all.end(), [](const core::Diagnostic& d) {
        return d.severity == core::Severity::warning;
    });
    out << warnings << (warnings == 1 ? " warning, " : " warnings, ") << all.size() - warnings
        << (all.size() - warnings == 1 ? " note\n" : " notes\n");
    return kExitOk;
}

}  // namespace

Command lint_command() {
    return {"lint", "warn about rules that load but are probably not what you meant",
            "lexcheck lint --rules rules --corpus corpus", add_input_options, run_lint};
}

}  // namespace lexcheck::cli
