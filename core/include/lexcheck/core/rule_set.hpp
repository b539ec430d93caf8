// A rule set: every declaration of every .lex file of a run, in one namespace.
#pragma once

#include "lexcheck/core/ast.hpp"
#include "lexcheck/core/schema.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lexcheck::core {

struct RuleSet {
    std::vector<SourceId> files;
    std::vector<Instrument> instruments;
    std::vector<VocabularyDecl> vocabularies;
    std::vector<Define> defines;
    std::vector<DefineLabel> define_labels;  ///< Sorted by define (LANGUAGE.md §13)
    std::vector<Provision> provisions;
    std::vector<Reading> readings;
    std::vector<TestBlock> tests;
    std::vector<Condition> conditions;  ///< The arena every CondId points into

    // Filled by the resolver.
    Schema schema;
    std::unordered_map<std::string, std::uint32_t> instrument_index;
    std::unordered_map<std::string, std::uint32_t> provision_index;
    std::unordered_map<std::string, std::uint32_t> reading_index;

    CondId add_condition(Condition c) {
        conditions.push_back(std::move(c));
        return static_cast<CondId>(conditions.size() - 1);
    }
    const Condition& condition(CondId id) const { return conditions[id]; }

    std::optional<std::uint32_t> find_provision(std::string_view id) const;
    std::optional<std::uint32_t> find_instrument(std::string_view id) const;
    std::optional<std::uint32_t> find_reading(std::string_view id) const;
    /// The label of a define, or nullptr when it has none (LANGUAGE.md §13)
    const DefineLabel* define_label(std::uint32_t define) const;
    /// The name of a provision's primary reading in reports (LANGUAGE.md §8)
    std::string_view position_of(std::uint32_t provision) const;
};

std::string_view instrument_kind_name(InstrumentKind k);
std::string_view origin_name(Origin o);
std::string_view paradigm_name(Paradigm p);
std::string_view provision_severity_name(ProvisionSeverity s);
std::string_view expectation_name(Expectation e);

}  // namespace lexcheck::core
