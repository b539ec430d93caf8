// Reading Akoma Ntoso 3.0 documents (LANGUAGE.md §4, §6): the FRBR identification and every
// element with an eId, for quoting and for checking the eIds that rules and measures name.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/source.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lexcheck::parser {

/// Parses an Akoma Ntoso 3.0 document already in `sources`: FRBR identification and every
/// element with an eId. Never loads a DTD or external entity. Unknown namespaces, malformed
/// XML and non-AKN roots are errors with line and column.
std::optional<core::AknDocument> parse_akn_document(const core::SourceManager& sources,
                                                    core::SourceId file,
                                                    core::DiagnosticSink& sink);

/// The help for an eId that `doc` lacks: "did you mean `x`?", or the children of the eId's
/// parent element. `sorted_eids` keeps the document's eIds between calls (filled on the first).
std::optional<std::string> suggest_eid(const core::AknDocument& doc, const std::string& eid,
                                       std::vector<std::string>& sorted_eids);

}  // namespace lexcheck::parser
