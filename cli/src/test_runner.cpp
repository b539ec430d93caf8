#include "test_runner.hpp"

#include "lexcheck/checker/check.hpp"

#include <algorithm>
#include <optional>
#include <sstream>

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

void reach(Coverage& c, const std::string& label, core::Outcome o) {
    if (o == core::Outcome::not_applicable) return;
    auto row = c.rows.find(label);
    if (row != c.rows.end()) row->second.reached.insert(o);
}

void record(Coverage& c, const core::RuleSet& rules, const core::Finding& f) {
    // LANGUAGE.md §8: each reading (a primary one under its provision's id) reaches the
    // outcomes of the assignments that chose it.
    for (const core::ReadingOutcome& a : f.readings) {
        for (const core::ChosenReading& ch : a.chosen) {
            if (ch.reading != core::kNone) reach(c, rules.readings[ch.reading].id.text, a.outcome);
        }
    }
    if (f.outcome == core::Outcome::not_applicable) return;
    if (f.readings.empty()) {
        reach(c, rules.provisions[f.provision].id.text, f.outcome);
    } else {
        for (const core::ReadingOutcome& a : f.readings)
            reach(c, rules.provisions[f.provision].id.text, a.outcome);
    }
    for (const core::ExceptionTried& e : f.exceptions) {
        auto it = c.rows.find(std::string(e.label));
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

/// A reading named by its id, or a provision's primary reading by the provision's id
core::ChosenReading chosen_named(const core::RuleSet& rules, const std::string& name) {
    if (auto k = rules.find_reading(name)) return {rules.readings[*k].provision, *k};
    return {rules.find_provision(name).value_or(core::kNone), core::kNone};
}

/// A measure's `expect:` key: `P`, or `P under READING` (LANGUAGE.md §8)
struct ExpectKey {
    std::string provision;
    std::string under;  ///< Empty without `under`
};

ExpectKey split_key(const std::string& key) {
    std::istringstream words(key);
    ExpectKey k;
    std::string under, extra;
    words >> k.provision >> under >> k.under >> extra;
    if (under != "under" || k.under.empty() || !extra.empty()) return {key, {}};
    return k;
}

/// `"P under READING"` in a measure's `expect:` (LANGUAGE.md §8): READING must be a reading
/// of P or of an exception in P's tree (or such a provision's id, for its primary reading)
void check_under(const core::RuleSet& rules, std::uint32_t p, const ExpectKey& key,
                 const core::MeasureExpect& e, core::DiagnosticSink& sink) {
    core::ChosenReading under = chosen_named(rules, key.under);
    std::uint32_t at = under.provision;
    while (at != core::kNone && at != p) at = rules.provisions[at].exception_target;
    if (under.provision == core::kNone || at != p) {
        sink.error("yaml_unknown_ref", e.span,
                   "`" + key.under + "` is not a reading of `" + key.provision +
                       "` or of an exception to it",
                   "name one of its readings after `under`, e.g. `" + key.provision + " under " +
                       key.provision + ".textual`");
    } else if (e.outcome == core::Outcome::contested) {
        sink.error("yaml_unknown_ref", e.span,
                   "one assignment of readings gives one outcome, never `contested`",
                   "expect `violation`, `compliant`, `undetermined` or `not_applicable` under a "
                   "reading, or `contested` without `under`");
    }
}

/// The positions of the measures with `expect` entries, read from their heads: a corpus read
/// from the cache builds only these
std::vector<std::uint32_t> measures_with_expects(const core::MeasureList& measures) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < measures.size(); ++i) {
        if (measures.head(i).has_expects) out.push_back(static_cast<std::uint32_t>(i));
    }
    return out;
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
    for (std::size_t i : measures_with_expects(in.corpus.measures)) {
        for (const core::MeasureExpect& e : in.corpus.measures[i].expects) {
            ExpectKey key = split_key(e.provision);
            auto p = in.rules.find_provision(key.provision);
            if (!p) {
                sink.error("yaml_unknown_ref", e.span,
                           "no provision is called `" + key.provision + "`",
                           did_you_mean(in.rules, key.provision));
                continue;
            }
            const core::Provision& prov = in.rules.provisions[*p];
            if (!key.under.empty()) check_under(in.rules, *p, key, e, sink);
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

std::size_t test_count(const Inputs& in) {
    std::size_t n = in.rules.tests.size();
    for (std::size_t i : measures_with_expects(in.corpus.measures))
        n += in.corpus.measures[i].expects.size();
    return n;
}

namespace {

/// Every provision, exception, `unless` clause and reading as a coverage row, reached or not
void add_coverage_rows(const core::RuleSet& rules, Coverage& coverage) {
    for (const core::Provision& p : rules.provisions) {
        std::string instrument =
            p.instrument == core::kNone ? "" : rules.instruments[p.instrument].id.text;
        coverage.rows[p.id.text] = {p.is_exception() ? "exception" : "provision", instrument, {}};
        for (std::size_t k = 0; k < p.unless.size(); ++k) {
            coverage.rows[p.id.text + "#unless" + std::to_string(k + 1)] = {
                "unless", instrument, {}};
        }
    }
    for (const core::Reading& rd : rules.readings) {
        if (rd.provision == core::kNone) continue;
        const core::Provision& p = rules.provisions[rd.provision];
        coverage.rows[rd.id.text] = {
            "reading",
            p.instrument == core::kNone ? "" : rules.instruments[p.instrument].id.text,
            {}};
    }
}

/// One `test` block, each of its expectations decided as of the block's date
TestResult run_test_block(const Inputs& in, const core::TestBlock& t, core::Date default_as_of,
                          Coverage& coverage) {
    const core::RuleSet& rules = in.rules;
    TestResult r;
    core::LineCol lc = in.sources.line_col(t.span.file, t.span.begin);
    r.name = in.sources.path(t.span.file) + ":" + std::to_string(lc.line) + " " + t.name;
    r.measure = &t.measure;
    r.as_of = t.as_of.value_or(default_as_of);
    for (const core::TestExpect& e : t.expects) {
        if (e.provision_index == core::kNone) continue;  // The resolver reported it
        core::Finding f = checker::decide_one(rules, in.sources, t.measure, core::kNone,
                                              e.provision_index, r.as_of);
        record(coverage, rules, f);
        std::string actual = expectation_result(e.what, f);
        // `expect P under READING`: one assignment's outcome; binding is the same in all.
        if (e.under && e.under_provision != core::kNone && e.what != core::Expectation::binding &&
            e.what != core::Expectation::advisory) {
            actual = core::outcome_name(checker::decide_under(rules, t.measure, e.provision_index,
                                                              {e.under_provision, e.under_reading},
                                                              r.as_of));
        }
        if (actual != core::expectation_name(e.what)) {
            r.mismatches.push_back({e.provision.text + (e.under ? " under " + e.under->text : ""),
                                    std::string(core::expectation_name(e.what)), actual,
                                    std::move(f)});
        }
    }
    return r;
}

/// The `expect:` entries of measure `i`, each a test decided as of `as_of`
void run_measure_expects(const Inputs& in, std::uint32_t i, core::Date as_of, TestRun& run,
                         std::atomic<std::size_t>* done) {
    const core::RuleSet& rules = in.rules;
    const core::Measure& m = in.corpus.measures[i];
    for (const core::MeasureExpect& e : m.expects) {
        TestResult r;
        r.name = m.id + " \u2192 " + e.provision;
        r.from_measure = true;
        r.measure = &m;
        r.as_of = as_of;
        ExpectKey key = split_key(e.provision);
        auto p = rules.find_provision(key.provision);
        if (done) done->fetch_add(1, std::memory_order_relaxed);
        if (!p) continue;  // check_expectations reports it
        core::Finding f = checker::decide_one(rules, in.sources, m, i, *p, r.as_of);
        record(run.coverage, rules, f);
        core::Outcome actual = f.outcome;
        if (!key.under.empty())
            actual = checker::decide_under(rules, m, *p, chosen_named(rules, key.under), r.as_of);
        if (actual != e.outcome) {
            r.mismatches.push_back({e.provision, std::string(core::outcome_name(e.outcome)),
                                    std::string(core::outcome_name(actual)), std::move(f)});
        }
        run.results.push_back(std::move(r));
    }
}

}  // namespace

TestRun run_tests(const Inputs& in, core::Date default_as_of, std::atomic<std::size_t>* done) {
    TestRun run;
    add_coverage_rows(in.rules, run.coverage);
    for (const core::TestBlock& t : in.rules.tests) {
        run.results.push_back(run_test_block(in, t, default_as_of, run.coverage));
        if (done) done->fetch_add(1, std::memory_order_relaxed);
    }
    for (std::uint32_t i : measures_with_expects(in.corpus.measures))
        run_measure_expects(in, i, default_as_of, run, done);
    return run;
}

}  // namespace lexcheck::cli
