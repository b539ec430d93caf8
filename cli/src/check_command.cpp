// `lexcheck check` (LANGUAGE.md §6).
#include "app.hpp"
#include "command.hpp"
#include "inputs.hpp"
#include "output_file.hpp"

#include "lexcheck/analysis/remedies.hpp"
#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/value.hpp"

#include <CLI/CLI.hpp>

#include <chrono>
#include <memory>
#include <ostream>

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
}

int run_check(const Options& options, std::ostream& out, std::ostream& err) {
    auto reporter = reports::make_reporter(options.format, options.threads);
    if (!reporter) {
        err << "lexcheck: error: unknown format `" << options.format << "`; use one of:";
        for (const auto& f : reports::reporter_formats()) err << " " << f;
        err << "\n";
        return kExitInputError;
    }
    auto started = std::chrono::steady_clock::now();
    auto inputs = load_inputs(options, err);
    if (!inputs) return kExitInputError;

    checker::CheckOptions co;
    co.as_of = options.as_of.value_or(core::today());
    co.jurisdictions = options.jurisdictions;
    co.threads = options.threads;
    co.include_not_applicable = options.all;
    co.only = options.only;
    auto result = std::make_unique<checker::CheckResult>(
        checker::check(inputs->rules, inputs->corpus, inputs->sources, co));

    reports::Report report{inputs->sources,
                           inputs->rules,
                           inputs->corpus,
                           *result,
                           input_files(*inputs, options.threads),
                           options.jurisdictions,
                           std::nullopt};
    if (options.timestamp) report.timestamp = utc_timestamp();
    if (options.remedies > 0) {
        analysis::RemedyOptions ro;
        ro.as_of = co.as_of;
        ro.count = options.remedies;
        ro.keep_others = options.keep_others;
        report.remedies = analysis::find_remedies(inputs->rules, inputs->sources, inputs->corpus,
                                                  *result, ro, options.threads);
    }
    auto produce = [&](std::ostream& o) { reporter->write(report, o); };
    if (options.output) {
        std::string problem = write_output(*options.output, produce);
        if (!problem.empty()) {
            err << "lexcheck: error: " << problem << "\n";
            return kExitInputError;
        }
    } else {
        produce(out);
    }
    auto elapsed = std::chrono::steady_clock::now() - started;
    if (::isatty(STDERR_FILENO) && elapsed > std::chrono::seconds(1)) {
        err << "lexcheck: checked " << result->summary.measures << " measures against "
            << result->summary.provisions << " provisions in "
            << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms\n";
    }
    int status = checker::fails(result->summary, options.fail_on) ? kExitFindings : kExitOk;
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
