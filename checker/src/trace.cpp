#include "trace.hpp"

#include "reserve.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace lexcheck::checker::detail {

using core::CondKind;

TracingEvaluator::TracingEvaluator(const CompiledRules& compiled, const MeasureView& view,
                                   const core::SourceManager& sources, TraceScratch& scratch)
    : compiled_(compiled), view_(view), sources_(sources), scratch_(scratch) {
    scratch_.walk.clear_missing();
    scratch_.steps.clear();
    scratch_.records.clear();
    scratch_.missing.clear();
    scratch_.reason_steps.clear();
    scratch_.reads.clear();
    scratch_.unless.clear();
    scratch_.records.push_back({Truth::yes, {}});  // Record 0: "no condition"
}

const TraceScratch::Labels& TracingEvaluator::labels(std::uint32_t provision) {
    std::vector<TraceScratch::Labels>& all = scratch_.labels;
    if (all.empty()) all.resize(compiled_.rules->provisions.size());
    TraceScratch::Labels& l = all[provision];
    if (l.made) return l;
    const core::Provision& p = compiled_.rules->provisions[provision];
    core::TraceStore& store = *compiled_.store;
    l.id = store.keep(p.id.text);
    l.scope = p.is_exception() ? store.keep(p.id.text + " scope") : "scope";
    for (std::size_t i = 1; i <= p.unless.size(); ++i)
        l.unless.push_back(store.keep(p.id.text + "#unless" + std::to_string(i)));
    l.made = true;
    return l;
}

std::string_view TracingEvaluator::label(core::TraceRole role, std::uint32_t provision,
                                         std::size_t unless_index) {
    switch (role) {
        case core::TraceRole::scope:
            return labels(provision).scope;
        case core::TraceRole::norm:
            return compiled_.rules->provisions[provision].norm_kind == core::NormKind::prohibition
                       ? "prohibits"
                       : "requires";
        case core::TraceRole::unless:
            return labels(provision).unless[unless_index - 1];  // 1-based
        case core::TraceRole::exception:
            return labels(provision).id;
        default:
            return {};
    }
}

void TracingEvaluator::append_condition_text(std::string& out, const core::Condition& c) {
    if (c.kind == CondKind::reference && c.path_resolved.define != core::kNone) {
        out += c.path.text;
        return;
    }
    // A file's text is looked up once, not per step (the lookup takes a lock).
    if (c.span.file != text_file_) {
        text_file_ = c.span.file;
        text_ = sources_.text(c.span.file);
    }
    std::size_t begin = std::min<std::size_t>(c.span.begin, text_.size());
    std::size_t end = std::clamp<std::size_t>(c.span.end, begin, text_.size());
    // Conditions may span lines in the .lex file; a trace shows them on one.
    core::append_one_line(out, text_.substr(begin, end - begin));
}

void TracingEvaluator::move_reads(std::vector<core::TraceStep>& steps, const core::FactRead* from,
                                  std::size_t n, const core::FactRead* to) {
    for (core::TraceStep& s : steps) {
        if (s.facts.empty() || s.facts.data() < from || s.facts.data() >= from + n) continue;
        s.facts = {to + (s.facts.data() - from), s.facts.size()};
    }
}

std::span<core::FactRead> TracingEvaluator::fact_room(std::size_t n) {
    std::vector<core::FactRead>& reads = scratch_.reads;
    const std::size_t used = reads.size();
    if (reads.capacity() - used < n) {
        // Rare: the scratch keeps its capacity from trace to trace.
        std::vector<core::FactRead> bigger;
        bigger.reserve(std::max(used + n, 2 * reads.capacity()));
        bigger.assign(reads.begin(), reads.end());
        move_reads(scratch_.steps, reads.data(), used, bigger.data());
        for (auto& entry : groups_)
            move_reads(entry.second.steps, reads.data(), used, bigger.data());
        reads.swap(bigger);
    }
    reads.resize(used + n);
    return {reads.data() + used, n};
}

std::string_view TracingEvaluator::condition_text(core::CondId id, const core::Condition& c) {
    std::vector<TraceScratch::ConditionText>& texts = scratch_.texts;
    if (texts.empty()) texts.resize(kTextSlots);
    TraceScratch::ConditionText& slot = texts[id & (kTextSlots - 1)];
    if (slot.cond != id) {
        std::string text;
        append_condition_text(text, c);
        slot.cond = id;
        slot.text = compiled_.store->keep(text);
    }
    return slot.text;
}

TracingEvaluator::Result TracingEvaluator::root(const Program& p, core::TraceRole role,
                                                std::uint32_t provision, std::size_t unless_index,
                                                int depth) {
    if (p.root == core::kNone) return {Truth::yes, 0};
    const core::RuleSet& rules = *compiled_.rules;
    scratch_.walk.walk(rules, view_, p.root);
    const std::vector<WalkNode>& nodes = scratch_.walk.nodes();

    const std::string_view step_label = label(role, provision, unless_index);
    auto& out = steps();
    reserve_more(out, nodes.size());
    for (const WalkNode& n : nodes) {
        const core::Condition& c = rules.conditions[n.cond];
        core::TraceStep& step = out.emplace_back();
        step.role = n.depth == 0 ? role : core::TraceRole::condition;
        step.depth = static_cast<std::uint16_t>(std::min<std::uint32_t>(depth + n.depth, 0xFFFF));
        if (n.depth == 0) step.label = step_label;  // the root only
        step.condition = condition_text(n.cond, c);
        step.value = n.value;
        step.at = c.span;
        if (n.leaf && !n.shared) {
            std::size_t count = 0;
            for_each_fact_read(c, [&](std::uint32_t) { ++count; });
            std::span<core::FactRead> reads = fact_room(count);
            std::size_t i = 0;
            for_each_fact_read(c, [&](std::uint32_t f) {
                const core::FactValue* v = view_.fact(f);
                reads[i++] = {f, v != nullptr, v ? v->at : core::SourceSpan{}};
            });
            step.facts = reads;
        }
    }
    auto r = static_cast<Record>(scratch_.records.size());
    const Truth value = nodes.front().value;
    const auto reasons_begin = static_cast<std::uint32_t>(scratch_.reason_steps.size());
    scratch_.walk.decisive(rules, scratch_.reason_steps);
    scratch_.records.push_back({value, nodes.front().missing, reasons_begin,
                                static_cast<std::uint32_t>(scratch_.reason_steps.size())});
    if (group_ != core::kNone && role == core::TraceRole::unless)
        groups_[group_].unless.push_back(r);
    if (group_ == core::kNone) {
        if (role == core::TraceRole::scope) scope_ = r;
        if (role == core::TraceRole::norm) norm_ = r;
        if (role == core::TraceRole::unless) scratch_.unless.push_back(r);
    }
    if (role == core::TraceRole::unless) exceptions_.push_back({step_label, value});
    return {value, r};
}

void TracingEvaluator::add_missing(Record r) {
    std::span<const std::uint32_t> facts = scratch_.walk.missing_facts(scratch_.records[r].missing);
    scratch_.missing.insert(scratch_.missing.end(), facts.begin(), facts.end());
}

void TracingEvaluator::add_exception_missing(std::uint32_t exception) {
    const core::RuleSet& rules = *compiled_.rules;
    std::vector<std::uint32_t> stack{exception};
    while (!stack.empty()) {
        std::uint32_t e = stack.back();
        stack.pop_back();
        auto it = groups_.find(e);
        if (it == groups_.end()) continue;
        const Group& g = it->second;
        for (Record r : {g.scope, g.when}) {
            if (scratch_.records[r].value == Truth::unknown) add_missing(r);
        }
        for (Record r : g.unless) {
            if (scratch_.records[r].value == Truth::unknown) add_missing(r);
        }
        for (std::uint32_t child : rules.provisions[e].exceptions) {
            auto ch = groups_.find(child);
            if (ch != groups_.end() && ch->second.tried && ch->second.value == Truth::unknown) {
                stack.push_back(child);
            }
        }
    }
}

void TracingEvaluator::begin_group(std::uint32_t exception) {
    group_ = exception;
    groups_[exception];
}

void TracingEvaluator::end_group() {
    group_ = core::kNone;
}

void TracingEvaluator::skipped(std::uint32_t exception, bool in_force) {
    const core::Provision& p = compiled_.rules->provisions[exception];
    core::TraceStep step;
    step.role = core::TraceRole::exception;
    step.depth = 1;
    step.label = labels(exception).id;
    step.condition = compiled_.store->keep(
        in_force ? "not tried: its instrument does not bind " + view_.jurisdiction()
                 : "not tried: not in force on " + core::format_date(compiled_.as_of));
    step.value = Truth::no;
    step.at = p.id.span;
    steps().insert(steps().begin(), std::move(step));
}

void TracingEvaluator::holds(std::uint32_t exception, Truth value, Record scope, Record when) {
    const core::Provision& p = compiled_.rules->provisions[exception];
    Group& g = groups_[exception];
    exceptions_.push_back({labels(exception).id, value});
    g.scope = scope;
    g.when = when;
    g.tried = true;
    g.value = value;
    core::TraceStep step;
    step.role = core::TraceRole::exception;
    step.depth = 1;
    step.label = labels(exception).id;
    step.condition = "exception holds (its condition is true and none of its own exceptions holds)";
    step.value = value;
    step.at = p.id.span;
    g.steps.insert(g.steps.begin(), std::move(step));
}

void TracingEvaluator::order_groups(std::uint32_t provision) {
    // Exception groups were recorded bottom-up; explanations read top-down, after the steps
    // recorded so far (and before any recorded later).
    const core::RuleSet& rules = *compiled_.rules;
    std::vector<core::TraceStep>& out = scratch_.steps;
    std::vector<std::pair<std::uint32_t, std::uint16_t>> stack;
    const auto& first = rules.provisions[provision].exceptions;
    for (auto it = first.rbegin(); it != first.rend(); ++it) stack.push_back({*it, 0});
    while (!stack.empty()) {
        auto [e, extra] = stack.back();
        stack.pop_back();
        auto it = groups_.find(e);
        if (it == groups_.end()) continue;
        for (core::TraceStep& s : it->second.steps) {
            s.depth = static_cast<std::uint16_t>(std::min(0xFFFF, s.depth + extra));
            out.push_back(std::move(s));
        }
        it->second.steps.clear();
        const auto& children = rules.provisions[e].exceptions;
        for (auto c = children.rbegin(); c != children.rend(); ++c) {
            stack.push_back({*c, static_cast<std::uint16_t>(std::min(0xFFFF, extra + 1))});
        }
    }
}

std::vector<core::TraceStep> TracingEvaluator::take_trace() {
    std::vector<core::TraceStep>& steps = scratch_.steps;
    const std::vector<core::FactRead>& reads = scratch_.reads;
    move_reads(steps, reads.data(), reads.size(), compiled_.store->keep(reads).data());
    // A long trace is handed over whole; a short one is copied into a vector of its size, so
    // the scratch keeps its capacity and the finding costs one allocation.
    if (steps.size() >= kHandOverSteps) return std::exchange(steps, {});
    std::vector<core::TraceStep> out(std::make_move_iterator(steps.begin()),
                                     std::make_move_iterator(steps.end()));
    steps.clear();
    return out;
}

std::vector<std::string> TracingEvaluator::take_missing() {
    std::vector<std::uint32_t>& facts = scratch_.missing;
    std::sort(facts.begin(), facts.end());
    facts.erase(std::unique(facts.begin(), facts.end()), facts.end());
    std::vector<std::string> out;
    for (std::uint32_t f : facts) out.push_back(compiled_.rules->schema.fact(f).path);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace lexcheck::checker::detail
