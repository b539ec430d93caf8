// `lexcheck check` (LANGUAGE.md §6).
#include "app.hpp"
#include "audit/db_options.hpp"
#include "audit/recorded_run.hpp"
#include "command.hpp"
#include "hashing_stream.hpp"
#include "inputs.hpp"
#include "output_file.hpp"
#include "progress.hpp"

#include "lexcheck/audit/database.hpp"
#include "lexcheck/audit/findings_codec.hpp"
#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/value.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace lexcheck::cli {

namespace {

void define_check(CLI::App& c, Options& o) {
    add_input_options(c, o);
    add_as_of_option(c, o);
    add_jurisdiction_option(c, o, "only the measures of this State; repeat for more");
    add_format_option(c, o, reports::reporter_formats());
    add_output_option(c, o);
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
    add_remedies_options(c, o);
    c.add_flag("--timestamp", o.timestamp,
               "write the time of the run into the report (two runs then differ)");
    c.add_flag("--print-traces", o.print_traces,
               "html: print each finding's full trace too (on screen it is folded either way)");
    add_record_option(c, o);
}

/// The reporter of --format, or nullptr after naming the formats there are
std::unique_ptr<reports::Reporter> reporter_for(const Options& options, std::ostream& err) {
    auto reporter = reports::make_reporter(options.format, options.threads);
    if (!reporter) {
        err << "lexcheck: error: unknown format `" << options.format << "`; use one of:";
        for (const auto& f : reports::reporter_formats()) err << " " << f;
        err << "\n";
    }
    return reporter;
}

/// Every measure decided against every provision, counted on `progress` as it goes
std::unique_ptr<checker::CheckResult> decide_all(const Options& options, const Inputs& inputs,
                                                 Progress& progress) {
    checker::CheckOptions co = check_options(options);
    checker::CheckProgress counts;
    co.progress = &counts;
    progress.counting("measures decided", counts.decided, counts.measures);
    auto result = std::make_unique<checker::CheckResult>(
        checker::check(inputs.rules, inputs.corpus, inputs.sources, co));
    progress.doing("writing the report");
    return result;
}

int run_check(const Options& options, std::ostream& out, std::ostream& err) {
    auto reporter = reporter_for(options, err);
    if (!reporter) return kExitInputError;
    OpeningRecord opening(options);
    Progress progress(Progress::mode_for(options.progress, err), err);
    auto inputs = load_inputs(options, err, &progress);
    std::unique_ptr<audit::Database> db = opening.get(err, progress);
    if (!inputs || (options.record && !db)) return kExitInputError;
    std::vector<reports::InputFile> files = input_files(*inputs, options.threads);
    // A new database stores every input: done on a thread of its own while the check runs.
    // Declared after `inputs`, so gone (waiting for that thread) before them.
    std::optional<InputsAhead> ahead;
    if (db) ahead.emplace(db, recorded_inputs(options, *inputs, files));
    std::unique_ptr<checker::CheckResult> result = decide_all(options, *inputs, progress);

    reports::Report report{inputs->sources,  inputs->rules,         inputs->corpus, *result,
                           std::move(files), options.jurisdictions, std::nullopt};
    std::string now = utc_timestamp();
    if (options.timestamp) report.timestamp = now;
    complete_report(report, options, *inputs, *result, &progress);
    if (db && shows_since_previous(options.format)) {
        report.since_previous =
            since_previous_run(*db, db->latest_run(paths_key(options)), *result, *inputs);
    }
    int status = checker::fails(result->summary, options.fail_on) ? kExitFindings : kExitOk;
    std::optional<std::string> report_sha256;  // of the bytes written, for the record
    auto produce = [&, hashed = db != nullptr](std::ostream& o) {
        if (!hashed) return reporter->write(report, o);
        report_sha256 = write_hashed(o, [&](std::ostream& h) { reporter->write(report, h); });
    };
    if (db) {
        // Encoded and stored while the report is written
        FindingsInBackground findings(*result, *inputs, *db);
        auto run = [&] {
            CheckRun r{options, *inputs,       *result,      report.inputs, now,
                       status,  report_sha256, std::nullopt, std::nullopt};
            std::tie(r.findings, r.findings_sha256) = findings.get();
            return r;
        };
        status = emit_recorded(options, db, produce, run, out, err, progress);
    } else if (!emit_output(options.output, produce, out, err, &progress)) {
        status = kExitInputError;
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
