// A parsed measure file as one flat tree of nodes. Three parsers build it: the fast reader of
// block-style YAML (yaml/fast_reader.hpp), simdjson for JSON (json/json_tree.hpp) and yaml-cpp
// for everything else (yaml/yaml_cpp_tree.hpp); one reader (reader/reader.hpp) reads measures
// from it, whichever built it.
#pragma once

#include "lexcheck/core/source.hpp"

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::parser::detail {

/// Thrown by a fast path (a tree builder or the reader under GiveUpOnProblems) to leave a file
/// to yaml-cpp, which reports whatever made it give up
struct GiveUp {};

enum class NodeKind : std::uint8_t { null, scalar, sequence, map };

inline constexpr std::uint32_t kNoNode = 0xffffffffu;

/// One node. A map's children alternate key and value; a sequence's are its items.
struct Node {
    NodeKind kind = NodeKind::null;
    bool plain = false;       ///< A scalar written without quotes or tag (yaml-cpp's tag `?`)
    std::uint32_t begin = 0;  ///< The node as written: a scalar with its quotes, a flow
    std::uint32_t end = 0;    ///< collection to its closing bracket, else the rest of its line
    std::uint32_t first = kNoNode;  ///< First child
    std::uint32_t next = kNoNode;   ///< Next sibling
    std::string_view scalar;        ///< A scalar's value (in the text or in `owned`)
};

/// The documents of one file; reused from file to file to keep its capacity
struct Tree {
    core::SourceId file = 0;
    std::vector<Node> nodes;
    std::vector<std::uint32_t> documents;  ///< The root of each document
    std::deque<std::string> owned;         ///< Scalar values that are not slices of the text

    const Node& operator[](std::uint32_t i) const { return nodes[i]; }
    core::SourceSpan span(std::uint32_t i) const { return {file, nodes[i].begin, nodes[i].end}; }

    void clear(core::SourceId of_file) {
        file = of_file;
        nodes.clear();
        documents.clear();
        owned.clear();
    }
};

}  // namespace lexcheck::parser::detail
