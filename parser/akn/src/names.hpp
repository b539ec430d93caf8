// Akoma Ntoso namespaces and element names: elements are matched by local name within the
// accepted namespaces, never by prefix.
#pragma once

#include <string_view>

namespace lexcheck::parser::detail {

/// AKN 3.0, its WD17 draft, and LegalDocML.de 1.x (an AKN profile with its own namespace)
bool is_akn_namespace(std::string_view uri);

/// The accepted namespaces, for help texts
std::string_view akn_namespace_list();

/// `akn:article` → `article`
inline std::string_view local_name(std::string_view qualified) {
    auto colon = qualified.find(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

/// `akn:article` → `akn`; empty without a prefix
inline std::string_view prefix_of(std::string_view qualified) {
    auto colon = qualified.find(':');
    return colon == std::string_view::npos ? std::string_view{} : qualified.substr(0, colon);
}

/// Inline elements (`i`, `ref`, `term`, …) run on with the text around them; every other
/// element is a block whose edges separate words, so `<num>1</num><p>x</p>` reads "1 x"
bool is_inline_element(std::string_view local);

}  // namespace lexcheck::parser::detail
