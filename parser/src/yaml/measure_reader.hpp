// One measure map and the `document:` defaults of a measure file (LANGUAGE.md §4).
#pragma once

#include "yaml/context.hpp"
#include "yaml/measure_parts.hpp"

#include "lexcheck/core/measure.hpp"

#include <yaml-cpp/yaml.h>

#include <optional>

namespace lexcheck::parser::detail {

MeasureDefaults read_document(const YamlContext& ctx, const YAML::Node& node);

/// Nullopt when the measure has no usable id; other problems are reported and the measure
/// is kept so that later checks (duplicate ids) still see it
std::optional<ReadMeasure> read_measure(const YamlContext& ctx, const YAML::Node& node,
                                        const MeasureDefaults& defaults);

}  // namespace lexcheck::parser::detail
