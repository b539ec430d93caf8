// The words of the measure reader's diagnostics (docs/diagnostics.md): each problem's message
// and help, built only when a policy reports it (policies.hpp).
#pragma once

#include "tree/tree.hpp"

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/diagnostic_builder.hpp"
#include "lexcheck/core/schema.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::parser::detail {

/// "a map", "a list", "no value" or the scalar in backticks, for type errors
std::string describe(const Tree& tree, std::uint32_t node);

/// `a`, `b`, `c` for messages that list the allowed words
std::string backtick_list(const std::vector<std::string>& words);

/// `yaml_schema_error`: `what` must be a map
core::Diagnostic not_a_map(const Tree& tree, std::uint32_t node, std::string_view what);

/// `yaml_unknown_key`: `key` is not one of `allowed` (the keys of `where`)
core::Diagnostic unknown_key(const Tree& tree, std::uint32_t key, std::string_view where,
                             const std::vector<std::string>& allowed);

/// `yaml_schema_error`: `key` is given a second time in `where`, first at `first`
core::Diagnostic given_twice(const Tree& tree, std::uint32_t key, core::SourceSpan first,
                             std::string_view where);

/// `yaml_type_error`: `key` expects `expected`, with what was found
core::Diagnostic type_error(const Tree& tree, std::uint32_t node, std::string_view key,
                            std::string_view expected,
                            std::optional<std::string> help = std::nullopt);

/// `yaml_type_error`: `key` is a list of `items` (written like `example`), not what was found
core::Diagnostic not_a_list(const Tree& tree, std::uint32_t node, std::string_view key,
                            std::string_view items, std::string_view example);

/// `yaml_unknown_enum_value`: `node` is not `what` (one of `allowed`), with a suggestion
core::Diagnostic not_one_of(const Tree& tree, std::uint32_t node, std::string_view what,
                            const std::vector<std::string>& allowed);

/// `yaml_invalid_date`: the scalar at `node` is not a calendar date
core::Diagnostic invalid_date(const Tree& tree, std::uint32_t node);

/// `yaml_invalid_duration`: the scalar at `node` is not a duration
core::Diagnostic invalid_duration(const Tree& tree, std::uint32_t node);

/// The help line of a malformed date or state code
extern const std::string kDateHelp;
extern const std::string kStateHelp;

}  // namespace lexcheck::parser::detail
