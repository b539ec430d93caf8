// One measure map and the `document:` defaults of a measure file (LANGUAGE.md §4).
#pragma once

#include "yaml/context.hpp"

#include "lexcheck/core/measure.hpp"

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace lexcheck::parser::detail {

/// `document:` values that every measure of the file inherits
struct MeasureDefaults {
    std::optional<std::string> jurisdiction;
    bool jurisdiction_written = false;  ///< Even when invalid (already reported)
    std::string title;
    std::string akn;
    core::SourceSpan akn_span;
};

/// A measure as read, with the AKN path it quotes (as written) and where that was written
struct ReadMeasure {
    core::Measure measure;
    std::string akn;
    core::SourceSpan akn_span;
};

MeasureDefaults read_document(const YamlContext& ctx, const YAML::Node& node);

/// Nullopt when the measure has no usable id; other problems are reported and the measure
/// is kept so that later checks (duplicate ids) still see it
std::optional<ReadMeasure> read_measure(const YamlContext& ctx, const YAML::Node& node,
                                        const MeasureDefaults& defaults);

}  // namespace lexcheck::parser::detail
