// The fixture of the lint tests (tests/unit/checker/lint_test.cpp for checker::lint,
// tests/unit/analysis/lint_proofs_test.cpp for the solver's checks): a prelude, provision and
// measure that lint clean together, and matchers for one code's diagnostics.
#pragma once

#include "temp_dir.hpp"

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/rule_set.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace lexcheck::testing {

// Twelve lines: an instrument binding RU and a vocabulary that the base provision and
// measure below use completely, so that together they lint clean.
inline constexpr const char* kPrelude = R"lex(instrument t "Test treaty" {
  kind treaty origin regional in_force 2000-01-01
  party RU from 2000-01-01
}
vocabulary v {
  enum measure_kind { entry_ban, expulsion }
  enum person { worker, family }
  fact kind : measure_kind "what the measure does"
  fact applies_to : set<person> "whom it applies to"
  fact security : bool "whether it serves national security"
  fact order : bool "whether it serves public order"
}
)lex";

// Lines 13-19 when appended to kPrelude.
inline constexpr const char* kProvision = R"lex(provision t.p1 {
  of t cite "Article 1" text "No bans on workers."
  scope kind in {entry_ban, expulsion}
  prohibits applies_to has any {worker, family} "restricts workers"
  unless security "national security"
  unless order and not security "public order"
}
)lex";

inline constexpr const char* kMeasure = R"yaml(measures:
  - id: m1
    jurisdiction: RU
    facts:
      kind: entry_ban
      applies_to: [worker]
      security: false
)yaml";

struct Linted {
    TempDir dir{"lint"};
    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    std::vector<core::Diagnostic> all;

    std::vector<core::Diagnostic> with_code(const std::string& code) const;
    std::string rendered() const;
};

/// What lints: checker::lint, analysis::lint_proofs, or both
using Linter =
    std::function<void(const core::RuleSet&, const core::Corpus&, core::DiagnosticSink&)>;

/// Loads `lex` as rules.lex and `yaml` (when given) as measures.yaml, then lints them
std::unique_ptr<Linted> lint_with(const Linter& linter, const std::string& lex,
                                  const std::string& yaml = "");

struct Want {
    core::Severity severity;
    std::string file;  ///< rules.lex or measures.yaml
    std::uint32_t line, column;
    std::string underlined;
    std::string message;
    std::string help;
};

/// The diagnostics with `code` are exactly `want`, in order
void expect_lint(const Linted& l, const std::string& code, const std::vector<Want>& want);
void expect_no_lint(const Linted& l, const std::string& code);
void expect_label(const core::Diagnostic& d, const Linted& l, const std::string& underlined,
                  const std::string& text);

/// The prelude and the provision
std::string base();

}  // namespace lexcheck::testing
