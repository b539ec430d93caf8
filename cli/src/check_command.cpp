// `lexcheck check` (LANGUAGE.md §6).
#include "app.hpp"
#include "commands.hpp"
#include "inputs.hpp"
#include "output_file.hpp"

#include "lexcheck/checker/check.hpp"

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

}  // namespace

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

}  // namespace lexcheck::cli
