// The report of `lexcheck conflicts` (issue 17): text, JSON (docs/json-format.md) or
// Markdown, each proof in a sentence, conflicts with their witness measure and the checker's
// trace of why it cannot comply.
#pragma once

#include "lexcheck/core/conflict.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/reports/remedy_words.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::reports {

/// text (the default), json, md
std::vector<std::string> conflict_formats();

/// Writes `report` in `format` (one of conflict_formats())
void write_conflicts(const core::ConflictReport& report, const core::RuleSet& rules,
                     const core::SourceManager& sources, std::string_view format,
                     std::ostream& out);

/// The proof in words: "No measure of RU within the scope of both Article 22(3) and …"
std::string proof_sentence(const core::RuleSet& rules, const core::Proof& proof,
                           const RemedyMarkup& markup = plain_remedy_markup());

}  // namespace lexcheck::reports
