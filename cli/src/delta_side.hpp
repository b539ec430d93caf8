// A check's findings as one side of a delta (LANGUAGE.md §12): `impact` compares the corpus
// without and with a bill, the audit trail a recorded run with the run before it.
#pragma once

#include "inputs.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/delta/delta.hpp"

#include <cstdint>
#include <utility>
#include <vector>

namespace lexcheck::cli {

/// Appends the listed findings of `r` (of the measures `keep` marks, all when nullptr) to
/// `side`; with `pairs`, each finding's (measure, provision) indices too
void add_findings(const Inputs& in, const checker::CheckResult& r, const std::vector<bool>* keep,
                  delta::Side& side,
                  std::vector<std::pair<std::uint32_t, std::uint32_t>>* pairs = nullptr);

/// The `replaces` links of the corpus as linked now, leaving out `left_out` measures
void add_links(const core::Corpus& corpus, const std::vector<bool>* left_out, delta::Side& side);

}  // namespace lexcheck::cli
