// The checker's result for one (measure, provision) pair, with its explanation.
// The checker produces trace steps; reporters and `explain` format them.
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/source.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lexcheck::core {

/// Kleene's three truth values (LANGUAGE.md §5.6)
enum class Truth : std::uint8_t { no, yes, unknown };

/// Why a finding is not_applicable
enum class Reason : std::uint8_t { none, not_in_force, out_of_scope };

/// Why a finding binds the measure's state or only advises it
enum class BindingBasis : std::uint8_t {
    party,      ///< A party on the as-of date
    not_party,  ///< Not listed as a party
    not_yet,    ///< Listed, but bound only from a later date
    no_longer,  ///< Listed, but no longer bound (until passed)
    observer,   ///< Listed as observer
    soft_law,   ///< The instrument is soft law
    /// A reciprocal instrument (LANGUAGE.md §9) whose other parties' nationals the measure
    /// does not affect, or that has no other party on the as-of date
    no_national_affected
};

/// What part of the decision a trace step belongs to
enum class TraceRole : std::uint8_t { scope, norm, unless, exception, define, condition };

/// A fact read while evaluating a condition
struct FactRead {
    std::uint32_t fact = 0;
    bool present = false;
    SourceSpan at;  ///< The measure's YAML position of the value, when present
};

struct TraceStep {
    TraceRole role = TraceRole::condition;
    std::uint16_t depth = 0;  ///< Nesting for indented explanations
    std::string label;        ///< E.g. the exception's id or `P#unless1`
    std::string condition;    ///< Source text of the condition
    Truth value = Truth::unknown;
    SourceSpan at;  ///< Position of the condition in its .lex file
    std::vector<FactRead> facts;
};

/// An exception tried on the way to a finding: `P#unless1` or an exception provision id
struct ExceptionTried {
    std::string label;
    Truth value = Truth::unknown;  ///< Whether it held (for a provision: and was not defeated)
};

/// One point's reading in an assignment (LANGUAGE.md §8)
struct ChosenReading {
    std::uint32_t provision = 0;    ///< The contested point
    std::uint32_t reading = kNone;  ///< Index into RuleSet::readings; kNone: the primary reading
};

/// What one assignment of readings gave, for a contested finding
struct ReadingOutcome {
    std::vector<ChosenReading> chosen;  ///< Every point, in point order
    Outcome outcome = Outcome::not_applicable;
    std::string defeated_by;
    std::vector<std::string> missing_facts;
    std::vector<TraceStep> trace;  ///< Filled when traces are wanted
};

/// A state toward which a reciprocal instrument binds only from a later date
struct BoundLater {
    std::string state;
    Date from;
};

struct Finding {
    std::uint32_t measure = 0;    ///< Index into Corpus::measures
    std::uint32_t provision = 0;  ///< Index into RuleSet::provisions
    Outcome outcome = Outcome::not_applicable;
    bool binding = false;
    BindingBasis basis = BindingBasis::not_party;
    std::optional<Date> party_since;  ///< For basis party / not_yet
    Reason reason = Reason::none;
    std::string defeated_by;                 ///< Empty when none
    std::vector<std::string> missing_facts;  ///< Sorted fact paths
    std::vector<TraceStep> trace;
    std::vector<ExceptionTried> exceptions;  ///< Filled with the trace, in the order tried
    /// Every assignment's outcome when the finding is contested (LANGUAGE.md §8), else empty
    std::vector<ReadingOutcome> readings;
    /// Set for a finding of a reciprocal instrument (LANGUAGE.md §9): the other parties bound
    /// on the as-of date that the measure affects, sorted
    std::optional<std::vector<std::string>> binding_toward;
    std::vector<BoundLater> bound_later;  ///< Parties bound toward from a later date, by state
};

std::string_view truth_name(Truth t);

/// LANGUAGE.md §9: "RU is bound toward AM, BY, KZ (KG from 2015-08-06)" for a finding of a
/// reciprocal instrument whose basis is `party`
std::string bound_toward_text(const Finding& f, const std::string& state);
std::string_view reason_name(Reason r);

}  // namespace lexcheck::core
