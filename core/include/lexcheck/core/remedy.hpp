// What would make a finding compliant (issue 17): minimal changes of a measure's facts, and
// for an undetermined finding the unknown facts that decide it. lexcheck::analysis computes
// them with a solver and confirms each with the checker; reports and `explain` show them.
#pragma once

#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/value.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace lexcheck::core {

/// One fact given another value
struct FactChange {
    std::uint32_t fact = kNone;   ///< Index into Schema
    std::optional<Value> before;  ///< nullopt: the measure does not state it (unknown)
    Value after;

    friend bool operator==(const FactChange&, const FactChange&) = default;
};

/// Changes that make a finding compliant, or not applicable, under every reading
/// (LANGUAGE.md §8): no smaller set of facts would do, and no other remedy's facts are a
/// subset of its facts
struct Remedy {
    std::vector<FactChange> changes;  ///< In fact order (Schema index)
    /// What the checker decides for the changed measure: compliant or not_applicable
    Outcome outcome = Outcome::compliant;

    friend bool operator==(const Remedy&, const Remedy&) = default;
};

/// A range of values of an ordered fact (int, number, date, duration); a missing bound is
/// open-ended
struct ValueRange {
    std::optional<Value> low, high;
    bool low_strict = false, high_strict = false;  ///< `>` / `<` rather than `>=` / `<=`

    friend bool operator==(const ValueRange&, const ValueRange&) = default;
};

/// What the finding becomes when an unknown fact takes one of some values, the others kept
struct DecidingCase {
    Outcome outcome = Outcome::undetermined;
    /// The values, for a bool, enum, text or set fact (a set's members restricted to those the
    /// provision tests); empty for an ordered fact
    std::vector<Value> values;
    std::optional<ValueRange> range;  ///< For an ordered fact
    /// A value of the case that the checker decided (the one a reader may try)
    Value example;

    friend bool operator==(const DecidingCase&, const DecidingCase&) = default;
};

/// An unknown fact of an undetermined finding, and what each of its values would decide
struct DecidingFact {
    std::uint32_t fact = kNone;
    /// For a set fact: the members the provision tests (the others change nothing)
    std::vector<std::uint32_t> tested_members;
    std::vector<DecidingCase> cases;  ///< In value order, neighbours with one outcome merged
    /// The cases are only those listed, not every subset (a set with many tested members)
    bool sampled = false;

    friend bool operator==(const DecidingFact&, const DecidingFact&) = default;
};

enum class RemedyStatus : std::uint8_t {
    found,       ///< `remedies` lists them (none when the finding needs none)
    impossible,  ///< No change of the measure's facts makes it compliant (solver-proven)
    limit        ///< The solver could not decide within its limit: nothing is claimed
};

/// Remedies of one finding
struct FindingRemedies {
    std::uint32_t finding = 0;  ///< Index into CheckResult::findings (or 0 for one finding)
    std::uint32_t measure = 0;
    std::uint32_t provision = 0;
    RemedyStatus status = RemedyStatus::found;
    std::vector<Remedy> remedies;  ///< Fewest facts first
    /// More minimal remedies exist than were asked for
    bool more = false;
    /// Remedies the solver proposed that the checker did not confirm, left out (a lexcheck
    /// bug if ever more than 0; the tests keep it at 0)
    std::uint32_t unconfirmed = 0;
    /// For an undetermined finding: each missing fact and what its values decide
    std::vector<DecidingFact> deciding;
    /// For an undetermined finding: the smallest sets of its missing facts which, once
    /// known, decide it whatever their values (solver-proven; sets of up to 3 facts)
    std::vector<std::vector<std::uint32_t>> decided_by;
    bool deciding_limit = false;  ///< The solver hit its limit while finding decided_by

    friend bool operator==(const FindingRemedies&, const FindingRemedies&) = default;
};

std::string_view remedy_status_name(RemedyStatus s);

}  // namespace lexcheck::core
