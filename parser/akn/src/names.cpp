#include "names.hpp"

#include <algorithm>
#include <array>

namespace lexcheck::parser::detail {

namespace {
constexpr std::string_view kAkn30 = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
constexpr std::string_view kAknWd17 = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17";
constexpr std::string_view kLegalDocMlDe = "http://Inhaltsdaten.LegalDocML.de/1.";

// Sorted, for binary search. AKN 3.0 inline and marker elements (akomantoso30.xsd
// groups `inlineCM`, `markerreq`), plus HTML-like inlines.
constexpr std::array<std::string_view, 59> kInline = {"a",
                                                      "abbr",
                                                      "affectedDocument",
                                                      "argument",
                                                      "b",
                                                      "change",
                                                      "concept",
                                                      "courtType",
                                                      "date",
                                                      "decoration",
                                                      "def",
                                                      "del",
                                                      "docAuthority",
                                                      "docCommittee",
                                                      "docDate",
                                                      "docIntroducer",
                                                      "docJurisdiction",
                                                      "docNumber",
                                                      "docProponent",
                                                      "docPurpose",
                                                      "docStage",
                                                      "docStatus",
                                                      "docTitle",
                                                      "docType",
                                                      "entity",
                                                      "event",
                                                      "fillIn",
                                                      "i",
                                                      "inline",
                                                      "ins",
                                                      "judge",
                                                      "lawyer",
                                                      "legislature",
                                                      "location",
                                                      "mmod",
                                                      "mref",
                                                      "neutralCitation",
                                                      "noteRef",
                                                      "object",
                                                      "omissis",
                                                      "opinion",
                                                      "organization",
                                                      "outcome",
                                                      "party",
                                                      "person",
                                                      "placeholder",
                                                      "process",
                                                      "quantity",
                                                      "ref",
                                                      "relatedDocument",
                                                      "role",
                                                      "rref",
                                                      "session",
                                                      "shortTitle",
                                                      "span",
                                                      "sub",
                                                      "sup",
                                                      "term",
                                                      "u"};
}  // namespace

bool is_akn_namespace(std::string_view uri) {
    if (uri == kAkn30 || uri == kAknWd17) return true;
    // LegalDocML.de: http://Inhaltsdaten.LegalDocML.de/1.8.2/ and other 1.x versions
    return uri.size() > kLegalDocMlDe.size() &&
           uri.substr(0, kLegalDocMlDe.size()) == kLegalDocMlDe;
}

std::string_view akn_namespace_list() {
    return "`http://docs.oasis-open.org/legaldocml/ns/akn/3.0`, "
           "`http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17` and "
           "`http://Inhaltsdaten.LegalDocML.de/1.x/`";
}

bool is_inline_element(std::string_view local) {
    return std::binary_search(kInline.begin(), kInline.end(), local);
}

}  // namespace lexcheck::parser::detail
