// Checking and quoting the Akoma Ntoso elements that provisions name with `source`.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/core/source.hpp"

namespace lexcheck::parser::detail {

/// For every provision with `source FILE EID`: reads FILE (relative to the provision's .lex
/// file) once, adds it to `rules.files`, and fills the link's resolved path and quoted text.
/// A missing file, malformed XML or an absent eId is an error at the clause.
void link_provision_sources(core::SourceManager& sources, core::RuleSet& rules,
                            core::DiagnosticSink& sink);

}  // namespace lexcheck::parser::detail
