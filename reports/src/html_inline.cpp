#include "html_inline.hpp"

#include "describe.hpp"
#include "html_escape.hpp"

namespace lexcheck::reports::detail {

std::string html_code(std::string_view s) {
    return "<code>" + html_escape(s) + "</code>";
}

std::string outcome_badge(core::Outcome o) {
    return "<span class=\"badge badge-outcome\">" + std::string(outcome_symbol(o)) + " " +
           std::string(outcome_title(o)) + "</span>";
}

std::string wording_badge(core::Wording w) {
    std::string name(core::wording_name(w));
    return "<span class=\"badge wording w-" + name + "\" title=\"wording of the quoted text\">" +
           name + "</span>";
}

}  // namespace lexcheck::reports::detail
