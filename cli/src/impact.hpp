// `lexcheck impact` as a function of its inputs (LANGUAGE.md §12), for the command and for an
// impact run recorded in an audit database and computed again (`report`, `replay`).
#pragma once

#include "inputs.hpp"
#include "options.hpp"
#include "progress.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace lexcheck::cli {

/// What `impact` found
struct ImpactRun {
    std::string output;                      ///< The delta in `options.format`
    int status = 0;                          ///< 1 when a pair newly reaches `--fail-on`
    std::vector<reports::InputFile> inputs;  ///< The files read, the bill's included
    /// The findings, with the bill, of the measures the bill adds or ends: what an audit
    /// database records of an impact run (docs/audit.md)
    checker::CheckResult changed;
};

/// Loads `options.bills` into `in` after its corpus and compares the corpus without and with
/// them; nullopt after printing the bill's errors
std::optional<ImpactRun> impact_of(const Options& options, Inputs& in, std::ostream& err,
                                   Progress& progress);

}  // namespace lexcheck::cli
