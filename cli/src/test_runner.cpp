#include "test_runner.hpp"

#include <algorithm>

#include "lexcheck/checker/check.hpp"

namespace lexcheck::cli {

namespace {

std::string expectation_result(core::Expectation e, const core::Finding& f) {
    if (e == core::Expectation::binding || e == core::Expectation::advisory) {
        return f.binding ? "binding" : "advisory";
    }
    return std::string(core::outcome_name(f.outcome));
}

/// An exception's value shown as the outcome it leads to: holding defeats (compliant),
/// not holding lets the violation stand, unknown leaves it undetermined
core::Outcome exception_outcome(core::Truth t) {
    switch (t) {
        case core::Truth::yes: return core::Outcome::compliant;
        case core::Truth::no: return core::Outcome::violation;
        case core::Truth::unknown: return core::Outcome::undetermined;
    }
    return core::Outcome::undetermined;
}

void record(Coverage& c, const core::RuleSet& rules, const core::Finding& f) {
    if (f.outcome == core::Outcome::not_applicable) return;
    c.reached[rules.provisions[f.provision].id.text].insert(f.outcome);
    for (const core::ExceptionTried& e : f.exceptions) c.reached[e.label].insert(exception_outcome(e.value));
}

}  // namespace

std::size_t Coverage::covered() const {
    std::size_t n = 0;
    for (const auto& [row, outcomes] : reached) n += outcomes.size();
    return n;
}

double Coverage::percent() const { return total() ? 100.0 * covered() / total() : 100.0; }

std::size_t TestRun::passed() const {
    return static_cast<std::size_t>(std::count_if(results.begin(), results.end(),
                                                  [](const TestResult& r) { return r.passed(); }));
}

TestRun run_tests(const Inputs& in, core::Date default_as_of) {
    const core::RuleSet& rules = in.rules;
    TestRun run;
    // Every provision and exception is a coverage row, reached or not.
    for (const core::Provision& p : rules.provisions) {
        run.coverage.reached[p.id.text];
        for (std::size_t k = 0; k < p.unless.size(); ++k) {
            run.coverage.reached[p.id.text + "#unless" + std::to_string(k + 1)];
        }
    }
    for (const core::TestBlock& t : rules.tests) {
        TestResult r;
        core::LineCol lc = in.sources.line_col(t.span.file, t.span.begin);
        r.name = in.sources.path(t.span.file) + ":" + std::to_string(lc.line) + " " + t.name;
        r.measure = &t.measure;
        r.as_of = t.as_of.value_or(default_as_of);
        for (const core::TestExpect& e : t.expects) {
            if (e.provision_index == core::kNone) continue;
            core::Finding f = checker::decide_one(rules, in.sources, t.measure, core::kNone,
                                                  e.provision_index, r.as_of);
            record(run.coverage, rules, f);
            std::string actual = expectation_result(e.what, f);
            if (actual != core::expectation_name(e.what)) {
                r.mismatches.push_back({e.provision.text, std::string(core::expectation_name(e.what)),
                                        actual, std::move(f)});
            }
        }
        run.results.push_back(std::move(r));
    }
    for (std::uint32_t i = 0; i < in.corpus.measures.size(); ++i) {
        const core::Measure& m = in.corpus.measures[i];
        for (const core::MeasureExpect& e : m.expects) {
            TestResult r;
            r.name = m.id + " \u2192 " + e.provision;
            r.measure = &m;
            r.as_of = default_as_of;
            auto p = rules.find_provision(e.provision);
            if (!p) {
                r.mismatches.push_back({e.provision, std::string(core::outcome_name(e.outcome)),
                                        "no such provision", {}});
            } else {
                core::Finding f = checker::decide_one(rules, in.sources, m, i, *p, r.as_of);
                record(run.coverage, rules, f);
                if (f.outcome != e.outcome) {
                    r.mismatches.push_back({e.provision, std::string(core::outcome_name(e.outcome)),
                                            std::string(core::outcome_name(f.outcome)), std::move(f)});
                }
            }
            run.results.push_back(std::move(r));
        }
    }
    return run;
}

}  // namespace lexcheck::cli
