// The appendices of the Markdown report that findings link to: the provisions quoted once
// and the facts to annotate.
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <iosfwd>

namespace lexcheck::reports::detail {

/// Each provision with a listed finding, and the exceptions in its tree, quoted once
void write_markdown_provisions(const Report& r, std::ostream& out);

/// The facts the undetermined and contested findings miss, each with its description once
void write_markdown_facts(const Report& r, std::ostream& out);

}  // namespace lexcheck::reports::detail
