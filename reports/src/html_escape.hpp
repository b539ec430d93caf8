// HTML escaping and fragment ids for the HTML report: every piece of user-supplied text
// (rule text, facts, ids, paths) goes through html_escape before it reaches the page.
#pragma once

#include <string>
#include <string_view>

namespace lexcheck::reports::detail {

/// Text safe in HTML content and in double- or single-quoted attribute values
std::string html_escape(std::string_view s);

/// A fragment id made of [A-Za-z0-9._-] only: other bytes become `_xx` (hex), so distinct
/// inputs give distinct ids and no id needs escaping in a URL
std::string html_id(std::string_view prefix, std::string_view s);

/// The fragment id of a measure's section
std::string measure_anchor(std::string_view measure_id);

/// The fragment id of a finding's section
std::string finding_anchor(std::string_view measure_id, std::string_view provision_id);

/// The fragment id of a reading's quotation in its provision's section: the primary reading
/// (`reading_id` empty) or another
std::string reading_anchor(std::string_view provision_id, std::string_view reading_id);

}  // namespace lexcheck::reports::detail
