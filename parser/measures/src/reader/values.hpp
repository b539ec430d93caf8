// The values of a measure's keys, one `read` per value type of the measure schema
// (lexcheck/parser/measure_schema.hpp): scalars, `facts:` with the typed value of each fact
// (LANGUAGE.md §1, §4), `expect:`, and lists. Each writes the value into the member the schema
// names and says whether it did; a problem goes to the Policy (reader/policies.hpp).
#pragma once

#include "reader/messages.hpp"
#include "tree/tree.hpp"

#include "lexcheck/core/schema.hpp"
#include "lexcheck/parser/measure_schema.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::parser::detail {

template <class Policy>
class ValueReader {
public:
    ValueReader(const Tree& tree, const core::Schema& schema, Policy policy)
        : tree_(tree), schema_(schema), policy_(policy) {}

    bool read(schema::Text, std::uint32_t node, std::string_view key, std::string& into);
    bool read(schema::Id, std::uint32_t node, std::string_view key, std::string& into);
    bool read(schema::State, std::uint32_t node, std::string_view key, std::string& into);
    bool read(schema::Date, std::uint32_t node, std::string_view key,
              std::optional<core::Date>& into);
    bool read(schema::Wording, std::uint32_t node, std::string_view key, core::Wording& into);
    bool read(schema::Facts, std::uint32_t node, std::string_view key, core::FactList& into);
    bool read(schema::Expects, std::uint32_t node, std::string_view key,
              std::vector<core::MeasureExpect>& into);

    template <class Item>
    bool read(schema::List<Item>, std::uint32_t node, std::string_view key,
              std::optional<std::vector<typename Item::Stored>>& into) {
        if (tree_[node].kind != NodeKind::sequence) {
            policy_([&] { return not_a_list(tree_, node, key, Item::kListOf, Item::kExample); });
            return false;
        }
        std::vector<typename Item::Stored> items;
        bool ok = true;
        for (std::uint32_t i = tree_[node].first; i != kNoNode; i = tree_[i].next) {
            ok = read(Item{}, i, key, items.emplace_back()) && ok;  // every item is checked
        }
        if (ok) into = std::move(items);
        return ok;
    }

    template <class Item>
    bool read(schema::Set<Item>, std::uint32_t node, std::string_view key,
              std::optional<std::vector<typename Item::Stored>>& into) {
        if (!read(schema::List<Item>{}, node, key, into)) return false;
        std::sort(into->begin(), into->end());
        into->erase(std::unique(into->begin(), into->end()), into->end());
        return true;
    }

private:
    void read_fact_map(std::uint32_t map, const std::string& prefix, core::FactList& into);
    void read_fact(std::uint32_t key, std::uint32_t value, const std::string& path,
                   core::FactList& into);
    /// The value of `fact` at `node`; `ok` is false after a problem (the value is returned,
    /// not an optional, so that it is built in place: values are read by the million)
    core::Value fact_value(std::uint32_t node, const core::Type& type, std::string_view fact,
                           bool& ok);
    std::optional<std::uint32_t> enum_value(std::uint32_t node, std::uint32_t enum_id,
                                            std::string_view fact);
    core::Value set_value(std::uint32_t node, const core::Type& type, std::string_view fact,
                          bool& ok);
    const std::vector<std::string>& declared_paths();

    const Tree& tree_;
    const core::Schema& schema_;
    Policy policy_;
    /// Per fact: the `facts:` map (counted by facts_read_) that gave it, and where
    std::vector<std::uint32_t> fact_given_in_;
    std::vector<core::SourceSpan> fact_given_at_;
    std::uint32_t facts_read_ = 0;
    std::vector<std::string> declared_;  ///< Fact paths, for suggestions
};

}  // namespace lexcheck::parser::detail
