// The inline elements every part of the HTML report writes the same way: code and badges.
#pragma once

#include "lexcheck/core/measure.hpp"

#include <string>
#include <string_view>

namespace lexcheck::reports::detail {

/// `s` escaped in a `<code>` element: ids, conditions, paths
std::string html_code(std::string_view s);

/// An outcome's symbol and title in a badge: "✗ Violation"
std::string outcome_badge(core::Outcome o);

/// The wording of a quoted text (verbatim, translation, paraphrase) in a badge
std::string wording_badge(core::Wording w);

}  // namespace lexcheck::reports::detail
