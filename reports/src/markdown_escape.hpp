// Escaping for the Markdown report: user-supplied text renders as text (never as HTML,
// links or emphasis) in GitHub-flavoured Markdown.
#pragma once

#include <string>
#include <string_view>

namespace lexcheck::reports::detail {

/// Inline text with every Markdown-active ASCII punctuation backslash-escaped; newlines
/// become spaces
std::string md_escape(std::string_view s);

/// An inline code span that holds `s` whatever backticks it contains
std::string md_code(std::string_view s);

/// Content made safe for one GFM table cell: `|` escaped, newlines as spaces
std::string md_cell(std::string_view s);

/// Multi-line text as a block quote: each line trimmed, escaped and prefixed with "> "
std::string md_quote(std::string_view s);

/// The anchor GitHub gives a heading: lowercase, spaces to `-`, punctuation dropped
std::string md_slug(std::string_view heading);

}  // namespace lexcheck::reports::detail
