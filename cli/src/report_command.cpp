// `lexcheck report --db FILE --run ID --format FMT`: a recorded run's report, rendered from
// its stored findings and inputs; byte-identical to the report the run wrote in that format
// (docs/audit.md).
#include "app.hpp"
#include "audit/db_options.hpp"
#include "audit/recorded_run.hpp"
#include "command.hpp"
#include "output_file.hpp"

#include "lexcheck/audit/findings_codec.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/core/version.hpp"

#include <CLI/CLI.hpp>

#include <ostream>
#include <sstream>

namespace lexcheck::cli {

namespace {

void define_report(CLI::App& c, Options& o) {
    add_run_options(c, o);
    add_format_option(c, o, reports::reporter_formats());
    add_output_option(c, o);
}

/// The report of the run's own format is checked against the digest the run recorded
void warn_if_not_as_written(const audit::RunInfo& run, const std::string& format,
                            const std::string& rendered, std::ostream& err) {
    if (format != run.report_format || !run.report_sha256) return;
    std::string digest = core::sha256_hex(rendered);
    if (digest == *run.report_sha256) return;
    err << "lexcheck: warning: this report differs from the one run " << run.id
        << " wrote (SHA-256 " << *run.report_sha256 << ", now " << digest
        << "); the run was recorded by lexcheck " << run.version << ", this is " << core::version()
        << "\n";
}

int run_report(const Options& options, std::ostream& out, std::ostream& err) {
    try {
        audit::Database db(options.db, audit::Access::read);
        audit::StoredRun run = db.load(options.run);
        std::optional<std::string> rendered =
            render_recorded(db, run, options.format, options.threads, err);
        if (!rendered) return kExitInputError;
        warn_if_not_as_written(run.info, options.format, *rendered, err);
        auto produce = [&](std::ostream& o) { o << *rendered; };
        return emit_output(options.output, produce, out, err) ? kExitOk : kExitInputError;
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
