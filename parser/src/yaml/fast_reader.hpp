// A reader for the block-style YAML subset that measure files are written in: block maps and
// sequences by indentation, plain and quoted one-line scalars, one-level flow sequences, empty
// `{}`, comments and `---`. It builds a flat tree whose spans are those YamlLocator gives the
// same nodes; on anything outside the subset it gives up and yaml-cpp reads the file.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::parser::detail {

enum class FastKind : std::uint8_t { null, scalar, sequence, map };

inline constexpr std::uint32_t kNoNode = 0xffffffffu;

/// One node. A map's children alternate key and value; a sequence's are its items.
struct FastNode {
    FastKind kind = FastKind::null;
    bool plain = false;       ///< A scalar written without quotes (yaml-cpp's tag `?`)
    std::uint32_t begin = 0;  ///< The span YamlLocator gives the node (null: unused)
    std::uint32_t end = 0;
    std::uint32_t first = kNoNode;  ///< First child
    std::uint32_t next = kNoNode;   ///< Next sibling
    std::string_view scalar;        ///< A scalar's value (into the text or `unescaped`)
};

/// The documents of one file; reused from file to file to keep its capacity
struct FastTree {
    std::vector<FastNode> nodes;
    std::vector<std::uint32_t> documents;  ///< Root of each non-empty document
    std::deque<std::string> unescaped;     ///< Double-quoted scalars that held escapes

    void clear() {
        nodes.clear();
        documents.clear();
        unescaped.clear();
    }
};

/// Reads `text` into `tree`; false when it is outside the subset (then `tree` is garbage)
bool read_fast_yaml(std::string_view text, FastTree& tree);

}  // namespace lexcheck::parser::detail
