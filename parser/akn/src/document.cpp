// parse_akn_document: FRBR identification and the eId index of one Akoma Ntoso document.
#include "elements.hpp"
#include "names.hpp"

#include "lexcheck/parser/akn.hpp"

#include <pugixml.hpp>

#include <cctype>
#include <string>

namespace lexcheck::parser {

namespace {

// No parse_doctype: a DOCTYPE is skipped, never read, so no DTD or external entity is
// loaded (pugixml has no entity expansion beyond the five predefined ones and character
// references). parse_ws_pcdata keeps the spaces between inline elements (`<i>a</i> <b>b</b>`).
constexpr unsigned kParseOptions = pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol |
                                   pugi::parse_wconv_attribute | pugi::parse_ws_pcdata;

pugi::xml_node child(const pugi::xml_node& parent, std::string_view local) {
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element && detail::local_name(c.name()) == local) return c;
    }
    return {};
}

std::string attribute(const pugi::xml_node& parent, std::string_view element,
                      const char* attribute_name) {
    return child(parent, element).attribute(attribute_name).value();
}

// The namespace the root element's prefix is bound to, on the root itself
std::optional<std::string_view> root_namespace(const pugi::xml_node& root) {
    std::string_view prefix = detail::prefix_of(root.name());
    std::string wanted = prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix);
    pugi::xml_attribute a = root.attribute(wanted.c_str());
    if (!a) return std::nullopt;
    return std::string_view(a.value());
}

// LANGUAGE.md §4: FRBR work and expression from meta/identification
void read_identification(const pugi::xml_node& document_type, core::AknDocument& doc) {
    pugi::xml_node identification = child(child(document_type, "meta"), "identification");
    pugi::xml_node work = child(identification, "FRBRWork");
    doc.frbr_work = attribute(work, "FRBRthis", "value");
    doc.frbr_work_uri = attribute(work, "FRBRuri", "value");
    doc.work_date = attribute(work, "FRBRdate", "date");
    doc.country = attribute(work, "FRBRcountry", "value");
    pugi::xml_node expression = child(identification, "FRBRExpression");
    doc.frbr_expression = attribute(expression, "FRBRthis", "value");
    doc.expression_date = attribute(expression, "FRBRdate", "date");
    doc.language = attribute(expression, "FRBRlanguage", "language");
}

/// All descendant text, white space collapsed to one space
std::string collapsed_text(const pugi::xml_node& node) {
    std::string out;
    bool space = false;
    for (const pugi::xpath_node& n : node.select_nodes(".//text()")) {
        for (char c : std::string_view(n.node().value())) {
            bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (blank) {
                space = !out.empty();
                continue;
            }
            if (space) out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

/// Whether an eventRef's `refersTo` or `type` names entry into force: `#enterInForce`,
/// `entryIntoForce`, `inForce`, `commencement`, Italian `vigore`, German `inkrafttreten`
bool states_entry_into_force(const pugi::xml_node& event) {
    std::string words;
    for (const char* a : {"refersTo", "type", "showAs"}) {
        for (char c : std::string_view(event.attribute(a).value())) {
            if (std::isalnum(static_cast<unsigned char>(c)))
                words += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        words += ' ';
    }
    for (std::string_view w : {"inforce", "commencement", "vigore", "inkrafttreten"}) {
        if (words.find(w) != std::string::npos) return true;
    }
    return false;
}

// LANGUAGE.md §12 (`scaffold`): the title and the lifecycle's entry into force
void read_title_and_lifecycle(const pugi::xml_node& document_type, core::AknDocument& doc) {
    pugi::xml_node title = document_type.find_node([](const pugi::xml_node& n) {
        return n.type() == pugi::node_element && detail::local_name(n.name()) == "docTitle";
    });
    doc.title = title ? collapsed_text(title) : "";
    if (doc.title.empty()) {
        pugi::xml_node work =
            child(child(child(document_type, "meta"), "identification"), "FRBRWork");
        doc.title = attribute(work, "FRBRname", "value");
    }
    pugi::xml_node lifecycle = child(child(document_type, "meta"), "lifecycle");
    for (pugi::xml_node e = lifecycle.first_child(); e; e = e.next_sibling()) {
        if (detail::local_name(e.name()) == "eventRef" && states_entry_into_force(e)) {
            doc.entry_into_force = e.attribute("date").value();
            return;
        }
    }
}

std::string lowercase_first(std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
}

core::SourceSpan span_at(core::SourceId file, std::string_view text, std::size_t offset) {
    auto begin = static_cast<std::uint32_t>(std::min(offset, text.size()));
    auto end = std::min<std::uint32_t>(begin + 1, static_cast<std::uint32_t>(text.size()));
    return {file, begin, end};
}

}  // namespace

std::optional<core::AknDocument> parse_akn_document(const core::SourceManager& sources,
                                                    core::SourceId file,
                                                    core::DiagnosticSink& sink) {
    std::string_view text = sources.text(file);
    pugi::xml_document xml;
    pugi::xml_parse_result result =
        xml.load_buffer(text.data(), text.size(), kParseOptions, pugi::encoding_utf8);
    if (!result) {
        sink.error("akn_xml_error", span_at(file, text, static_cast<std::size_t>(result.offset)),
                   "malformed xml: " + lowercase_first(result.description()));
        return std::nullopt;
    }
    pugi::xml_node root = xml.document_element();
    auto root_span = span_at(file, text, root.offset_debug() > 0 ? root.offset_debug() - 1 : 0);
    std::string_view root_local = detail::local_name(root.name());
    if (root_local != "akomaNtoso") {
        sink.error("akn_not_akn", root_span,
                   "the root element is `" + std::string(root.name()) + "`, not `akomaNtoso`",
                   "an Akoma Ntoso document starts with `<akomaNtoso xmlns=\"…\">`");
        return std::nullopt;
    }
    auto ns = root_namespace(root);
    if (!ns || !detail::is_akn_namespace(*ns)) {
        sink.error("akn_unknown_namespace", root_span,
                   ns ? "unknown akoma ntoso namespace `" + std::string(*ns) + "`"
                      : std::string("`akomaNtoso` has no namespace"),
                   "accepted namespaces: " + std::string(detail::akn_namespace_list()));
        return std::nullopt;
    }

    core::AknDocument doc;
    doc.path = sources.path(file);
    doc.source = file;
    for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element) {
            doc.name = std::string(detail::local_name(c.name()));
            read_identification(c, doc);
            read_title_and_lifecycle(c, doc);
            break;
        }
    }
    detail::index_elements(root, file, text, doc, sink);
    return doc;
}

}  // namespace lexcheck::parser
