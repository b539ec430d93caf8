// The explaining evaluator: evaluates condition trees node by node, records every step
// with its value and position, and collects the facts whose absence left a value unknown
// (LANGUAGE.md §5.7).
#pragma once

#include "compiled.hpp"
#include "evaluate.hpp"
#include "trace_walk.hpp"

#include "lexcheck/core/source.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::checker::detail {

/// What a traced condition tree gave: its value and the facts whose absence left it unknown
struct TraceRecord {
    Truth value;
    FactRange missing;  ///< In TraceScratch::walk
};

/// Storage that one thread's tracing evaluators reuse from finding to finding, so that
/// tracing a finding allocates little more than what the finding keeps
struct TraceScratch {
    TraceWalk walk;
    std::vector<core::TraceStep> steps;  ///< The trace being built, outside exception groups
    std::vector<TraceRecord> records;
    std::vector<std::uint32_t> missing;  ///< Fact indices, repeats allowed
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
    std::vector<core::ExceptionTried> take_exceptions() { return std::move(exceptions_); }
    /// Sorted, distinct fact paths
    std::vector<std::string> take_missing();

private:
    /// Traces at least this long leave the scratch instead of being copied out of it
    static constexpr std::size_t kHandOverSteps = 1024;

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
    std::string label(core::TraceRole role, std::uint32_t provision,
                      std::size_t unless_index) const;
    void append_condition_text(std::string& out, const core::Condition& c);

    const CompiledRules& compiled_;
    const MeasureView& view_;
    const core::SourceManager& sources_;
    TraceScratch& scratch_;
    std::map<std::uint32_t, Group> groups_;
    std::uint32_t group_ = core::kNone;
    std::vector<core::ExceptionTried> exceptions_;
    core::SourceId text_file_ = core::kNone;  ///< The file text_ is the text of
    std::string_view text_;
};

}  // namespace lexcheck::checker::detail
