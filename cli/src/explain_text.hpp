// The indented explanation of one finding, shared by `explain` and `test` failures.
#pragma once

#include "lexcheck/core/finding.hpp"
#include "lexcheck/core/rule_set.hpp"

#include <iosfwd>

namespace lexcheck::cli {

void write_explanation(std::ostream& out, const core::SourceManager& sources,
                       const core::RuleSet& rules, const core::Measure& measure,
                       const core::Finding& f, core::Date as_of);

}  // namespace lexcheck::cli
