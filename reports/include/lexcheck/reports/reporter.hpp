// Report writers: one Reporter per output format, all fed the same Report.
#pragma once

#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/remedy.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/reports/source_change.hpp"

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::reports {

/// A file that went into the check, for provenance
struct InputFile {
    std::string path;
    std::string sha256;
};

/// The delta against the previous recorded run over the same rule and corpus paths (issue 16,
/// docs/audit.md): the HTML and Markdown reports of a recorded run show it
struct SincePrevious {
    std::optional<std::int64_t> run;  ///< The previous run's number; none for the first run
    std::string recorded_at;          ///< Of the previous run
    struct Change {
        std::string kind;  ///< added, removed or changed
        std::string measure, provision;
        std::string before, after;  ///< "violation, binding", "no finding", …
    };
    std::vector<Change> changes;  ///< Sorted by provision, then measure
    std::size_t added = 0, removed = 0, changed = 0, unchanged = 0;
};

/// Everything a reporter may show
struct Report {
    const core::SourceManager& sources;
    const core::RuleSet& rules;
    const core::Corpus& corpus;
    const checker::CheckResult& result;
    std::vector<InputFile> inputs;           ///< Sorted by path
    std::vector<std::string> jurisdictions;  ///< As selected; empty means all
    std::optional<std::string> timestamp;    ///< Only with --timestamp
    bool print_traces = false;  ///< HTML: print each finding's full trace (`--print-traces`)
    /// Quoted texts that differ from the source lock (LANGUAGE.md §11), sorted by id
    std::vector<SourceChange> source_changes = {};
    /// `--remedies` (docs/remedies.md): per finding that has them, sorted by
    /// FindingRemedies::finding; empty otherwise
    std::vector<core::FindingRemedies> remedies = {};
    /// HTML and Markdown of a recorded run (docs/audit.md): "Since the previous run"
    std::optional<SincePrevious> since_previous = {};
};

class Reporter {
public:
    virtual ~Reporter() = default;
    virtual void write(const Report& report, std::ostream& out) const = 0;
};

/// The JSON objects of findings `indices` of `report.result`, byte for byte as `--format json`
/// writes them in its `findings` array (from `{` to `}`; inner lines indented for that place).
/// `lexcheck impact` quotes findings this way, so that its output equals `lexcheck diff` of
/// two JSON reports (LANGUAGE.md §12).
std::vector<std::string> findings_json(const Report& report,
                                       const std::vector<std::size_t>& indices);

/// The reporter for a `--format` name, or nullptr when there is none; `threads` (0: all
/// cores) bounds the threads a reporter may format on, never changing its output
std::unique_ptr<Reporter> make_reporter(std::string_view format, unsigned threads = 0);
/// The format names make_reporter accepts, for usage messages
std::vector<std::string> reporter_formats();

}  // namespace lexcheck::reports
