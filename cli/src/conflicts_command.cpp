// `lexcheck conflicts` (issue 17, docs/remedies.md): what the solver proves about the rules on
// a date. Exit 0 whatever it finds (like lint), 2 on an input or usage error.
#include "app.hpp"
#include "command.hpp"
#include "inputs.hpp"
#include "output_file.hpp"
#include "progress.hpp"

#include "lexcheck/analysis/conflicts.hpp"
#include "lexcheck/reports/conflicts.hpp"

#include <CLI/CLI.hpp>

#include <ostream>

namespace lexcheck::cli {

namespace {

void define_conflicts(CLI::App& c, Options& o) {
    add_input_options(c, o);
    add_as_of_option(c, o);
    add_jurisdiction_option(c, o, "only the obligations of this State; repeat for more");
    add_format_option(c, o, reports::conflict_formats());
    add_output_option(c, o);
}

int run_conflicts(const Options& options, std::ostream& out, std::ostream& err) {
    Progress progress(Progress::mode_for(options.progress, err), err);
    auto in = load_inputs(options, err, &progress);
    if (!in) return kExitInputError;
    progress.doing("proving");
    analysis::ConflictOptions co;
    co.as_of = options.as_of.value_or(core::today());
    co.jurisdictions = options.jurisdictions;
    co.threads = options.threads;
    core::ConflictReport report = analysis::find_conflicts(in->rules, in->sources, co);
    progress.idle();
    auto produce = [&](std::ostream& o) {
        reports::write_conflicts(report, in->rules, in->sources, options.format, o);
    };
    return emit_output(options.output, produce, out, err) ? kExitOk : kExitInputError;
}

}  // namespace

Command conflicts_command() {
    return {"conflicts",
            "prove which provisions no measure can comply with at once, and which can never apply",
            "lexcheck conflicts --as-of 2024-01-01 --jurisdiction RU --format md", define_conflicts,
            run_conflicts};
}

}  // namespace lexcheck::cli
