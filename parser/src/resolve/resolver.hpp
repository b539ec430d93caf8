// The resolver's shared state: the passes in this folder each bind one kind of name.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"

#include <string>
#include <unordered_set>
#include <vector>

namespace lexcheck::parser::detail {

struct Resolver {
    const core::SourceManager& sources;
    core::RuleSet& rules;
    core::DiagnosticSink& sink;
    /// Facts whose declaration was reported (e.g. an unknown type): their uses say nothing more
    std::unordered_set<std::string> broken_facts = {};

    /// Error with an optional secondary label
    void error(std::string code, core::SourceSpan at, std::string message,
               std::optional<std::string> help = std::nullopt,
               std::optional<core::Label> label = std::nullopt) const;

    std::vector<std::string> fact_paths() const;
    std::vector<std::string> define_names() const;
    std::vector<std::string> provision_ids() const;
    std::vector<std::string> instrument_ids() const;
};

/// The words reserved inside conditions (LANGUAGE.md §1)
bool is_reserved_word(std::string_view word);

void resolve_instruments(Resolver& r);
void resolve_vocabularies(Resolver& r);
void resolve_defines(Resolver& r);
void resolve_provisions(Resolver& r);
void resolve_conditions(Resolver& r);
void check_define_cycles(Resolver& r);
void check_exception_cycles(Resolver& r);
void resolve_tests(Resolver& r);

}  // namespace lexcheck::parser::detail
