// Which facts each provision reads (its scope, norm, readings, `unless` clauses and
// exceptions, defines expanded), and the order of the fact list of `lexcheck scaffold`
// (LANGUAGE.md §12; docs/cli.md says how the order is decided).
#pragma once

#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/rule_set.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lexcheck::cli::scaffold {

struct FactUse {
    std::uint32_t fact = 0;
    std::vector<std::string> provisions;  ///< The non-exception provisions that read it, by id
    /// The undetermined findings of the measure that annotating this fact, with the facts
    /// listed before it, decides whatever the values and that those facts did not decide:
    /// those whose provision reads no other fact the measure lacks
    std::uint32_t decides = 0;
};

/// What every non-exception provision reads, worked out once per run
class FactReads {
public:
    explicit FactReads(const core::RuleSet& rules);

    /// The facts some provision reads that `known` does not state (null: none stated), for
    /// the measure's fact list: most-read first, then by path (LANGUAGE.md §12), each with
    /// the findings it decides together with the facts above it. `undetermined`, when given,
    /// says by provision index which findings the known facts leave undetermined (null: every
    /// provision that reads a fact); the others are decided already and count for no fact.
    std::vector<FactUse> order_for(const core::Measure* known,
                                   const std::vector<bool>* undetermined) const;

    /// By provision index, for order_for: whether `measure`'s facts leave its finding
    /// undetermined, as `checker` decides it. A provision not in force on the checker's date
    /// counts as undetermined: it is not its facts that decide it.
    std::vector<bool> undetermined(const checker::PairChecker& checker,
                                   const core::Measure& measure) const;

private:
    const core::RuleSet& rules_;
    std::vector<std::uint32_t> provisions_;          ///< Non-exception provisions that read a fact
    std::vector<std::vector<std::uint32_t>> reads_;  ///< By entry of provisions_: sorted facts
    std::vector<std::vector<std::string>> readers_;  ///< By fact: provision ids, natural order
    std::vector<std::vector<std::uint32_t>> entries_;  ///< By fact: entries of provisions_
};

/// The fact list of each measure of a skeleton: one for the measures that start with no
/// facts, one for each measure whose facts a measure copies (worked out once each)
class FactLists {
public:
    /// `in_force`: the skeleton's, the date at which copied facts are decided (else the
    /// copied measure's own)
    FactLists(const core::RuleSet& rules, const core::SourceManager& sources,
              std::optional<core::Date> in_force);
    ~FactLists();

    const std::vector<FactUse>& of(const core::Measure* copied);

private:
    const core::RuleSet& rules_;
    const core::SourceManager& sources_;
    std::optional<core::Date> in_force_;
    FactReads reads_;
    std::vector<FactUse> fresh_;
    std::map<const core::Measure*, std::vector<FactUse>> copies_;
    std::map<core::Date, std::unique_ptr<checker::PairChecker>> checkers_;  ///< By as-of date
};

}  // namespace lexcheck::cli::scaffold
