// The three ways measure_file.cpp reads a measure file, one at a time: for tests and the fuzz
// target, which check that the fast paths read exactly what yaml-cpp reads.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/schema.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/parser/measures.hpp"

#include <optional>

namespace lexcheck::parser::detail {

/// The fast YAML reader alone: nullopt where it leaves the file to yaml-cpp
std::optional<MeasureFile> parse_measure_file_fast_yaml(const core::SourceManager& sources,
                                                        core::SourceId file,
                                                        const core::Schema& schema);

/// The JSON fast path alone (a `.jsonl` file as JSON Lines): nullopt where it leaves the file
/// to yaml-cpp
std::optional<MeasureFile> parse_measure_file_json(const core::SourceManager& sources,
                                                   core::SourceId file, const core::Schema& schema);

/// yaml-cpp alone (a `.jsonl` file as JSON Lines), reporting every problem in `sink`
MeasureFile parse_measure_file_yaml_cpp(const core::SourceManager& sources, core::SourceId file,
                                        const core::Schema& schema, core::DiagnosticSink& sink);

}  // namespace lexcheck::parser::detail
