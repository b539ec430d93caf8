// `lexcheck history --db FILE`: the recorded runs, newest first (docs/audit.md).
#include "app.hpp"
#include "audit/db_options.hpp"
#include "audit/recorded_run.hpp"
#include "command.hpp"

#include "lexcheck/audit/history.hpp"

#include <CLI/CLI.hpp>

namespace lexcheck::cli {

namespace {

void define_history(CLI::App& c, Options& o) {
    add_db_option(c, o);
    add_format_option(c, o, {std::begin(audit::kHistoryFormats), std::end(audit::kHistoryFormats)});
}

int run_history(const Options& options, std::ostream& out, std::ostream& err) {
    try {
        audit::Database db(options.db, audit::Access::read);
        audit::write_history(db.runs(), options.format, out);
        return kExitOk;
    } catch (const audit::Error& e) {
        return report_audit_error(e, err);
    }
}

}  // namespace

Command history_command() {
    return {"history", "list the runs recorded in an audit database, newest first",
            "lexcheck history --db audit.db --format json", define_history, run_history};
}

}  // namespace lexcheck::cli
