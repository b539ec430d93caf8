// `lexcheck test`: the rule set's `test` blocks and the corpus's `expect:` annotations,
// each run as one test (LANGUAGE.md §2, §4), with outcome coverage.
#pragma once

#include "inputs.hpp"

#include <atomic>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace lexcheck::cli {

/// One failed expectation of a test
struct Mismatch {
    std::string provision;
    std::string expected;
    std::string actual;
    core::Finding finding;  ///< With its trace, to explain the actual outcome
};

struct TestResult {
    std::string name;           ///< `file:line test-name` or `measure-id → provision`
    bool from_measure = false;  ///< An `expect:` of a measure rather than a `test` block
    const core::Measure* measure = nullptr;
    core::Date as_of;
    std::vector<Mismatch> mismatches;
    bool passed() const { return mismatches.empty(); }
};

/// One coverage row: a provision that is not an exception, an `unless` clause
/// (`P#unlessN`) or an exception provision, and the outcomes some test reached for it
struct CoverageRow {
    std::string kind;        ///< "provision", "unless" or "exception"
    std::string instrument;  ///< Of the provision (of the clause's provision for `unless`)
    std::set<core::Outcome> reached;
};

/// Which outcomes some test reached, per provision and per exception (docs/language.md)
struct Coverage {
    std::map<std::string, CoverageRow> rows;  ///< By row label
    std::size_t covered() const;
    std::size_t total() const { return rows.size() * 3; }
    double percent() const;
};

struct TestRun {
    std::vector<TestResult> results;
    Coverage coverage;
    std::size_t passed() const;
    std::size_t failed() const { return results.size() - passed(); }
};

/// Reports every measure `expect:` that names no provision, or an exception provision,
/// as an error in `sink` (test blocks are checked by the resolver)
void check_expectations(const Inputs& inputs, core::DiagnosticSink& sink);

/// The tests run_tests runs: `test` blocks and measures' expectations
std::size_t test_count(const Inputs& inputs);

/// Runs every test; `as_of` is the default date for tests without `as_of` and for measures.
/// Expects check_expectations to have found no error. Counts the tests run in `done`.
TestRun run_tests(const Inputs& inputs, core::Date as_of, std::atomic<std::size_t>* done = nullptr);

}  // namespace lexcheck::cli
