// The inline stylesheet and script of the HTML report (no network resources).
#pragma once

#include <string_view>

namespace lexcheck::reports::detail {

/// Screen and print CSS; print gives a clean paginated A4 document
extern const std::string_view kHtmlStyle;

/// Vanilla JS for the filters; the report reads fully without it
extern const std::string_view kHtmlScript;

}  // namespace lexcheck::reports::detail
