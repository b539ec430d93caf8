// LANGUAGE.md §11: the quoted texts that changed since the source lock, with the word-level
// difference of the locked and current text, in every report format. Nothing is written when
// nothing changed, so reports without a lock (or with a clean one) are as before.
#pragma once

#include "lexcheck/reports/source_change.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace lexcheck::reports::detail {

// The check reports (Report::source_changes) and the delta views of `impact` and `diff`
// (delta::Header::source_changes) write the same sections.
using SourceChanges = std::vector<SourceChange>;

/// "Source texts changed since the lock (N)", then per text `[-removed-]` and `{+added+}`
void write_text_source_changes(const SourceChanges& changes, std::ostream& out);
/// A `## Source texts changed since the lock` section: ~~removed~~ and **added**
void write_markdown_source_changes(const SourceChanges& changes, std::ostream& out);
/// A `<section id="source-changes">` with `<del>` and `<ins>`
void write_html_source_changes(const SourceChanges& changes, std::ostream& out);
/// `"source_changes": [{"id", "kind", "akn", "eId", "locked", "current", "diff": [{"kind",
/// "text"}]}],` at the top level, before `findings` (docs/json-format.md)
void write_json_source_changes(const SourceChanges& changes, std::string& out);
/// "measure `X`: `EID` in `FILE` changed since the lock: kept [-removed-] {+added+}", for a
/// SARIF notification
std::string source_change_sentence(const SourceChange& c);

}  // namespace lexcheck::reports::detail
