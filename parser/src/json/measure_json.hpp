// The fast path for machine-written JSON and JSON Lines measure files (simdjson On-Demand).
// It reads only well-formed, schema-valid files; anything else (a syntax error, an unknown
// key or fact, a wrong type, an escape in a string, a duplicate) makes it give up, and the
// caller reads the file with the YAML reader, which reports every problem with its position.
// When it succeeds, the result is exactly what the YAML reader would return, spans included.
#pragma once

#include "lexcheck/core/schema.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/parser/measures.hpp"

#include <optional>

namespace lexcheck::parser::detail {

/// The measures of a `.json` (`jsonl`: one measure object per line) file, or nullopt when
/// the file needs the YAML reader
std::optional<MeasureFile> parse_json_measure_file(const core::SourceManager& sources,
                                                   core::SourceId file, const core::Schema& schema,
                                                   bool jsonl);

}  // namespace lexcheck::parser::detail
