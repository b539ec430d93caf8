// `lexcheck test`: the rule set's `test` blocks and the corpus's `expect:` annotations,
// each run as one test (LANGUAGE.md §2, §4), with outcome coverage.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "inputs.hpp"

namespace lexcheck::cli {

/// One failed expectation of a test
struct Mismatch {
    std::string provision;
    std::string expected;
    std::string actual;
    core::Finding finding;  ///< With its trace, to explain the actual outcome
};

struct TestResult {
    std::string name;  ///< `file:line test-name` or `measure-id → provision`
    const core::Measure* measure = nullptr;
    core::Date as_of;
    std::vector<Mismatch> mismatches;
    bool passed() const { return mismatches.empty(); }
};

/// Which outcomes some test reached, per provision and per exception
struct Coverage {
    /// Row label -> outcomes reached; rows: every non-exception provision, every `unless`
    /// clause (`P#unlessN`) and every exception provision
    std::map<std::string, std::set<core::Outcome>> reached;
    std::size_t covered() const;
    std::size_t total() const { return reached.size() * 3; }
    double percent() const;
};

struct TestRun {
    std::vector<TestResult> results;
    Coverage coverage;
    std::size_t passed() const;
    std::size_t failed() const { return results.size() - passed(); }
};

/// Runs every test; `as_of` is the default date for tests without `as_of` and for measures
TestRun run_tests(const Inputs& inputs, core::Date as_of);

}  // namespace lexcheck::cli
