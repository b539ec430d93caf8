#include "test_runner.hpp"

#include "lexcheck/checker/check.hpp"

#include <algorithm>
#include <optional>

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
        case core::Truth::yes:
            return core::Outcome::compliant;
        case core::Truth::no:
            return core::Outcome::violation;
        case core::Truth::unknown:
            return core::Outcome::undetermined;
    }
    return core::Outcome::undetermined;
}

void record(Coverage& c, const core::RuleSet& rules, const core::Finding& f) {
    if (f.outcome == core::Outcome::not_applicable) return;
    auto row = c.rows.find(rules.provisions[f.provision].id.text);
    if (row != c.rows.end()) row->second.reached.insert(f.outcome);
    for (const core::ExceptionTried& e : f.exceptions) {
        auto it = c.rows.find(e.label);
        if (it != c.rows.end()) it->second.reached.insert(exception_outcome(e.value));
    }
}

/// Levenshtein distance, for "did you mean" on provision ids
std::size_t distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::optional<std::string> did_you_mean(const core::RuleSet& rules, const std::string& id) {
    const core::Provision* best = nullptr;
    std::size_t best_distance = std::max<std::size_t>(2, id.size() / 4) + 1;
    for (const core::Provision& p : rules.provisions) {
        if (p.is_exception()) continue;
        std::size_t d = distance(id, p.id.text);
        if (d < best_distance) {
            best = &p;
            best_distance = d;
        }
    }
    if (!best) return std::nullopt;
    return "did you mean `" + best->id.text + "`?";
}

}  // namespace

std::size_t Coverage::covered() const {
    std::size_t n = 0;
    for (const auto& [label, row] : rows) n += row.reached.size();
    return n;
}

double Coverage::percent() const {
    return total() ? 100.0 * covered() / total() : 100.0;
}

std::size_t TestRun::passed() const {
    return static_cast<std::size_t>(std::count_if(results.begin(), results.end(),
                                                  [](const TestResult& r) { return r.passed(); }));
}

void check_expectations(const Inputs& in, core::DiagnosticSink& sink) {
    for (const core::Measure& m : in.corpus.measures) {
        for (const core::MeasureExpect& e : m.expects) {
            auto p = in.rules.find_provision(e.provision);
            if (!p) {
                sink.error("yaml_unknown_ref", e.span,
                           "no provision is called `" + e.provision + "`",
                           did_you_mean(in.rules, e.provision));
                continue;
            }
            const core::Provision& prov = in.rules.provisions[*p];
            if (prov.is_exception()) {
                sink.error(
                    "yaml_expect_exception", e.span,
                    "`" + e.provision +
                        "` is an exception; outcomes belong to the provision it is an exception to",
                    prov.exception_to ? std::optional<std::string>(
                                            "expect `" + prov.exception_to->text + "` instead")
                                      : std::nullopt);
            }
        }
    }
}

TestRun run_tests(const Inputs& in, core::Date default_as_of) {
    const core::RuleSet& rules = in.rules;
    TestRun run;
    // Every provision and exception is a coverage row, reached or not.
    for (const core::Provision& p : rules.provisions) {
        std::string instrument =
            p.instrument == core::kNone ? "" : rules.instruments[p.instrument].id.text;
        run.coverage.rows[p.id.text] = {
            p.is_exception() ? "exception" : "provision", instrument, {}};
        for (std::size_t k = 0; k < p.unless.size(); ++k) {
            run.coverage.rows[p.id.text + "#unless" + std::to_string(k + 1)] = {
                "unless", instrument, {}};
        }
    }
    for (const core::TestBlock& t : rules.tests) {
        TestResult r;
        core::LineCol lc = in.sources.line_col(t.span.file, t.span.begin);
        r.name = in.sources.path(t.span.file) + ":" + std::to_string(lc.line) + " " + t.name;
        r.measure = &t.measure;
        r.as_of = t.as_of.value_or(default_as_of);
        for (const core::TestExpect& e : t.expects) {
            if (e.provision_index == core::kNone) continue;  // The resolver reported it
            core::Finding f = checker::decide_one(rules, in.sources, t.measure, core::kNone,
                                                  e.provision_index, r.as_of);
            record(run.coverage, rules, f);
            std::string actual = expectation_result(e.what, f);
            if (actual != core::expectation_name(e.what)) {
                r.mismatches.push_back({e.provision.text,
                                        std::string(core::expectation_name(e.what)), actual,
                                        std::move(f)});
            }
        }
        run.results.push_back(std::move(r));
    }
    for (std::uint32_t i = 0; i < in.corpus.measures.size(); ++i) {
        const core::Measure& m = in.corpus.measures[i];
        for (const core::MeasureExpect& e : m.expects) {
            TestResult r;
            r.name = m.id + " \u2192 " + e.provision;
            r.from_measure = true;
            r.measure = &m;
            r.as_of = default_as_of;
            auto p = rules.find_provision(e.provision);
            if (!p) continue;  // check_expectations reports it
            core::Finding f = checker::decide_one(rules, in.sources, m, i, *p, r.as_of);
            record(run.coverage, rules, f);
            if (f.outcome != e.outcome) {
                r.mismatches.push_back({e.provision, std::string(core::outcome_name(e.outcome)),
                                        std::string(core::outcome_name(f.outcome)), std::move(f)});
            }
            run.results.push_back(std::move(r));
        }
    }
    return run;
}

}  // namespace lexcheck::cli
