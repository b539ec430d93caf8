// read_modifications: the `activeModifications` of an Akoma Ntoso document and its inline
// `mod` elements, for `lexcheck scaffold` (docs/language.md, "scaffold").
#include "names.hpp"

#include "lexcheck/core/measure.hpp"
#include "lexcheck/parser/akn_modifications.hpp"

#include <pugixml.hpp>

#include <set>
#include <unordered_map>

namespace lexcheck::parser {

namespace {

// As parse_akn_document reads: no DOCTYPE, no entity beyond the predefined ones.
constexpr unsigned kParseOptions = pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol |
                                   pugi::parse_wconv_attribute | pugi::parse_ws_pcdata;

std::string_view local(const pugi::xml_node& n) {
    return detail::local_name(n.name());
}

/// Every element with an eId, and the textualMods and mods, in document order; iterative,
/// so a deeply nested document cannot exhaust the stack
struct Walk {
    std::unordered_map<std::string, pugi::xml_node, core::EidHash, std::equal_to<>> by_eid;
    std::vector<pugi::xml_node> textual_mods;  ///< Under `activeModifications` only
    std::vector<pugi::xml_node> mods;

    explicit Walk(const pugi::xml_node& root) {
        std::vector<std::pair<pugi::xml_node, bool>> stack{{root, false}};
        while (!stack.empty()) {
            auto [node, active] = stack.back();
            stack.pop_back();
            std::string_view name = local(node);
            if (const char* eid = node.attribute("eId").value(); *eid)
                by_eid.try_emplace(eid, node);
            if (name == "textualMod" && active) textual_mods.push_back(node);
            if (name == "mod") mods.push_back(node);
            bool child_active = active || name == "activeModifications";
            // Children pushed in reverse so that they are visited in document order.
            std::vector<pugi::xml_node> children;
            for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
                if (c.type() == pugi::node_element) children.push_back(c);
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack.emplace_back(*it, child_active);
        }
    }
};

std::vector<std::string> eids_within(pugi::xml_node node) {
    std::vector<std::string> out;
    for (; node && node.type() == pugi::node_element; node = node.parent()) {
        if (const char* eid = node.attribute("eId").value(); *eid) out.emplace_back(eid);
    }
    return out;
}

pugi::xml_node child(const pugi::xml_node& parent, std::string_view name) {
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element && local(c) == name) return c;
    return {};
}

/// The destinations an inline mod names: the `ref` its `for` points at, else the refs among
/// its own children (a ref inside the quoted text is part of the new wording, not a
/// destination)
std::vector<AknModification::Destination> inline_destinations(const pugi::xml_node& mod,
                                                              const Walk& walk) {
    std::vector<AknModification::Destination> out;
    std::string_view target = mod.attribute("for").value();
    if (!target.empty() && target.front() == '#') {
        auto found = walk.by_eid.find(target.substr(1));
        if (found != walk.by_eid.end() && *found->second.attribute("href").value())
            return {{found->second.attribute("href").value(), ""}};
    }
    for (pugi::xml_node c = mod.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element && local(c) == "ref" && *c.attribute("href").value())
            out.push_back({c.attribute("href").value(), ""});
    }
    return out;
}

/// The date a textualMod's `period` (or its `application`'s) names: an eventRef or a `date`
/// element of the document
std::string period_date(const pugi::xml_node& t, const Walk& walk) {
    std::string_view period = t.attribute("period").value();
    if (period.empty()) period = child(t, "application").attribute("period").value();
    if (!period.empty() && period.front() == '#') period.remove_prefix(1);
    auto found = walk.by_eid.find(period);
    return found == walk.by_eid.end() ? std::string() : found->second.attribute("date").value();
}

}  // namespace

std::vector<AknModification> read_modifications(std::string_view xml) {
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size(), kParseOptions, pugi::encoding_utf8)) return {};
    Walk walk(doc.document_element());
    std::vector<AknModification> out;
    std::set<std::string> described;  // the mods a textualMod names as its source
    for (const pugi::xml_node& t : walk.textual_mods) {
        std::string_view source = child(t, "source").attribute("href").value();
        if (source.empty() || source.front() != '#') continue;  // not an element of this document
        auto found = walk.by_eid.find(source.substr(1));
        if (found == walk.by_eid.end()) continue;
        described.insert(found->first);
        AknModification m;
        m.type = t.attribute("type").value();
        m.label = t.attribute("eId").value();
        m.within = eids_within(found->second);
        m.date = period_date(t, walk);
        for (pugi::xml_node c = t.first_child(); c; c = c.next_sibling()) {
            if (local(c) == "destination" && !c.attribute("pos") && *c.attribute("href").value())
                m.destinations.push_back(
                    {c.attribute("href").value(), c.attribute("upTo").value()});
        }
        out.push_back(std::move(m));
    }
    for (const pugi::xml_node& mod : walk.mods) {
        std::string eid = mod.attribute("eId").value();
        if (!eid.empty() && described.count(eid)) continue;
        AknModification m;
        m.type = "mod";
        m.label = eid;
        m.within = eids_within(mod);
        m.destinations = inline_destinations(mod, walk);
        out.push_back(std::move(m));
    }
    return out;
}

}  // namespace lexcheck::parser
