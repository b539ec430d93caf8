// Reading one measure file: YAML, JSON or JSON Lines (LANGUAGE.md §4, §6).
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/schema.hpp"

#include <string>
#include <vector>

namespace lexcheck::parser {

/// A measure file's contents before documents are linked: its measures, and the AKN path
/// (relative to the measure file, as written) each measure quotes, with where it was written
struct MeasureFile {
    std::vector<core::Measure> measures;
    std::vector<std::string> akn_paths;       ///< Parallel to `measures`; empty when none
    std::vector<core::SourceSpan> akn_spans;  ///< Parallel to `measures`
};

/// Parses a YAML (or JSON) measure file already in `sources`, checking every fact against
/// `schema`. Errors carry the file, line and column of the offending node.
MeasureFile parse_measure_file(const core::SourceManager& sources, core::SourceId file,
                               const core::Schema& schema, core::DiagnosticSink& sink);

}  // namespace lexcheck::parser
