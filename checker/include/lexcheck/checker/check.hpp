// The decision procedure of LANGUAGE.md §5 over a whole rule set and corpus.
#pragma once

#include "lexcheck/core/finding.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/rule_set.hpp"

#include <atomic>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lexcheck::checker {

/// How far check() is, for a progress display on another thread (relaxed atomics)
struct CheckProgress {
    std::atomic<std::size_t> measures{0};  ///< To decide: set once they are selected
    std::atomic<std::size_t> decided{0};   ///< Updated every few hundred measures, and at the end
};

struct CheckOptions {
    core::Date as_of;
    std::vector<std::string> jurisdictions;  ///< Empty: every jurisdiction
    unsigned threads = 0;                    ///< 0: hardware concurrency
    bool include_not_applicable = false;     ///< `--all`
    std::vector<core::Outcome> only;         ///< Empty: keep every outcome (`--only`)
    bool with_trace = true;                  ///< Record trace steps for kept findings
    /// Keep every assignment's outcome (Finding::readings) even when the readings agree, for
    /// test coverage of readings (LANGUAGE.md §8); otherwise only contested findings have them
    bool every_assignment = false;
    /// Measures `i` with `(*left_out)[i]` are not checked (`lexcheck impact` checks the corpus
    /// without its bill, and then only what the bill changes); nullptr: every measure
    const std::vector<bool>* left_out = nullptr;
    CheckProgress* progress = nullptr;  ///< Where to count measures decided; null: nowhere
};

/// Counts over every decided pair, whatever `only` keeps
struct Summary {
    std::size_t measures = 0;    ///< Measures in force on the as-of date and selected
    std::size_t provisions = 0;  ///< Provisions that are not exceptions
    std::size_t violation = 0;
    std::size_t compliant = 0;
    std::size_t undetermined = 0;
    std::size_t not_applicable = 0;
    std::size_t binding_violation = 0;
    std::size_t advisory_violation = 0;
    std::size_t binding_undetermined = 0;
    std::size_t contested = 0;  ///< LANGUAGE.md §8
    std::size_t binding_contested = 0;
    /// Binding contested findings in which some assignment is a violation (`--fail-on
    /// contested`)
    std::size_t binding_contested_violation = 0;
};

struct CheckResult {
    core::Date as_of;
    std::vector<core::Finding> findings;    ///< Sorted by (measure id, provision id)
    std::vector<std::uint32_t> measures;    ///< Measures checked, sorted by id
    std::vector<std::uint32_t> provisions;  ///< Non-exception provisions, sorted by id
    Summary summary;
};

/// Decides every (measure, provision) pair; output is the same for any thread count
CheckResult check(const core::RuleSet& rules, const core::Corpus& corpus,
                  const core::SourceManager& sources, const CheckOptions& options);

/// Decides one pair with a full trace, whatever its outcome (for `lexcheck explain` and
/// `lexcheck test`); Finding::readings lists every assignment whenever there are several
core::Finding decide_one(const core::RuleSet& rules, const core::SourceManager& sources,
                         const core::Measure& measure, std::uint32_t measure_index,
                         std::uint32_t provision, core::Date as_of);

/// Decides single pairs, one after another, for measures that need not be in a corpus (the
/// changed measures of remedies, issue 17): decide_one with the rules compiled once
class PairChecker {
public:
    PairChecker(const core::RuleSet& rules, const core::SourceManager& sources, core::Date as_of);
    ~PairChecker();
    PairChecker(const PairChecker&) = delete;
    PairChecker& operator=(const PairChecker&) = delete;

    /// As decide_one; without `with_trace` the finding has no trace (missing facts are kept)
    core::Finding decide(const core::Measure& measure, std::uint32_t measure_index,
                         std::uint32_t provision, bool with_trace = true) const;

private:
    struct Compiled;
    std::unique_ptr<Compiled> compiled_;
};

/// The outcome of one assignment of readings (`expect P under READING`, LANGUAGE.md §8):
/// `under` for its point, the primary reading at every other point; the all-primary
/// assignment when `under`'s provision is not a contested point for the measure
core::Outcome decide_under(const core::RuleSet& rules, const core::Measure& measure,
                           std::uint32_t provision, core::ChosenReading under, core::Date as_of);

/// Whether a measure is in force on the as-of date (LANGUAGE.md §5, first paragraph)
bool measure_in_force(const core::Measure& m, core::Date as_of);
/// The same on what the checker reads of a measure without building it
bool measure_in_force(const core::MeasureHead& m, core::Date as_of);

/// The binding basis of `state` under `instrument` on `as_of` (LANGUAGE.md §5.2, §9)
struct Binding {
    bool binding = false;
    core::BindingBasis basis = core::BindingBasis::not_party;
    std::optional<core::Date> since;
    /// A reciprocal instrument's other parties on `as_of` (that the measure affects)
    std::optional<std::vector<std::string>> toward;
    std::vector<core::BoundLater> later;  ///< Its other parties bound from a later date
};
/// `affects` (a measure's nationalities, LANGUAGE.md §9) narrows a reciprocal instrument's
/// `toward`; nullptr or absent means every nationality
Binding binding_of(const core::Instrument& instrument, const std::string& state, core::Date as_of,
                   const std::optional<std::vector<std::string>>* affects = nullptr);

/// Whether the fail-on level (`violation`, `contested`, `undetermined`, `never`) is reached
/// (LANGUAGE.md §6, §8)
bool fails(const Summary& s, std::string_view fail_on);

/// Whether a provision (and its instrument) is in force on `as_of` (LANGUAGE.md §5.1)
bool provision_in_force(const core::RuleSet& rules, const core::Provision& p, core::Date as_of);

}  // namespace lexcheck::checker
