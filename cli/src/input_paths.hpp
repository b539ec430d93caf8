// Which rules and corpus a command reads: the command line, then lexcheck.toml, then the
// shipped rules/ and corpus/ (LANGUAGE.md §6, docs/cli.md), and telling the user which.
#pragma once

#include "options.hpp"
#include "project/project_file.hpp"

#include <string>

namespace lexcheck::cli {

/// Fills in what the command line left open: rules, corpus, lock and as-of from `project`
/// (if any), key by key; then, when neither gives rules or a corpus, the shipped ones
void settle_input_paths(Options& options, const project::ProjectFile* project);

/// The lines printed on stderr before anything else: which rules and corpus are used,
/// unless both were named on the command line, and a note when one of them is missing
std::string describe_input_paths(const Options& options);

}  // namespace lexcheck::cli
