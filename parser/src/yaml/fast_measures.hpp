// Measures from the fast reader's tree (fast_reader.hpp), read as measure_reader.cpp and
// facts.cpp read them, except that where those would report a diagnostic this gives up, so
// the yaml-cpp reader reads the file again and reports it with its position.
#pragma once

#include "yaml/fast_reader.hpp"

#include "lexcheck/core/schema.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/parser/measures.hpp"

#include <optional>

namespace lexcheck::parser::detail {

/// The measures of `tree` (read from `file`), or nullopt when the yaml-cpp reader would
/// report anything
std::optional<MeasureFile> read_fast_measures(const FastTree& tree, core::SourceId file,
                                              const core::Schema& schema);

}  // namespace lexcheck::parser::detail
