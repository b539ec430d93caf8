// The resolver's shared state: the passes in this folder each bind one kind of name.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/name_index.hpp"
#include "lexcheck/core/rule_set.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace lexcheck::parser::detail {

struct Resolver {
    const core::SourceManager& sources;
    core::RuleSet& rules;
    core::DiagnosticSink& sink;
    /// Facts whose declaration was reported (e.g. an unknown type): their uses say nothing more
    std::unordered_set<std::string> broken_facts = {};
    /// Every fact (`kFactName | index`) and every registered define (its index) by name;
    /// filled by resolve_defines
    core::NameIndex names = {};
    static constexpr std::uint32_t kFactName = 0x8000'0000u;
    /// Per condition, filled by resolve_conditions for the define cycle check: the define
    /// a reference names, kConnective for a node with children, else kNone. The check then
    /// reads 4 bytes per condition instead of the condition.
    std::vector<std::uint32_t> define_refs = {};
    static constexpr std::uint32_t kConnective = core::kNone - 1;

    /// The name `names` holds under `value`
    std::string_view name_of(std::uint32_t value) const {
        if (value & kFactName) return rules.schema.fact(value & ~kFactName).path;
        return rules.defines[value].name.text;
    }
    /// Adds a fact or define to `names`; the value already there if the name is taken
    std::optional<std::uint32_t> add_name(std::string_view name, std::uint32_t value) {
        return names.insert(name, value, [this](std::uint32_t v) { return name_of(v); });
    }
    /// What `names` holds under `name`: `kFactName | fact` or a define index
    std::optional<std::uint32_t> lookup(std::string_view name) const {
        return names.find(name, [this](std::uint32_t v) { return name_of(v); });
    }
    /// The fact called `name`, if any
    std::optional<std::uint32_t> fact_named(std::string_view name) const {
        auto v = lookup(name);
        if (!v || !(*v & kFactName)) return std::nullopt;
        return *v & ~kFactName;
    }
    /// The define registered under `name`, if any
    std::optional<std::uint32_t> define_named(std::string_view name) const {
        auto v = lookup(name);
        if (!v || (*v & kFactName)) return std::nullopt;
        return v;
    }

    /// Error with an optional secondary label
    void error(std::string code, core::SourceSpan at, std::string message,
               std::optional<std::string> help = std::nullopt,
               std::optional<core::Label> label = std::nullopt) const;

    std::vector<std::string> fact_paths() const;
    std::vector<std::string> define_names() const;
    std::vector<std::string> provision_ids() const;
    std::vector<std::string> instrument_ids() const;
};

void resolve_instruments(Resolver& r);
void resolve_vocabularies(Resolver& r);
void resolve_defines(Resolver& r);
void resolve_provisions(Resolver& r);
// readings.cpp (LANGUAGE.md §8)
void register_readings(Resolver& r);
void resolve_readings(Resolver& r);
void check_reading_bound(Resolver& r);
/// When `name` is a reading's id, reports that a reading cannot be named `where` and
/// returns true
bool report_reading_ref(const Resolver& r, const core::Name& name, std::string_view where);
/// Binds `expect P under READING` to its point and reading
void resolve_under(Resolver& r, core::TestExpect& e);
void resolve_conditions(Resolver& r);
void check_define_cycles(Resolver& r);
void check_exception_cycles(Resolver& r);
void resolve_tests(Resolver& r);

}  // namespace lexcheck::parser::detail
