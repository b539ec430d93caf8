// Rules and measures given as text, loaded as `lexcheck` loads files: for tests that build
// their inputs in memory (golden cases, random rule sets).
#pragma once

#include "temp_dir.hpp"

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/rule_set.hpp"

#include <memory>
#include <string>

namespace lexcheck::testing {

struct LoadedInputs {
    TempDir dir{"inputs"};
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    std::string errors;  ///< Every diagnostic, rendered; empty when both loaded cleanly
};

/// Loads `lex` as rules.lex and, when the rules load, `yaml` as measures.yaml
std::unique_ptr<LoadedInputs> load_inputs(const std::string& lex, const std::string& yaml);

}  // namespace lexcheck::testing
