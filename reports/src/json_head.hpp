// The JSON report's head: everything before its findings (docs/json-format.md).
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <string>

namespace lexcheck::reports::detail {

/// Appends `{`, tool, version, dates, inputs, summary, versions, source changes and the
/// opening of the `findings` array; the corpus is read on up to `threads` threads (0: one per
/// processor)
void write_json_head(std::string& out, const Report& r, unsigned threads);

}  // namespace lexcheck::reports::detail
