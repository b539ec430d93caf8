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
#include <vector>

namespace lexcheck::checker::detail {

class TracingEvaluator {
public:
    using Record = std::uint32_t;
    struct Result {
        Truth value;
        Record record;
    };

    /// `walk` is scratch storage, reused from finding to finding by one thread
    TracingEvaluator(const CompiledRules& compiled, const MeasureView& view,
                     const core::SourceManager& sources, TraceWalk& walk);

    Result root(const Program& p, core::TraceRole role, std::uint32_t provision,
                std::size_t unless_index, int depth);
    void add_missing(Record r);
    void add_exception_missing(std::uint32_t exception);
    void begin_group(std::uint32_t exception);
    void end_group();
    void skipped(std::uint32_t exception, bool in_force);
    void holds(std::uint32_t exception, Truth value, Record scope, Record when);
    void order_groups(std::uint32_t provision);

    std::vector<core::TraceStep> take_trace();
    std::vector<core::ExceptionTried> take_exceptions() { return std::move(exceptions_); }
    /// Sorted, distinct fact paths
    std::vector<std::string> take_missing();

private:
    struct Group {
        std::vector<core::TraceStep> steps;
        Record scope = 0, when = 0;
        std::vector<Record> unless;
        bool tried = false;
        Truth value = Truth::no;  ///< Whether the exception holds, once tried
    };
    struct RecordData {
        Truth value;
        FactRange missing;  ///< In walk_
    };

    std::vector<core::TraceStep>& steps() {
        return group_ == core::kNone ? top_ : groups_[group_].steps;
    }
    std::string label(core::TraceRole role, std::uint32_t provision,
                      std::size_t unless_index) const;
    void append_condition_text(std::string& out, const core::Condition& c) const;

    const CompiledRules& compiled_;
    const MeasureView& view_;
    const core::SourceManager& sources_;
    TraceWalk& walk_;
    std::vector<RecordData> records_;
    std::vector<core::TraceStep> top_;
    std::vector<core::TraceStep> ordered_;
    std::map<std::uint32_t, Group> groups_;
    std::uint32_t group_ = core::kNone;
    std::vector<std::uint32_t> missing_;  ///< Fact indices, repeats allowed
    std::vector<core::ExceptionTried> exceptions_;
    bool ordered_ready_ = false;
};

}  // namespace lexcheck::checker::detail
