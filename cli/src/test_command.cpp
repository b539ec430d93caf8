// `lexcheck test` output: one line per test, failures explained, coverage, and the
// closing line `N passed, M failed`.
#include "app.hpp"
#include "command.hpp"
#include "explain_text.hpp"
#include "progress.hpp"
#include "test_runner.hpp"

#include "lexcheck/reports/json_writer.hpp"

#include <CLI/CLI.hpp>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <sstream>

namespace lexcheck::cli {

namespace {

std::string percent_number(double p) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", p);
    return buf;
}

std::string percent_text(double p) {
    return percent_number(p) + "%";
}

/// The explanation of a failure's actual outcome, as `lexcheck explain` prints it
std::string explanation(const Inputs& in, const TestResult& r, const Mismatch& m) {
    std::ostringstream s;
    write_explanation(s, in.sources, in.rules, *r.measure, m.finding, r.as_of);
    return s.str();
}

void write_text(std::ostream& out, const Inputs& in, const TestRun& run, bool coverage) {
    for (const TestResult& r : run.results) {
        out << (r.passed() ? "PASS  " : "FAIL  ") << r.name << "\n";
        for (const Mismatch& m : r.mismatches) {
            out << "      " << m.provision << ": expected " << m.expected << ", got " << m.actual
                << "\n";
            std::istringstream lines(explanation(in, r, m));
            for (std::string line; std::getline(lines, line);) out << "        " << line << "\n";
        }
    }
    if (coverage) {
        out << "\ncoverage (outcomes reached by some test: V violation, C compliant, U "
               "undetermined)\n";
        for (const auto& [label, row] : run.coverage.rows) {
            // Not capturing `row` itself: Clang 14 cannot capture a structured binding.
            auto mark = [&reached = row.reached](core::Outcome o, char c) {
                return reached.count(o) ? c : '-';
            };
            out << "  " << mark(core::Outcome::violation, 'V')
                << mark(core::Outcome::compliant, 'C') << mark(core::Outcome::undetermined, 'U')
                << "  " << label << "\n";
        }
        out << "coverage: " << run.coverage.covered() << "/" << run.coverage.total() << " = "
            << percent_text(run.coverage.percent()) << "\n";
    }
    out << run.passed() << " passed, " << run.failed() << " failed\n";
}

void write_json(std::ostream& out, const Inputs& in, const TestRun& run) {
    reports::JsonWriter w(out);
    w.begin_object();
    w.key("tests");
    w.begin_array();
    for (const TestResult& r : run.results) {
        w.begin_object();
        w.member("name", r.name);
        w.member("kind", r.from_measure ? "expect" : "test");
        w.member("as_of", core::format_date(r.as_of));
        w.member("passed", r.passed());
        w.key("failures");
        w.begin_array();
        for (const Mismatch& m : r.mismatches) {
            w.begin_object();
            w.member("provision", m.provision);
            w.member("expected", m.expected);
            w.member("actual", m.actual);
            w.member("explanation", explanation(in, r, m));
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("coverage");
    w.begin_object();
    w.member("covered", static_cast<std::uint64_t>(run.coverage.covered()));
    w.member("total", static_cast<std::uint64_t>(run.coverage.total()));
    w.member("percent", percent_number(run.coverage.percent()));
    w.key("rows");
    w.begin_array();
    for (const auto& [label, row] : run.coverage.rows) {
        w.begin_object();
        w.member("row", label);
        w.member("kind", row.kind);
        w.member("instrument", row.instrument);
        w.key("reached");
        w.begin_array();
        for (core::Outcome o : row.reached) w.value(core::outcome_name(o));
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.end_object();
    w.member("passed", static_cast<std::uint64_t>(run.passed()));
    w.member("failed", static_cast<std::uint64_t>(run.failed()));
    w.end_object();
}

void define_test(CLI::App& c, Options& o) {
    add_input_options(c, o);
    add_as_of_option(c, o);
    c.add_flag("--coverage", o.coverage,
               "show which outcomes the tests reach for each provision and exception");
    c.add_option_function<double>(
         "--threshold", [&o](double p) { o.threshold = p; },
         "exit 1 when the tests reach less than P per cent of the outcomes (shows the coverage)")
        ->type_name("P")
        ->check(value_check([](const std::string& v) -> std::string {
            char* end = nullptr;
            double p = std::strtod(v.c_str(), &end);
            if (end != v.c_str() && *end == '\0' && p >= 0 && p <= 100) return "";
            return "`" + v + "` is not a percentage from 0 to 100";
        }));
    add_format_option(c, o, {"text", "json"});
}

int run_test(const Options& options, std::ostream& out, std::ostream& err) {
    Progress progress(Progress::mode_for(options.progress, err), err);
    auto in = load_inputs(options, err, &progress);
    if (!in) return kExitInputError;
    core::DiagnosticSink expectations;
    check_expectations(*in, expectations);
    if (expectations.has_errors()) {
        print_diagnostics(in->sources, expectations, err);
        std::size_t n = expectations.error_count();
        err << "lexcheck: " << n << (n == 1 ? " error" : " errors")
            << " in the input; nothing was tested\n";
        return kExitInputError;
    }
    std::atomic<std::size_t> done{0}, total{0};
    total = test_count(*in);
    progress.counting("tests run", done, total);
    TestRun run = run_tests(*in, options.as_of.value_or(core::today()), &done);
    progress.idle();
    if (options.format == "json") {
        write_json(out, *in, run);
    } else {
        write_text(out, *in, run, options.coverage || options.threshold);
    }
    if (run.failed() > 0) return kExitFindings;
    if (options.threshold && run.coverage.percent() < *options.threshold) {
        err << "lexcheck: coverage " << percent_text(run.coverage.percent())
            << " is below the threshold " << percent_text(*options.threshold) << "\n";
        return kExitFindings;
    }
    return kExitOk;
}

}  // namespace

Command test_command() {
    return {"test", "run the test blocks of the rules and the expect: entries of the measures",
            "lexcheck test --rules rules --corpus corpus --coverage --threshold 90", define_test,
            run_test};
}

}  // namespace lexcheck::cli
