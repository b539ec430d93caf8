// The explaining evaluator: evaluates condition trees node by node, records every step
// with its value and position, and collects the facts whose absence left a value unknown
// (LANGUAGE.md §5.7).
#pragma once

#include "compiled.hpp"
#include "evaluate.hpp"
#include "trace_walk.hpp"

#include "lexcheck/core/source.hpp"

#include <initializer_list>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::checker::detail {

struct Decision;

/// What a traced condition tree gave: its value, the facts whose absence left it unknown and
/// its decisive steps
struct TraceRecord {
    Truth value;
    FactRange missing;                ///< In TraceScratch::walk
    std::uint32_t reasons_begin = 0;  ///< Its decisive steps: [begin, end) of reason_steps
    std::uint32_t reasons_end = 0;
};

/// An exception whose reasons are still to be stated (reasons.cpp)
struct PendingReason {
    std::uint32_t provision;
    std::uint32_t unless;  ///< 1-based `unless` clause of `provision`, else 0
    std::uint16_t depth;
};

/// Reasons being built (reasons.cpp); take_reasons() keeps them in the store
struct ReasonsBuilder {
    std::vector<core::ReasonPart> parts;
    std::vector<core::ReasonStep> steps;
};

/// Storage that one thread's tracing evaluators reuse from finding to finding, so that
/// tracing a finding allocates little more than what the finding keeps
struct TraceScratch {
    /// A condition's one-line text in CompiledRules::store, made once: the same few conditions
    /// are traced finding after finding, and building the text (reading the rule file's bytes
    /// word by word) cost a third of tracing (callgrind, issue 20)
    struct ConditionText {
        core::CondId cond = core::kNone;
        std::string_view text;
    };
    /// Direct-mapped by CondId; sized on first use
    std::vector<ConditionText> texts;
    /// A provision's step labels in CompiledRules::store, made on its first trace
    struct Labels {
        bool made = false;
        std::string_view id;     ///< Its id: the label of an exception provision's steps
        std::string_view scope;  ///< `scope`, or `P scope` for an exception provision
        std::vector<std::string_view> unless;  ///< `P#unless1`, …
    };
    std::vector<Labels> labels;  ///< By provision; sized on first use
    /// The fact reads of the trace being built, which its steps view; take_trace() copies
    /// them into the store at once, so a trace that is not taken leaves nothing there
    std::vector<core::FactRead> reads;
    TraceWalk walk;
    std::vector<core::TraceStep> steps;  ///< The trace being built, outside exception groups
    std::vector<TraceRecord> records;
    std::vector<std::uint32_t> missing;          ///< Fact indices, repeats allowed
    std::vector<core::ReasonStep> reason_steps;  ///< Of every record
    ReasonsBuilder reasons;  ///< The finding's, built here and kept in the store
    std::vector<PendingReason> pending_reasons;
    /// The provision's `unless` clauses traced, in order (TracingEvaluator: a vector of its
    /// own was an allocation and a free per finding)
    std::vector<std::uint32_t> unless;
};

class TracingEvaluator {
public:
    using Record = std::uint32_t;
    struct Result {
        Truth value;
        Record record;
    };

    /// Clears `scratch` and builds one finding's trace in it
    TracingEvaluator(const CompiledRules& compiled, const MeasureView& view,
                     const core::SourceManager& sources, TraceScratch& scratch);

    Result root(const Program& p, core::TraceRole role, std::uint32_t provision,
                std::size_t unless_index, int depth);
    void add_missing(Record r);
    void add_exception_missing(std::uint32_t exception);
    void begin_group(std::uint32_t exception);
    void end_group();
    void skipped(std::uint32_t exception, bool in_force);
    void holds(std::uint32_t exception, Truth value, Record scope, Record when);
    void order_groups(std::uint32_t provision);

    /// The trace; call once, after decide()
    std::vector<core::TraceStep> take_trace();
    /// The exceptions tried, kept in the store
    std::span<const core::ExceptionTried> take_exceptions() {
        return compiled_.store->keep_array<core::ExceptionTried>(exceptions_);
    }
    /// Sorted, distinct fact paths
    std::vector<std::string> take_missing();
    /// The assignment of readings being decided (LANGUAGE.md §8), for the reasons to name the
    /// reading whose scope or norm they state; none: every provision's own
    void choose(std::span<const core::ChosenReading> chosen) { chosen_ = chosen; }
    /// The reasons of decision `d` of provision `p` (LANGUAGE.md §13; reasons.cpp); call once,
    /// after decide()
    core::Reasons take_reasons(const Decision& d, std::uint32_t p);

private:
    /// Traces at least this long leave the scratch instead of being copied out of it
    static constexpr std::size_t kHandOverSteps = 1024;
    /// Slots of TraceScratch::texts, a power of two: a provision's conditions have consecutive
    /// ids, so a rule set of a few thousand conditions mostly hits
    static constexpr std::size_t kTextSlots = 4096;
    static constexpr Record kNoRecord = core::kNone;

    struct Group {
        std::vector<core::TraceStep> steps;
        Record scope = 0, when = 0;
        std::vector<Record> unless;
        bool tried = false;
        Truth value = Truth::no;  ///< Whether the exception holds, once tried
    };
    std::vector<core::TraceStep>& steps() {
        return group_ == core::kNone ? scratch_.steps : groups_[group_].steps;
    }
    std::string_view label(core::TraceRole role, std::uint32_t provision, std::size_t unless_index);
    /// The labels of provision `provision`, made and kept on first use
    const TraceScratch::Labels& labels(std::uint32_t provision);
    std::uint32_t reading_of(std::uint32_t provision) const;
    /// reasons.cpp: the parts of decision `d` of provision `p`, appended to `out`
    void collect_reasons(const Decision& d, std::uint32_t p, ReasonsBuilder& out);
    /// reasons.cpp: the parts of an exception provision and of its own exceptions
    void exception_reasons(std::uint32_t exception, std::uint16_t depth, ReasonsBuilder& out);
    void add_part(ReasonsBuilder& out, core::ReasonPart part, std::initializer_list<Record> from);
    /// reasons.cpp: steps of exception_reasons (same file, so inlined: the tracing path)
    bool add_group_part(ReasonsBuilder& out, core::ReasonPart part, const Group& g);
    void push_deciding_exceptions(std::vector<PendingReason>& stack, const PendingReason& at,
                                  const Group& g) const;
    void append_condition_text(std::string& out, const core::Condition& c);
    /// Room for `n` more fact reads in TraceScratch::reads (steps made so far follow it
    /// when it moves)
    std::span<core::FactRead> fact_room(std::size_t n);
    /// Points the fact reads of `steps` that are in [from, from + n) at `to` instead
    static void move_reads(std::vector<core::TraceStep>& steps, const core::FactRead* from,
                           std::size_t n, const core::FactRead* to);
    /// The text of condition `id` (`c`), from the scratch's cache
    std::string_view condition_text(core::CondId id, const core::Condition& c);

    const CompiledRules& compiled_;
    const MeasureView& view_;
    const core::SourceManager& sources_;
    TraceScratch& scratch_;
    std::map<std::uint32_t, Group> groups_;
    std::uint32_t group_ = core::kNone;
    std::vector<core::ExceptionTried> exceptions_;
    Record scope_ = kNoRecord, norm_ = kNoRecord;  ///< The provision's own, when it has them
    std::span<const core::ChosenReading> chosen_;
    core::SourceId text_file_ = core::kNone;  ///< The file text_ is the text of
    std::string_view text_;
};

}  // namespace lexcheck::checker::detail
