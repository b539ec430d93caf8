// A guard for a yaml-cpp bug: YAML::LoadAll never returns on a document whose first token
// is `,` (it adds an empty document per turn until memory runs out: jbeder/yaml-cpp#1040,
// fixed upstream by #1319, after Debian 12's 0.7.0). Such a file is reported instead.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace lexcheck::parser::detail {

/// The byte offset of a `,` that opens a YAML document of `text` (after comments,
/// directives, `---` and node properties such as `!tag` or `&anchor`), if there is one
std::optional<std::size_t> comma_opening_a_document(std::string_view text);

}  // namespace lexcheck::parser::detail
