// Writing a delta (LANGUAGE.md §12) as text, JSON, Markdown or HTML. Each finding of the JSON
// is the object the JSON report of `check` wrote for it, so `before`/`after` read exactly as
// the two reports do. Kept apart from the database, for `impact` and `diff` (issue 15).
#pragma once

#include "lexcheck/audit/delta.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexcheck::audit {

/// One side of a delta: its findings' keys and, in the same order, their JSON objects
struct DeltaSide {
    std::vector<FindingKey> keys;
    std::vector<std::string> objects;  ///< As finding_objects() returns them
};

/// What the delta's JSON says it is about: the later side's as-of date and input files
struct DeltaHeader {
    std::string as_of;
    std::vector<std::pair<std::string, std::string>> inputs;  ///< path, sha256
};

/// The formats write_delta() knows
inline constexpr std::string_view kDeltaFormats[] = {"text", "json", "html", "md"};

/// The objects of a `check` JSON report's `findings`, in order, each as the report wrote it
/// (its lines, the first at the array's element indent, four spaces); Error when the text is
/// not laid out as lexcheck's JSON reporter lays it out
std::vector<std::string> finding_objects(std::string_view json_report);

/// Writes `delta` between `before` and `after` in `format`, one of kDeltaFormats
void write_delta(const Delta& delta, const DeltaSide& before, const DeltaSide& after,
                 const DeltaHeader& header, std::string_view format, std::ostream& out);

/// The section "Since the previous run" of a recorded run's HTML and Markdown reports: the
/// delta from run `previous` (none: the first run over these paths)
reports::SincePrevious since_previous(const Delta& delta, std::optional<std::int64_t> previous,
                                      const std::string& recorded_at);

}  // namespace lexcheck::audit
