// The checker's result for one (measure, provision) pair, with its explanation.
// The checker produces trace steps; reporters and `explain` format them.
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/core/trace_store.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
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

/// One step of a trace. It owns nothing: its texts and fact reads are string literals or live
/// in the TraceStore of the finding it belongs to (Finding::store), made once per run and
/// shared by every step that shows them (issue 20).
struct TraceStep {
    TraceRole role = TraceRole::condition;
    std::uint16_t depth = 0;     ///< Nesting for indented explanations
    std::string_view label;      ///< E.g. the exception's id or `P#unless1`
    std::string_view condition;  ///< Source text of the condition, on one line
    Truth value = Truth::unknown;
    SourceSpan at;  ///< Position of the condition in its .lex file
    std::span<const FactRead> facts;
};

/// An exception tried on the way to a finding: `P#unless1` or an exception provision id
struct ExceptionTried {
    std::string_view label;        ///< In the finding's store, like the texts of its trace
    Truth value = Truth::unknown;  ///< Whether it held (for a provision: and was not defeated)
};

/// A decisive step of a decision (LANGUAGE.md §13): an atom, or a define with a label, and the
/// value it had. Reports phrase it from the condition, the measure's facts and the labels.
struct ReasonStep {
    std::uint32_t cond = kNone;  ///< Index into RuleSet::conditions
    Truth value = Truth::unknown;
};

/// What a part of a decision is about
enum class ReasonPartKind : std::uint8_t { not_in_force, scope, norm, exception };

/// One part of a decision, stated with its decisive steps (LANGUAGE.md §13): the provision not
/// being in force, its scope, its norm, or an exception §5 considered
struct ReasonPart {
    ReasonPartKind kind = ReasonPartKind::norm;
    std::uint16_t depth = 0;       ///< 0: the provision's own; 1: an exception's own exception, …
    Truth value = Truth::unknown;  ///< Of the scope or norm; for an exception, whether it holds
    /// The provision whose scope or norm this is, the exception provision, or the provision of
    /// an `unless` clause
    std::uint32_t provision = 0;
    std::uint32_t unless = 0;          ///< The `unless` clause (1-based) of `provision`, or 0
    std::uint32_t reading = kNone;     ///< The reading whose scope or norm decided, kNone: primary
    std::uint32_t begin = 0, end = 0;  ///< Its steps: [begin, end) of Reasons::steps
};

/// The reasons of a decision: its parts in the order a lawyer reads them (scope, norm, then
/// each exception considered, an exception's own exceptions after it), and their steps; both
/// kept in the finding's store (TraceStore::keep_array), so that findings of one shape share
/// them (issue 20)
struct Reasons {
    std::span<const ReasonPart> parts;
    std::span<const ReasonStep> steps;

    bool empty() const { return parts.empty(); }
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
    Reasons reasons;               ///< Filled with the trace
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
    Reasons reasons;  ///< Filled with the trace (LANGUAGE.md §13)
    /// Filled with the trace, in the order tried; kept in `store` like `reasons`
    std::span<const ExceptionTried> exceptions;
    /// Every assignment's outcome when the finding is contested (LANGUAGE.md §8), else empty
    std::vector<ReadingOutcome> readings;
    /// Set for a finding of a reciprocal instrument (LANGUAGE.md §9): the other parties bound
    /// on the as-of date that the measure affects, sorted
    std::optional<std::vector<std::string>> binding_toward;
    std::vector<BoundLater> bound_later;  ///< Parties bound toward from a later date, by state
    /// What the steps of `trace` (and of each reading's), `reasons` and `exceptions` view; set
    /// whenever they have some
    std::shared_ptr<const TraceStore> store;
    /// Nonzero when the checker made the trace from one it had kept (TraceStore::new_shape):
    /// findings of the same store and shape have the same provision, outcome, defeater,
    /// trace, reasons, exceptions and missing facts, but for where their measures state the
    /// facts read, so a report may write what they share once (issue 20)
    std::uint64_t shape = 0;
};

std::string_view truth_name(Truth t);

/// LANGUAGE.md §9: "RU is bound toward AM, BY, KZ (KG from 2015-08-06)" for a finding of a
/// reciprocal instrument whose basis is `party`
std::string bound_toward_text(const Finding& f, const std::string& state);
std::string_view reason_name(Reason r);

}  // namespace lexcheck::core
