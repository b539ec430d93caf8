// `lexcheck check` (LANGUAGE.md §6).
#include "app.hpp"
#include "audit/recorded_run.hpp"
#include "command.hpp"
#include "inputs.hpp"
#include "output_file.hpp"

#include "lexcheck/audit/database.hpp"
#include "lexcheck/audit/findings_codec.hpp"
#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/core/value.hpp"

#include <CLI/CLI.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <ostream>
#include <sstream>

#include <unistd.h>

namespace lexcheck::cli {

namespace {

std::string utc_timestamp() {
    auto now = std::chrono::system_clock::now();
    std::time_t t = std::chrono::system_clock::to_time_t(now);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    return buf;
}

void define_check(CLI::App& c, Options& o) {
    add_input_options(c, o);
    add_as_of_option(c, o);
    add_repeatable_option(c, "--jurisdiction", o.jurisdictions, "STATE",
                          "only the measures of this State; repeat for more")
        ->check(value_check([](const std::string& v) -> std::string {
            if (core::is_state_code(v)) return "";
            return "`" + v + "` is not a state code; write two capital letters, e.g. RU";
        }));
    add_format_option(c, o, reports::reporter_formats());
    c.add_option_function<std::string>(
         "-o,--output", [&o](const std::string& v) { o.output = v; },
         "write the report into FILE, whole or not at all (default: standard output)")
        ->type_name("FILE");
    add_fail_on_option(c, o);
    c.add_flag("--all", o.all, "also list the not applicable findings, with their reason");
    c.add_option_function<std::vector<std::string>>(
         "--only",
         [&o](const std::vector<std::string>& values) {
             for (const std::string& v : values) o.only.push_back(*core::parse_outcome(v));
         },
         "list only these outcomes (the summary still counts all)")
        ->type_name("OUTCOME,...")
        ->delimiter(',')
        ->expected(1)  // One list per --only; --only may be repeated
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->check(value_check([](const std::string& v) -> std::string {
            if (core::parse_outcome(v)) return "";
            return "`" + v +
                   "` is not an outcome; use violation, compliant, undetermined or "
                   "not_applicable";
        }));
    c.add_flag("--timestamp", o.timestamp,
               "write the time of the run into the report (two runs then differ)");
    c.add_option_function<std::string>(
         "--record", [&o](const std::string& v) { o.record = v; },
         "also record the run in the audit database FILE.db (docs/audit.md)")
        ->type_name("FILE.db");
}

/// Opens the audit database before anything is checked or written, so that a database that
/// cannot take the run stops the command with no report written
std::unique_ptr<audit::Database> open_record(const Options& options, std::ostream& err) {
    try {
        return std::make_unique<audit::Database>(*options.record, audit::Access::record);
    } catch (const audit::Error& e) {
        report_audit_error(e, err, "cannot record the run: ");
        err << "lexcheck: nothing was checked and no report was written\n";
        return nullptr;
    }
}

/// Records a run whose report is written; a failure says that the report exists and the run
/// does not (issue 16: both exist, or the error says which one is missing)
int record_run(audit::Database& db, const CheckRun& run, std::ostream& err) {
    try {
        audit::RunRecord record = make_record(run);
        record.findings = audit::encode_findings(run.result, run.inputs.rules, run.inputs.corpus,
                                                 run.inputs.sources);
        std::int64_t id = db.record(record);
        err << "lexcheck: recorded as run " << id << " in `" << *run.options.record << "`\n";
        return run.exit_status;
    } catch (const audit::Error& e) {
        std::string where =
            run.options.output ? "`" + *run.options.output + "`" : "standard output";
        return report_audit_error(
            e, err, "the report was written to " + where + ", but the run was not recorded: ");
    }
}

/// Writes the report to --output or `out`; with `digest`, renders it in memory first and sets
/// its SHA-256 (a recorded run keeps the digest of its report). False after printing why the
/// report could not be written.
bool write_report(const Options& options, const reports::Reporter& reporter,
                  const reports::Report& report, std::optional<std::string>* digest,
                  std::ostream& out, std::ostream& err) {
    std::function<void(std::ostream&)> produce = [&](std::ostream& o) {
        reporter.write(report, o);
    };
    std::string rendered;
    if (digest) {
        std::ostringstream text;
        produce(text);
        rendered = std::move(text).str();
        *digest = core::sha256_hex(rendered);
        produce = [&](std::ostream& o) { o << rendered; };
    }
    if (!options.output) {
        produce(out);
        return true;
    }
    std::string problem = write_output(*options.output, produce);
    if (problem.empty()) return true;
    err << "lexcheck: error: " << problem << "\n";
    return false;
}

int run_check(const Options& options, std::ostream& out, std::ostream& err) {
    auto reporter = reports::make_reporter(options.format, options.threads);
    if (!reporter) {
        err << "lexcheck: error: unknown format `" << options.format << "`; use one of:";
        for (const auto& f : reports::reporter_formats()) err << " " << f;
        err << "\n";
        return kExitInputError;
    }
    std::unique_ptr<audit::Database> db;
    if (options.record && !(db = open_record(options, err))) return kExitInputError;
    auto started = std::chrono::steady_clock::now();
    auto inputs = load_inputs(options, err);
    if (!inputs) return kExitInputError;

    auto result = std::make_unique<checker::CheckResult>(
        checker::check(inputs->rules, inputs->corpus, inputs->sources, check_options(options)));

    reports::Report report{inputs->sources,
                           inputs->rules,
                           inputs->corpus,
                           *result,
                           input_files(*inputs, options.threads),
                           options.jurisdictions,
                           std::nullopt,
                           std::nullopt};
    std::string now = utc_timestamp();
    if (options.timestamp) report.timestamp = now;
    if (db && shows_since_previous(options.format)) {
        report.since_previous =
            since_previous_run(*db, db->latest_run(paths_key(options)),
                               audit::finding_keys(*result, inputs->rules, inputs->corpus));
    }
    std::optional<std::string> report_sha256;
    if (!write_report(options, *reporter, report, db ? &report_sha256 : nullptr, out, err)) {
        if (db) err << "lexcheck: the run was not recorded\n";
        return kExitInputError;
    }
    auto elapsed = std::chrono::steady_clock::now() - started;
    if (::isatty(STDERR_FILENO) && elapsed > std::chrono::seconds(1)) {
        err << "lexcheck: checked " << result->summary.measures << " measures against "
            << result->summary.provisions << " provisions in "
            << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms\n";
    }
    int status = checker::fails(result->summary, options.fail_on) ? kExitFindings : kExitOk;
    if (db) {
        std::optional<LockFile> lock = read_lock(options);
        CheckRun run{options, *inputs, *result, report.inputs, lock, now, status, report_sha256};
        status = record_run(*db, run, err);
    }
    // The report is written and closed; when the process ends next, freeing the corpus and
    // the findings object by object would only cost time.
    if (exit_follows_command()) {
        keep_until_exit(std::move(result));
        keep_until_exit(std::move(inputs));
    }
    return status;
}

}  // namespace

Command check_command() {
    return {"check", "decide every measure against every provision and write a report",
            "lexcheck check --as-of 2024-01-01 --format html --output report.html", define_check,
            run_check};
}

}  // namespace lexcheck::cli
