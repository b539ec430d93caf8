// `lexcheck test` output: one line per test, failures explained, coverage, and the
// closing line `N passed, M failed`.
#include <cstdio>
#include <ostream>

#include "app.hpp"
#include "commands.hpp"
#include "explain_text.hpp"
#include "test_runner.hpp"
#include "lexcheck/reports/json_writer.hpp"

namespace lexcheck::cli {

namespace {

std::string percent_text(double p) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f%%", p);
    return buf;
}

void write_text(std::ostream& out, const Inputs& in, const TestRun& run, bool coverage) {
    for (const TestResult& r : run.results) {
        out << (r.passed() ? "PASS  " : "FAIL  ") << r.name << "\n";
        for (const Mismatch& m : r.mismatches) {
            out << "      " << m.provision << ": expected " << m.expected << ", got " << m.actual << "\n";
            if (r.measure && !m.finding.trace.empty()) {
                write_explanation(out, in.sources, in.rules, *r.measure, m.finding, r.as_of);
            }
        }
    }
    if (coverage) {
        out << "\ncoverage (outcomes reached by some test: V violation, C compliant, U undetermined)\n";
        for (const auto& [row, reached] : run.coverage.reached) {
            auto mark = [&](core::Outcome o, char c) { return reached.count(o) ? c : '-'; };
            out << "  " << mark(core::Outcome::violation, 'V') << mark(core::Outcome::compliant, 'C')
                << mark(core::Outcome::undetermined, 'U') << "  " << row << "\n";
        }
        out << "coverage: " << run.coverage.covered() << "/" << run.coverage.total() << " = "
            << percent_text(run.coverage.percent()) << "\n";
    }
    out << run.passed() << " passed, " << run.failed() << " failed\n";
}

void write_json(std::ostream& out, const TestRun& run) {
    reports::detail::JsonWriter w(out);
    w.begin_object();
    w.key("tests");
    w.begin_array();
    for (const TestResult& r : run.results) {
        w.begin_object();
        w.member("name", r.name);
        w.member("passed", r.passed());
        w.key("failures");
        w.begin_array();
        for (const Mismatch& m : r.mismatches) {
            w.begin_object();
            w.member("provision", m.provision);
            w.member("expected", m.expected);
            w.member("actual", m.actual);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.key("coverage");
    w.begin_object();
    for (const auto& [row, reached] : run.coverage.reached) {
        w.key(row);
        w.begin_array();
        for (core::Outcome o : reached) w.value(core::outcome_name(o));
        w.end_array();
    }
    w.end_object();
    w.member("coverage_percent", percent_text(run.coverage.percent()));
    w.member("passed", static_cast<std::uint64_t>(run.passed()));
    w.member("failed", static_cast<std::uint64_t>(run.failed()));
    w.end_object();
}

}  // namespace

int run_test(const Options& options, std::ostream& out, std::ostream& err) {
    if (options.format != "text" && options.format != "json") {
        err << "lexcheck: error: `lexcheck test` writes text or json, not `" << options.format << "`\n";
        return kExitInputError;
    }
    auto in = load_inputs(options, err);
    if (!in) return kExitInputError;
    TestRun run = run_tests(*in, options.as_of.value_or(core::today()));
    if (options.format == "json") {
        write_json(out, run);
    } else {
        write_text(out, *in, run, options.coverage || options.threshold);
    }
    if (run.failed() > 0) return kExitFindings;
    if (options.threshold && run.coverage.percent() < *options.threshold) {
        err << "lexcheck: coverage " << percent_text(run.coverage.percent()) << " is below the threshold "
            << percent_text(*options.threshold) << "\n";
        return kExitFindings;
    }
    return kExitOk;
}

}  // namespace lexcheck::cli
