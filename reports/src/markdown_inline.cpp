#include "markdown_inline.hpp"

#include "describe.hpp"
#include "markdown_escape.hpp"

namespace lexcheck::reports::detail {

std::string md_outcome_badge(core::Outcome o) {
    return std::string(outcome_symbol(o)) + " " + std::string(outcome_title(o));
}

std::string md_measure_heading(const core::Measure& m) {
    return "Measure " + md_code(m.id);
}

std::string md_measure_link(const core::Measure& m) {
    return "[" + md_code(m.id) + "](#" + md_slug("Measure " + m.id) + ")";
}

std::string md_provision_link(const core::Provision& p) {
    return "[" + md_escape(p.cite.value_or(p.id.text)) + "](#" + md_slug("Provision " + p.id.text) +
           ")";
}

}  // namespace lexcheck::reports::detail
