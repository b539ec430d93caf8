// What the solver proves about the rules themselves (issue 17, `lexcheck conflicts`): pairs of
// provisions no measure can comply with at once, and provisions or exceptions that can never
// apply. lexcheck::analysis proves them; reports show them.
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/finding.hpp"
#include "lexcheck/core/measure.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lexcheck::core {

enum class ProofKind : std::uint8_t {
    /// Two provisions binding one state: some measure is within both scopes, and none of
    /// those complies with both (under every reading)
    conflict,
    /// No measure the provision binds is ever within its scope (or a reading's scope)
    scope_never_holds,
    /// Some measure is within its scope, and every such measure violates it or leaves it
    /// undetermined: it can never be complied with
    never_complied,
    /// Its norm can never be breached within its scope: it can never be violated
    norm_never_breached,
    /// It can be breached, but an exception always holds then: it can never be violated
    exceptions_always_hold,
    /// One of its exceptions can never hold where the provision is breached
    exception_never_holds
};

/// One proven property of the rules
struct Proof {
    ProofKind kind = ProofKind::conflict;
    std::uint32_t provision = 0;  ///< Index into RuleSet::provisions
    std::uint32_t other = kNone;  ///< conflict: the second provision (id order)
    /// scope_never_holds of one reading only: its id, the provision's id for its primary
    /// reading (as LANGUAGE.md §8 names readings); "" when no reading's scope ever holds
    std::string reading;
    std::string exception;            ///< exception_never_holds: `P#unlessK` or an exception id
    std::vector<std::string> states;  ///< The states for which it is proven, sorted
    /// conflict, never_complied: a measure within the scope(s), built by the solver, and the
    /// checker's findings for it (with their traces): why it cannot comply
    std::optional<Measure> witness;
    std::vector<Finding> witness_findings;
};

/// A question the solver could not answer within its limit
struct Undecided {
    ProofKind kind = ProofKind::conflict;  ///< What was being proven
    std::uint32_t provision = 0;
    std::uint32_t other = kNone;
    std::vector<std::string> states;
};

/// Everything `lexcheck conflicts` found for one date
struct ConflictReport {
    Date as_of;
    std::vector<std::string> states;  ///< The states examined, sorted
    std::vector<Proof> proofs;        ///< By kind, then provision, other, reading, exception
    std::vector<Undecided> undecided;
    std::size_t pairs_examined = 0;  ///< Pairs that share a fact and a state (solver queries)
    /// Proofs whose witness the checker did not confirm, left out (a lexcheck bug if ever
    /// more than 0; the tests keep it at 0)
    std::uint32_t unconfirmed = 0;
};

std::string_view proof_kind_name(ProofKind k);

}  // namespace lexcheck::core
