// The one measure reader (LANGUAGE.md §4): reads the measures of a parsed file's tree
// (tree.hpp) by the measure schema (lexcheck/parser/measure_schema.hpp), whichever parser built
// the tree. A file is a map of `document:` defaults and `measures:`; a measure is a map of the
// schema's keys. What happens at a problem is the Policy's business (reader/policies.hpp):
// ReportProblems on yaml-cpp's tree, GiveUpOnProblems on the fast paths' trees.
#pragma once

#include "reader/values.hpp"
#include "tree/tree.hpp"

#include "lexcheck/core/schema.hpp"
#include "lexcheck/parser/measure_schema.hpp"
#include "lexcheck/parser/measures.hpp"

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace lexcheck::parser::detail {

template <class Policy>
class MeasureReader {
public:
    MeasureReader(const Tree& tree, const core::Schema& schema, Policy policy)
        : tree_(tree), policy_(policy), values_(tree, schema, policy) {}

    /// The measures of every document of the tree: each a measure file's root or, with
    /// `json_lines`, one measure (JSON Lines files have no `document:`)
    MeasureFile read(bool json_lines);

private:
    /// What `document:` gives every measure of its file
    struct Defaults {
        StatedMeasure measure;            ///< Only the members of the keys of kDocumentKeys are set
        bool jurisdiction_given = false;  ///< Even when invalid (reported already)
    };

    void read_root(std::uint32_t root, MeasureFile& out);
    Defaults read_document(std::uint32_t node);
    void read_measure(std::uint32_t node, const Defaults& defaults, MeasureFile& out);
    /// LANGUAGE.md §10 within one measure: `replaces`/`repeals` need `in_force`; a repeal
    /// states no facts
    void check_versions(const std::array<std::uint32_t, schema::kMeasureKeyCount>& given,
                        const core::Measure& m);
    /// Appends `read` unless its id was used before in the file
    void add(StatedMeasure&& read, std::uint32_t id_node, MeasureFile& out);

    /// Reads `value` as measure key `index` of the schema into `into`
    void read_key(std::size_t index, std::uint32_t value, StatedMeasure& into);
    template <std::size_t Index>
    void read_key_at(std::uint32_t value, StatedMeasure& into);

    /// Calls `on_key(index, value)` for each entry of `map` whose key is `names[index]`, the
    /// first time it is given (`given[index]` is then its key node); reports every other key:
    /// unknown ones (`what` has keys `names`) and ones given again (in `where`)
    template <std::size_t N, class OnKey>
    void read_keys(std::uint32_t map, const std::array<std::string_view, N>& names,
                   std::string_view what, std::string_view where,
                   std::array<std::uint32_t, N>& given, OnKey&& on_key);

    const Tree& tree_;
    Policy policy_;
    ValueReader<Policy> values_;
    std::unordered_map<std::string_view, core::SourceSpan> ids_;  ///< Into the tree
};

}  // namespace lexcheck::parser::detail
