// What an Akoma Ntoso document amends (LANGUAGE.md §12, `scaffold`): its active `textualMod`
// elements and the inline `mod` elements no textualMod describes, each with the elements of
// the document that hold it and the destinations it names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::parser {

struct AknModification {
    /// The textualMod's `type` as written (`substitution`, `insertion`, `repeal`, …), or
    /// `mod` for an inline mod that no textualMod describes
    std::string type;
    /// The eId of the textualMod (else of the mod), to name it in comments; may be empty
    std::string label;
    /// The eIds of the element that holds the amending text (the textualMod's `source`, or
    /// the mod) and of its ancestors that have one, innermost first
    std::vector<std::string> within;
    struct Destination {
        std::string href;   ///< As written: `/akn/…/main#sec_3`, `…/!main~art_26`, `#sec_1`
        std::string up_to;  ///< The `upTo` of a range, else empty
    };
    /// The date the document gives the modification (the `date` of the element its
    /// `period`, or its `application`'s, names), else empty
    std::string date;
    /// What it amends, in document order; `pos` anchors (`pos="after"`) are left out. Empty
    /// when the document names no destination (an inline mod without `for` or a `ref`).
    std::vector<Destination> destinations;
};

/// The modifications of an Akoma Ntoso document, textualMods first, then the inline mods no
/// textualMod names as its source, each in document order. The text was already accepted
/// by parse_akn_document; XML it cannot read gives an empty list.
std::vector<AknModification> read_modifications(std::string_view xml);

}  // namespace lexcheck::parser
