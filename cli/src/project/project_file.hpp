// lexcheck.toml, the project file of a legal team's repository: the rules, corpus, source
// lock and as-of date that commands use when the command line does not give them
// (docs/cli.md).
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/source.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace lexcheck::cli::project {

/// Looked for in the current folder only
inline constexpr const char* kProjectFileName = "lexcheck.toml";

/// What a project file sets; paths are relative to the working directory (the file's own
/// folder-relative paths, resolved)
struct ProjectFile {
    std::vector<std::string> rules;
    std::vector<std::string> corpus;
    std::optional<std::string> lock;
    std::optional<core::Date> as_of;
};

/// Reads the project file `file` of `sources`; problems go to `sink`
ProjectFile read_project_file(const core::SourceManager& sources, core::SourceId file,
                              core::DiagnosticSink& sink);

/// Reads the project file at `path`; nullopt (after printing every problem to `err`) when it
/// cannot be read or has errors
std::optional<ProjectFile> load_project_file(const std::string& path, std::ostream& err);

}  // namespace lexcheck::cli::project
