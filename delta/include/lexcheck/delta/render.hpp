// Writing a delta (LANGUAGE.md §12) as text, JSON, HTML or Markdown. Every format leads with
// what a legal department asks of a bill: the binding violations it introduces, those it
// cures, the findings it makes contested or undetermined; then every other change, each with
// the finding before beside the finding after and its explanation.
#pragma once

#include "lexcheck/delta/delta.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::delta {

/// What the heading of a delta names, and the provenance its JSON lists
struct Header {
    std::string command;  ///< "impact" or "diff"
    std::string subject;  ///< "bills/x.yaml" or "old.json → new.json", for the heading
    core::Date as_of;
    std::vector<reports::InputFile> inputs;  ///< Sorted by path
    /// LANGUAGE.md §11: the quoted texts that differ from the source lock on the inputs after
    /// the change (`impact`'s, or the newer report's for `diff`), listed after the changes
    std::vector<reports::SourceChange> source_changes = {};
};

/// The groups every format shows, in this order
enum class Section { introduced, cured, unsettled, other };
Section section_of(const Change& c, const Side& before, const Side& after);
std::string_view section_title(Section s);

/// "violation, binding", or "no finding" for a side without one (also the audit trail's
/// "Since the previous run", docs/audit.md)
std::string state_text(const Side& side, const std::optional<std::size_t>& index);

/// The format names `write` accepts
std::vector<std::string> formats();

/// Writes the delta in `format`; false (nothing written) for an unknown format
bool write(std::string_view format, const Header& header, const Side& before, const Side& after,
           const Delta& delta, std::ostream& out);

}  // namespace lexcheck::delta
