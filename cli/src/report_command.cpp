// `lexcheck report --db FILE --run ID --format FMT`: a recorded run's report, rendered from
// its stored findings and inputs; byte-identical to the report the run wrote in that format
// (docs/audit.md).
#include "app.hpp"
#include "audit/db_options.hpp"
#include "audit/recorded_run.hpp"
#include "command.hpp"
#include "output_file.hpp"

#include "lexcheck/audit/findings_codec.hpp"

#include <CLI/CLI.hpp>

#include <ostream>

namespace lexcheck::cli {

namespace {

void define_report(CLI::App& c, Options& o) {
    add_run_options(c, o);
    add_format_option(c, o, reports::reporter_formats());
    c.add_option_function<std::string>(
         "-o,--output", [&o](const std::string& v) { o.output = v; },
         "write the report into FILE, whole or not at all (default: standard output)")
        ->type_name("FILE");
}

int run_report(const Options& options, std::ostream& out, std::ostream& err) {
    auto reporter = reports::make_reporter(options.format, options.threads);
    try {
        audit::Database db(options.db, audit::Access::read);
        audit::StoredRun run = db.load(options.run);
        Options recorded = options_of(run);
        recorded.threads = options.threads;
        auto inputs = load_recorded_inputs(run, recorded, err);
        if (!inputs) return kExitInputError;
        checker::CheckResult result =
            audit::decode_findings(run.findings, inputs->rules, inputs->corpus, inputs->sources);
        reports::Report report{inputs->sources,
                               inputs->rules,
                               inputs->corpus,
                               result,
                               input_files(*inputs, options.threads),
                               recorded.jurisdictions,
                               timestamp_of(run)};
        auto produce = [&](std::ostream& o) { reporter->write(report, o); };
        if (!options.output) {
            produce(out);
            return kExitOk;
        }
        std::string problem = write_output(*options.output, produce);
        if (problem.empty()) return kExitOk;
        err << "lexcheck: error: " << problem << "\n";
        return kExitInputError;
    } catch (const audit::Error& e) {
        return report_audit_error(e, err);
    }
}

}  // namespace

Command report_command() {
    return {"report", "write the report of a recorded run again, in any format",
            "lexcheck report --db audit.db --run 3 --format html --output report-3.html",
            define_report, run_report};
}

}  // namespace lexcheck::cli
