// Where the cursor is in a measure file, from indentation alone: which keys enclose it and
// whether it is on a key or a value. Only for completion and hover; the measure file itself
// is read by the parser's reader, which gives every diagnostic.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::lsp::detail {

struct YamlContext {
    std::vector<std::string> parents;  ///< Enclosing keys, outermost first ("measures", "facts")
    bool on_key = false;               ///< The cursor is where a key is written
    std::string key;                   ///< On a value: its key; on a key: the key so far
    /// The dotted fact path of the enclosing keys after the last `facts`, with a final dot
    /// ("trigger."), or "" at the top of `facts:`; only when `in_facts`
    std::string fact_prefix;
    bool in_facts = false;
};

/// The context of byte `offset` of `text`
YamlContext yaml_context(std::string_view text, std::size_t offset);

/// The whole key written on the line of `offset`, when the cursor is on it
std::string yaml_key_at(std::string_view text, std::size_t offset);

}  // namespace lexcheck::lsp::detail
