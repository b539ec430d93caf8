// What every YAML reading step shares: the vocabulary, positions and the diagnostic sink.
#pragma once

#include "yaml/locator.hpp"

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/schema.hpp"

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::parser::detail {

struct YamlContext {
    const core::Schema& schema;
    const YamlLocator& at;
    core::DiagnosticSink& sink;

    void error(std::string code, const YAML::Node& node, std::string message,
               std::optional<std::string> help = std::nullopt) const {
        sink.error(std::move(code), at.span(node), std::move(message), std::move(help));
    }
};

/// "a map", "a list", "no value" or the scalar in backticks, for type errors
std::string describe_node(const YAML::Node& node);

/// `a`, `b`, `c` for messages that list the allowed words
std::string backtick_list(const std::vector<std::string>& words);

/// Checks that `node` is a map; reports `yaml_schema_error` naming `what` otherwise
bool expect_map(const YamlContext& ctx, const YAML::Node& node, std::string_view what);

/// Reports `yaml_unknown_key` for a key that is not one of `allowed` (in `where`)
void unknown_key(const YamlContext& ctx, const YAML::Node& key, std::string_view where,
                 const std::vector<std::string>& allowed);

}  // namespace lexcheck::parser::detail
