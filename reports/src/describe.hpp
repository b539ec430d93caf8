// Wording shared by every reporter, so all formats say the same thing the same way.
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::reports::detail {

/// "file:line:col", or "" for an empty span
std::string location(const core::SourceManager& sources, core::SourceSpan span);

/// Why the finding binds or only advises: "RU is a party since 2015-01-01", "soft law", …
std::string binding_reason(const Report& r, const core::Finding& f);

/// "binding" or "advisory"
std::string_view binding_word(const core::Finding& f);
/// "2 measures not in force on 2021-01-01 were left out" (LANGUAGE.md §5), or "" when none was
std::string left_out_text(const Report& r);
/// left_out_text after "; ", to close the reports' Scope line, or ""
std::string scope_note(const Report& r);

/// What the finding says in words, advisory findings worded as what they are: "The measure
/// violates Article 97(2)", "The measure would violate Article 97(2) if RU were bound"
std::string verdict_text(const Report& r, const core::Finding& f);

/// What the finding says of the measure, for a list that names the measure first: "violates
/// Article 97(2)", "would violate Article 97(2) if RU were bound", "is contested under …"
std::string verdict_phrase(const Report& r, const core::Finding& f);

/// A chosen reading as JSON names it: the reading's id, or its provision's id for the
/// primary reading (LANGUAGE.md §8)
std::string chosen_text(const Report& r, const core::ChosenReading& c);
/// The chosen reading's `position` ("as encoded" for a primary reading without one)
std::string position_text(const Report& r, const core::ChosenReading& c);
/// The chosen reading's `authority` lines
std::vector<std::string> authorities_of(const Report& r, const core::ChosenReading& c);

/// The cells of one row of a readings table (LANGUAGE.md §8) in a report's markup: ids
/// through `code`, other text through `escape`, one point (or authority) a line
struct ReadingCells {
    std::string chosen, positions, authorities, missing;
};
ReadingCells reading_cells(const Report& r, const core::ReadingOutcome& a,
                           const std::function<std::string(std::string_view)>& escape,
                           const std::function<std::string(std::string_view)>& code,
                           std::string_view line_break);

/// The value of a fact as the rule language writes it
std::string fact_value_text(const core::RuleSet& rules, const core::FactValue& v);

/// The value a trace step read, as text; nullopt when the fact was absent
std::optional<std::string> read_value(const Report& r, const core::Measure& m,
                                      const core::FactRead& read);

/// The instrument id of a finding's provision
const std::string& instrument_id(const Report& r, const core::Finding& f);

/// "Violation", "Compliant", "Undetermined", "Not applicable": for headings and badges
std::string_view outcome_title(core::Outcome o);

/// outcome_title, with an advisory violation called what it is: "Would violate (advisory)"
std::string finding_title(const core::Finding& f);

/// A mark that tells the outcome without colour: ✗ ✓ ? –
std::string_view outcome_symbol(core::Outcome o);

/// The outcomes in the order the reports list them: the ones that need a lawyer first
inline constexpr std::array<core::Outcome, 5> kOutcomeOrder = {
    core::Outcome::violation, core::Outcome::contested, core::Outcome::undetermined,
    core::Outcome::compliant, core::Outcome::not_applicable};

/// "from 1996-08-15", "from 2000-01-01 until 2010-01-01", "until 2010-01-01", or ""
std::string in_force_text(const std::optional<core::Date>& from,
                          const std::optional<core::Date>& until);

/// A measure's version chain (LANGUAGE.md §10) in words, or "" when it has none: "replaces
/// ru.a.v2 (in force from 2015-01-01), which replaced ru.a.v1 (from 2010-01-01); replaced by
/// ru.a.v4 from 2026-01-01" or "…; repealed by ru.r from 2026-01-01"
std::string version_chain_text(const Report& r, const core::Measure& m);

/// The Akoma Ntoso document a measure quotes, or nullptr
const core::AknDocument* measure_document(const Report& r, const core::Measure& m);

/// The Akoma Ntoso element a measure quotes (its eId in its document), or nullptr
const core::AknElement* measure_source(const Report& r, const core::Measure& m);

/// An element's text without the leading number and heading (AknElement::text holds all
/// descendant text, so it starts with them); reports show those apart
std::string akn_body_text(const core::AknElement& e);

/// The instrument a provision belongs to, or nullptr
const core::Instrument* instrument_of(const Report& r, const core::Provision& p);

/// One trace step as a sentence: "scope: `kind in {a, b}` is true"
std::string trace_step_text(const core::TraceStep& s);

/// One fact a step read: "kind = entry_ban", or "kind is not stated"
std::string fact_read_text(const Report& r, const core::Measure& m, const core::FactRead& read);

/// "file:line" of a span's start, or "" for an empty span (links and SARIF regions use line)
std::string short_location(const core::SourceManager& sources, core::SourceSpan span);

/// A finding's identity across runs: hex SHA-256 of "measure id" NUL "provision id"
std::string finding_fingerprint(const Report& r, const core::Finding& f);

/// One SHA-256 over every input: of the lines "SHA256  PATH\n" in path order, exactly what
/// `sha256sum FILE... | sha256sum` prints for the files in that order
std::string inputs_digest(const Report& r);

/// Findings that ask for action: violation, contested and undetermined
bool needs_attention(const core::Finding& f);

/// The jurisdictions checked: as selected, or else those of the checked measures, sorted
std::vector<std::string> jurisdictions_checked(const Report& r);

/// "Treaty on the Eurasian Economic Union (eaeu_treaty): treaty, regional"
std::string instrument_text(const core::Instrument& inst);

/// The vocabulary description of a fact path, or "" when it has none
std::string fact_description(const Report& r, const std::string& path);

/// The findings of one measure: [begin, end) in Report::result.findings
struct MeasureGroup {
    std::uint32_t measure = 0;
    std::size_t begin = 0;
    std::size_t end = 0;
};
/// The findings split by measure, in finding order
std::vector<MeasureGroup> measure_groups(const Report& r);

/// The measure's listed findings (of group `g`) under the provisions `p` refers to with
/// `see`, in `see` order
std::vector<const core::Finding*> see_findings(const Report& r, const MeasureGroup& g,
                                               const core::Provision& p);

/// One line of the summary table: total count and its binding/advisory split. The split is
/// known for violation and undetermined from the summary; for the other outcomes only when
/// every such finding is listed (nullopt otherwise).
struct SummaryRow {
    core::Outcome outcome = core::Outcome::violation;
    std::size_t total = 0;
    std::optional<std::size_t> binding;
    std::optional<std::size_t> advisory;
};
std::vector<SummaryRow> summary_rows(const Report& r);

}  // namespace lexcheck::reports::detail
