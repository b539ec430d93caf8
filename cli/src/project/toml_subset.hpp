// The part of TOML that lexcheck.toml is written in (docs/cli.md): `key = value` lines,
// `#` comments, strings in "double" or 'single' quotes, bare words such as dates, and
// lists of those in brackets. Anything else (sections, inline tables, nested lists,
// multi-line strings) is reported with its position, and the reading goes on at the next
// line, so one run shows every mistake.
//
// CLI11 2.1's own config reader gives no line numbers, takes `#` inside a quoted string for
// a comment and cannot say which values came from the file; hence this small reader.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/source.hpp"

#include <string>
#include <vector>

namespace lexcheck::cli::project {

struct TomlValue {
    enum class Kind { string, bare, list };
    Kind kind = Kind::bare;
    std::string text;              ///< A string's contents, or a bare word as written
    core::SourceSpan span;         ///< The value as written, quotes and brackets included
    std::vector<TomlValue> items;  ///< A list's strings and bare words
};

struct TomlEntry {
    std::string key;
    core::SourceSpan key_span;
    TomlValue value;
};

/// The entries of `file` in order; syntax errors go to `sink` (code `cli_project_syntax`)
std::vector<TomlEntry> read_toml_subset(const core::SourceManager& sources, core::SourceId file,
                                        core::DiagnosticSink& sink);

}  // namespace lexcheck::cli::project
