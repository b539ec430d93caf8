// The `facts:` map of a measure: dotted keys and nested maps name the same fact (LANGUAGE.md §4).
#pragma once

#include "yaml/context.hpp"

#include "lexcheck/core/measure.hpp"

#include <yaml-cpp/yaml.h>

namespace lexcheck::parser::detail {

/// Reads every fact under `facts` into `measure.facts`, sorted by fact index; unknown facts,
/// facts given twice and ill-typed values are reported and left out
void read_facts(const YamlContext& ctx, const YAML::Node& facts, core::Measure& measure);

}  // namespace lexcheck::parser::detail
