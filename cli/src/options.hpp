// Command-line options of every command (LANGUAGE.md §6), and the option definitions the
// commands share. Each command defines its own options in its file (command.hpp).
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/measure.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
class Validator;
}  // namespace CLI

namespace lexcheck::cli {

/// Who chose the rule or corpus paths a command reads (docs/cli.md)
enum class Origin { none, command_line, project_file, shipped };

struct Options {
    std::string command;
    std::vector<std::string> rules;
    std::vector<std::string> corpus;
    Origin rules_from = Origin::none;
    Origin corpus_from = Origin::none;
    std::optional<core::Date> as_of;
    bool as_of_from_project_file = false;
    /// `--lock FILE`, else `lock` of lexcheck.toml: the source lock file (LANGUAGE.md §11);
    /// neither: ./lexcheck.lock, read when it exists
    std::optional<std::string> lock;
    std::vector<std::string> jurisdictions;
    std::string format = "text";
    std::optional<std::string> output;
    std::string fail_on = "violation";
    bool all = false;
    std::vector<core::Outcome> only;
    unsigned threads = 0;
    bool timestamp = false;
    bool no_cache = false;      ///< `--no-cache`: parse every measure file (docs/performance.md)
    bool progress = false;      ///< `--progress`: show progress on standard error even in a pipe
    bool print_traces = false;  ///< `--print-traces`: the HTML report prints every trace
    /// `--remedies [N]` (check, explain): remedies per finding wanted; 0: none (issue 17)
    unsigned remedies = 0;
    bool keep_others = false;  ///< `--keep-others`
    // check/impact --record FILE.db; history, report, replay, diff --db FILE (docs/audit.md)
    std::optional<std::string> record;
    std::string db;
    std::int64_t run = 0;
    // explain
    std::string measure;
    std::string provision;
    // test
    bool coverage = false;
    std::optional<double> threshold;
    // fmt (`--check`), lock (`--check`)
    bool check_only = false;
    std::vector<std::string> files;  ///< fmt: FILE…; diff: OLD NEW; scaffold: AKN_FILE
    // impact
    std::vector<std::string> bills;
    // scaffold
    std::vector<std::string> eids;
};

/// A CLI11 validator from `problem`, which returns "" for a good value, else what is wrong
/// with it; CLI11 prints that after the option's name ("--as-of: `x` is not a date; …")
CLI::Validator value_check(std::function<std::string(const std::string&)> problem);

/// "a, b and c", or "a, b or c" with `last` = "or"
std::string spoken_list(const std::vector<std::string>& items, const std::string& last = "and");

/// An option that may be repeated, one value each time (`--rules a --rules b`)
CLI::Option* add_repeatable_option(CLI::App& command, const std::string& name,
                                   std::vector<std::string>& into, const std::string& type,
                                   const std::string& description);
/// --rules, --corpus, --threads, --no-cache and --progress: what every command that loads
/// rules and measures takes. A command with these options also reads lexcheck.toml.
void add_input_options(CLI::App& command, Options& options);
/// The text output of a command that writes one: `--output FILE` (whole or not at all)
void add_output_option(CLI::App& command, Options& options);
/// --as-of DATE
void add_as_of_option(CLI::App& command, Options& options);
/// --format, one of `formats` (the first is the default)
void add_format_option(CLI::App& command, Options& options, std::vector<std::string> formats);
/// --jurisdiction STATE, repeatable; `description` says what it limits
void add_jurisdiction_option(CLI::App& command, Options& options, const std::string& description);
/// --fail-on LEVEL
void add_fail_on_option(CLI::App& command, Options& options);
/// --remedies [N] and --keep-others (docs/remedies.md)
void add_remedies_options(CLI::App& command, Options& options);

}  // namespace lexcheck::cli
