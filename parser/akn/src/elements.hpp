// The quotable elements of an Akoma Ntoso document: every element with an eId, with its
// text (all descendant text, whitespace collapsed) and its `num` and `heading`.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/measure.hpp"

#include <pugixml.hpp>

namespace lexcheck::parser::detail {

/// Indexes every element under `root` that has an `eId`, or else an `xml:id` (AKN4EU
/// documents use only `xml:id`). A second element with the same id is a warning; the first
/// one is kept.
void index_elements(const pugi::xml_node& root, core::SourceId file, std::string_view text,
                    core::AknDocument& doc, core::DiagnosticSink& sink);

}  // namespace lexcheck::parser::detail
