#include "lexcheck/core/suggest.hpp"
#include "lexcheck/parser/akn.hpp"

#include <algorithm>

namespace lexcheck::parser {

std::optional<std::string> suggest_eid(const core::AknDocument& doc, const std::string& eid,
                                       std::vector<std::string>& sorted_eids) {
    if (sorted_eids.empty()) {
        for (const auto& [id, element] : doc.elements) sorted_eids.push_back(id);
        std::sort(sorted_eids.begin(), sorted_eids.end());
    }
    if (auto help = core::did_you_mean(eid, sorted_eids)) return help;
    // Otherwise list what the parent element holds: `art_27__para_1__point_99` → children of
    // `art_27__para_1`.
    auto cut = eid.rfind("__");
    if (cut == std::string::npos || cut == 0) return std::nullopt;
    std::string parent = eid.substr(0, cut);
    std::vector<std::string> children;
    for (auto it = std::lower_bound(sorted_eids.begin(), sorted_eids.end(), parent + "__");
         it != sorted_eids.end() && it->compare(0, parent.size() + 2, parent + "__") == 0; ++it) {
        if (it->find("__", parent.size() + 2) == std::string::npos) children.push_back(*it);
    }
    if (children.empty()) return std::nullopt;
    std::string help = "`" + parent + "` contains ";
    for (std::size_t i = 0; i < children.size() && i < 6; ++i) {
        help += (i ? ", `" : "`") + children[i] + "`";
    }
    if (children.size() > 6) help += ", …";
    return help;
}

}  // namespace lexcheck::parser
