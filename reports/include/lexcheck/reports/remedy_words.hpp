// Remedies and deciding facts (issue 17) in sentences a lawyer reads aloud: "Article 26(4)
// would comply with Article 97(2) if the law requires an individual assessment
// (`individual_assessment: true`)". Shared by every format and `lexcheck explain`.
#pragma once

#include "lexcheck/core/remedy.hpp"
#include "lexcheck/core/rule_set.hpp"

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::reports {

/// How a format writes the pieces: `text` escapes words from rule and measure files, `code`
/// marks fact names and values
struct RemedyMarkup {
    std::function<std::string(std::string_view)> text;
    std::function<std::string(std::string_view)> code;
};

/// Text as it is, code between backticks (text, JSON, `explain`)
const RemedyMarkup& plain_remedy_markup();

/// "Article 26(4) would comply with Article 97(2) if …", or "would fall outside" when the
/// changes take the measure out of the provision's scope
std::string remedy_sentence(const core::RuleSet& rules, const core::Measure& measure,
                            std::uint32_t provision, const core::Remedy& remedy,
                            const RemedyMarkup& markup = plain_remedy_markup());

/// A change as a measure file writes it: `individual_assessment: true`,
/// `applies_to: [third_country_national]` (no markup)
std::string change_code(const core::Schema& schema, const core::FactChange& change);

/// "`trigger.offence_scope` (Which offences set the measure off): if `migration_regime`:
/// compliant; if `any_administrative`: violation"
std::string deciding_sentence(const core::RuleSet& rules, const core::DecidingFact& fact,
                              const RemedyMarkup& markup = plain_remedy_markup());

/// "Once `a` and `b` are stated, the finding is decided, whatever their values."
std::string decided_by_sentence(const core::RuleSet& rules, const std::vector<std::uint32_t>& facts,
                                const RemedyMarkup& markup = plain_remedy_markup());

/// What the remedies of a finding do not list: none possible, the solver's limit, more
/// remedies than asked for, or remedies the checker did not confirm; "" when nothing
std::vector<std::string> remedy_notes(const core::RuleSet& rules, const core::Measure& measure,
                                      const core::FindingRemedies& remedies,
                                      const RemedyMarkup& markup = plain_remedy_markup());

/// The remedies of a finding as indented plain text (`explain`, the text report): each
/// remedy, the deciding facts of an undetermined finding, and the notes
void write_remedies_text(std::ostream& out, const core::RuleSet& rules,
                         const core::Measure& measure, const core::FindingRemedies& remedies,
                         std::string_view indent);

/// "compliant", "a violation", "not applicable", "still undetermined", "contested"
std::string_view outcome_words(core::Outcome o);

}  // namespace lexcheck::reports
