// Wording shared by every reporter, so all formats say the same thing the same way.
#pragma once

#include <optional>
#include <string>

#include "lexcheck/reports/reporter.hpp"

namespace lexcheck::reports::detail {

/// "file:line:col", or "" for an empty span
std::string location(const core::SourceManager& sources, core::SourceSpan span);

/// Why the finding binds or only advises: "RU is a party since 2015-01-01", "soft law", …
std::string binding_reason(const Report& r, const core::Finding& f);

/// "binding" or "advisory"
std::string_view binding_word(const core::Finding& f);

/// The value of a fact as the rule language writes it
std::string fact_value_text(const core::RuleSet& rules, const core::FactValue& v);

/// The value a trace step read, as text; nullopt when the fact was absent
std::optional<std::string> read_value(const Report& r, const core::Measure& m, const core::FactRead& read);

/// The instrument id of a finding's provision
const std::string& instrument_id(const Report& r, const core::Finding& f);

}  // namespace lexcheck::reports::detail
