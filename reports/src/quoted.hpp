// What the HTML and Markdown reports quote once, in an appendix that findings link to: the
// provisions with a listed finding and the exceptions in their trees, and the facts the
// findings miss (each measure's text is quoted once, at the head of its findings).
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace lexcheck::reports::detail {

/// Every provision with a listed finding, every contested point a finding's readings chose
/// from, and every exception provision in their trees, in natural id order
std::vector<std::uint32_t> quoted_provisions(const Report& r);

/// The Akoma Ntoso text a provision's `source` links, when it reads otherwise than its
/// `text` (blanks aside); "" when there is none or it reads the same
std::string akn_text_if_different(const core::Provision& p);

/// The fragment id of a provision's quotation
std::string provision_anchor(std::string_view provision_id);

/// The fragment id of a fact's description in the list of facts to annotate
std::string fact_anchor(std::string_view fact_path);

/// Whether the reports show a finding's missing facts: an undetermined or contested one's
bool asks_for_facts(const core::Finding& f);

/// The facts the undetermined and contested findings miss, sorted, each once
std::vector<std::string> facts_to_annotate(const Report& r);

}  // namespace lexcheck::reports::detail
