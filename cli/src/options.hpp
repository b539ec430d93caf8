// Command-line options of every command (LANGUAGE.md §6).
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/measure.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lexcheck::cli {

struct Options {
    std::string command;
    std::vector<std::string> rules;
    std::vector<std::string> corpus;
    bool rules_given = false;
    bool corpus_given = false;
    std::optional<core::Date> as_of;
    std::vector<std::string> jurisdictions;
    std::string format = "text";
    std::optional<std::string> output;
    std::string fail_on = "violation";
    bool all = false;
    std::vector<core::Outcome> only;
    unsigned threads = 0;
    bool timestamp = false;
    bool no_cache = false;  ///< `--no-cache`: parse every measure file (docs/performance.md)
    // explain
    std::string measure;
    std::string provision;
    // test
    bool coverage = false;
    std::optional<double> threshold;
    // fmt
    bool check_only = false;
    std::vector<std::string> files;
};

/// Parses `args` (without the program name); on a usage error returns nullopt and sets `error`
std::optional<Options> parse_options(const std::vector<std::string>& args, std::string& error);

/// The shipped rules/ and corpus/ when neither --rules nor --corpus is given
void apply_default_paths(Options& options);

std::string usage();

}  // namespace lexcheck::cli
