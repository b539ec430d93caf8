// The findings of a recorded run in a compact binary form. Measures, provisions, readings and
// files are stored by id and path, not by index, so the findings decode against the run's
// inputs loaded again, whatever order the loaders give them.
#pragma once

#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/core/source.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::audit {

/// The encoding encode_findings() writes (run_findings.encoding, docs/audit.md): 1 had no
/// reasons (LANGUAGE.md §13), 2 wrote every text in full, 3 has a string table, 4 keeps the
/// number of measures left out as not in force (summary.measures_not_in_force), 5 stores a
/// check of every measure of the corpus as a flag instead of their 100,000 ids
inline constexpr int kFindingsEncoding = 5;

/// Everything a reporter reads from a CheckResult, in `encoding` (1 to kFindingsEncoding; an
/// older one to compare with a run recorded in it)
std::string encode_findings(const checker::CheckResult& result, const core::RuleSet& rules,
                            const core::Corpus& corpus, const core::SourceManager& sources,
                            int encoding = kFindingsEncoding);

/// The encoding of stored findings; Error when the data is damaged
int encoding_of(std::string_view data);

/// The result encode_findings() stored, against the same inputs loaded again; Error when
/// the data is damaged or names a measure, provision, reading or file the inputs lack
checker::CheckResult decode_findings(std::string_view data, const core::RuleSet& rules,
                                     const core::Corpus& corpus,
                                     const core::SourceManager& sources);

/// A finding's pair, outcome and binding: what the delta of two runs compares
struct FindingKey {
    std::string measure;
    std::string provision;
    core::Outcome outcome = core::Outcome::not_applicable;
    bool binding = false;
    friend bool operator==(const FindingKey&, const FindingKey&) = default;
};

/// The keys of the stored findings, in the run's order, without loading any input
std::vector<FindingKey> finding_keys(std::string_view data);

}  // namespace lexcheck::audit
