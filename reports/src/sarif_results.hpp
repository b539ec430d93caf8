// The results of a SARIF log: one per finding that asks for action, with its message in
// words, its locations, the decision trace as a code flow and a contested finding's readings.
#pragma once

#include "lexcheck/reports/json_writer.hpp"
#include "lexcheck/reports/reporter.hpp"

namespace lexcheck::reports::detail {

/// `"results"`: every violation, contested and undetermined finding, in finding order
void write_sarif_results(JsonWriter& w, const Report& r);

}  // namespace lexcheck::reports::detail
