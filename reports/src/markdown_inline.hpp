// The inline pieces every part of the Markdown report writes the same way: outcome badges
// and links to a measure's findings or a provision's quotation.
#pragma once

#include "lexcheck/core/ast.hpp"
#include "lexcheck/core/measure.hpp"

#include <string>

namespace lexcheck::reports::detail {

/// An outcome's symbol and title: "✗ Violation"
std::string md_outcome_badge(core::Outcome o);

/// The heading of a measure's findings; md_measure_link points at it
std::string md_measure_heading(const core::Measure& m);

/// The measure's id, linked to its findings
std::string md_measure_link(const core::Measure& m);

/// The provision's cite (else its id), linked to its quotation
std::string md_provision_link(const core::Provision& p);

}  // namespace lexcheck::reports::detail
