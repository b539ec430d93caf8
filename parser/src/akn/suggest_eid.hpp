// Help for an eId that an Akoma Ntoso document lacks: a close eId, or what its parent holds.
#pragma once

#include "lexcheck/core/measure.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lexcheck::parser::detail {

/// "did you mean `x`?", or the children of the eId's parent element. `sorted_eids` caches
/// the document's eIds between calls; it is filled on the first call only.
std::optional<std::string> suggest_eid(const core::AknDocument& doc, const std::string& eid,
                                       std::vector<std::string>& sorted_eids);

}  // namespace lexcheck::parser::detail
