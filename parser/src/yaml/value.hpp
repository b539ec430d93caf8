// Typed fact values from YAML scalars and lists (LANGUAGE.md §1 literals, §4 measures).
#pragma once

#include "yaml/context.hpp"

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/value.hpp"

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string_view>

namespace lexcheck::parser::detail {

/// The value written for fact `fact`, converted to `type`; every problem is reported at
/// the offending node and gives nullopt
std::optional<core::Value> read_value(const YamlContext& ctx, const YAML::Node& node,
                                      const core::Type& type, std::string_view fact);

/// A `YYYY-MM-DD` date for key `key` (`yaml_invalid_date` when it is not a real date)
std::optional<core::Date> read_date(const YamlContext& ctx, const YAML::Node& node,
                                    std::string_view key);

/// A plain text scalar for key `key` (`yaml_type_error` otherwise)
std::optional<std::string> read_text(const YamlContext& ctx, const YAML::Node& node,
                                     std::string_view key);

/// A state code (two capitals) for key `key`
std::optional<std::string> read_state(const YamlContext& ctx, const YAML::Node& node,
                                      std::string_view key);

}  // namespace lexcheck::parser::detail
