// Reading a JSON report of `lexcheck check` (LANGUAGE.md §7) as one side of a delta, for
// `lexcheck diff OLD NEW` (LANGUAGE.md §12).
#pragma once

#include "lexcheck/delta/delta.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::delta {

struct ReadReport {
    Side side;
    std::vector<reports::InputFile> inputs;
    std::string error;  ///< Empty when the report was read; else what is wrong, in words
};

/// The findings (with their JSON text), `versions` links, as-of date and inputs of a report
ReadReport read_report(std::string_view json);

/// What the renderers show of a finding, read from its JSON text
struct FindingDetail {
    std::string defeated_by;
    std::vector<std::string> missing_facts;
    std::vector<std::string> reasons;  ///< §13, when the report has them
    /// The trace's top-level steps as "scope: `C` is true" when there are no reasons
    std::vector<std::string> steps;
    std::vector<std::string> readings;  ///< "READING…: outcome" for a contested finding
};
FindingDetail finding_detail(std::string_view json);

}  // namespace lexcheck::delta
