// `lexcheck history`: the recorded runs, newest first, as a text table or JSON.
#pragma once

#include "lexcheck/audit/database.hpp"

#include <iosfwd>
#include <string_view>
#include <vector>

namespace lexcheck::audit {

/// The formats write_history() knows
inline constexpr std::string_view kHistoryFormats[] = {"text", "json"};

/// Writes `runs` (newest first) in `format`, one of kHistoryFormats
void write_history(const std::vector<RunInfo>& runs, std::string_view format, std::ostream& out);

}  // namespace lexcheck::audit
