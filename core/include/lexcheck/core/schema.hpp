// The resolved vocabulary of a rule set: every enum and fact with its type.
// Measures are checked against it; the checker addresses facts by index.
#pragma once

#include "lexcheck/core/source.hpp"
#include "lexcheck/core/value.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lexcheck::core {

struct EnumInfo {
    std::string name;
    SourceSpan span;
    std::vector<std::string> values;
    std::vector<SourceSpan> value_spans;
    /// Per value: how a sentence names it, "" when it has no label (LANGUAGE.md §13)
    std::vector<std::string> labels{};

    /// Index of a value by name
    std::optional<std::uint32_t> find(std::string_view value) const;
};

struct FactInfo {
    std::string path;
    Type type;
    std::string description;
    SourceSpan span;
    bool builtin = false;
    /// The words that introduce its value in a sentence, "" when none (LANGUAGE.md §13)
    std::string as{};
};

/// Built-in facts every measure has (LANGUAGE.md §2), at these fixed indices
inline constexpr std::uint32_t kFactJurisdiction = 0;
inline constexpr std::uint32_t kFactInForce = 1;
inline constexpr std::uint32_t kFactUntil = 2;
/// `affects : set<state>` (LANGUAGE.md §9), read from the measure's `affects:` key
inline constexpr std::uint32_t kFactAffects = 3;
/// The enum_id of a set of states: its members are state_number()s
inline constexpr std::uint32_t kStateCodes = kNone - 1;

class Schema {
public:
    Schema();  ///< Starts with the built-in facts

    std::uint32_t add_enum(EnumInfo info);
    std::uint32_t add_fact(FactInfo info);

    std::optional<std::uint32_t> find_enum(std::string_view name) const;
    std::optional<std::uint32_t> find_fact(std::string_view path) const;

    const std::vector<EnumInfo>& enums() const { return enums_; }
    const std::vector<FactInfo>& facts() const { return facts_; }
    const EnumInfo& enum_info(std::uint32_t id) const { return enums_[id]; }
    const FactInfo& fact(std::uint32_t id) const { return facts_[id]; }

    /// "int", "set<ground>", "measure_kind", ...
    std::string type_name(const Type& t) const;
    /// A value as the rule language spells it: `3y` is shown as `1095d`, sets as `{a, b}`
    std::string format_value(const Value& v, std::uint32_t enum_id = kNone) const;

private:
    std::vector<EnumInfo> enums_;
    std::vector<FactInfo> facts_;
    std::unordered_map<std::string, std::uint32_t> enum_index_;
    std::unordered_map<std::string, std::uint32_t> fact_index_;
};

}  // namespace lexcheck::core
