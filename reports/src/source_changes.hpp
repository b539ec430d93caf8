// LANGUAGE.md §11: the quoted texts that changed since the source lock, with the word-level
// difference of the locked and current text, in every report format. Nothing is written when
// nothing changed, so reports without a lock (or with a clean one) are as before.
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <ostream>
#include <string>

namespace lexcheck::reports::detail {

/// "Source texts changed since the lock (N)", then per text `[-removed-]` and `{+added+}`
void write_text_source_changes(const Report& r, std::ostream& out);
/// A `## Source texts changed since the lock` section: ~~removed~~ and **added**
void write_markdown_source_changes(const Report& r, std::ostream& out);
/// A `<section id="source-changes">` with `<del>` and `<ins>`
void write_html_source_changes(const Report& r, std::ostream& out);
/// `"source_changes": [{"id", "kind", "akn", "eId", "locked", "current", "diff": [{"kind",
/// "text"}]}],` at the top level, before `findings` (docs/json-format.md)
void write_json_source_changes(const Report& r, std::string& out);

}  // namespace lexcheck::reports::detail
