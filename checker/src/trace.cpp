#include "trace.hpp"

#include <algorithm>
#include <iterator>
#include <unordered_map>

namespace lexcheck::checker::detail {

using core::CondKind;

namespace {

/// A node of a condition tree as walked, with define references expanded
struct Node {
    core::CondId cond;
    std::uint32_t depth;
    std::vector<std::uint32_t> children;  ///< Positions in the walk
    Truth value = Truth::unknown;
    std::vector<std::uint32_t> missing;
    bool shared = false;  ///< A define already expanded earlier in the walk
};

bool is_connective(const core::Condition& c) {
    return c.kind == CondKind::all_of || c.kind == CondKind::any_of || c.kind == CondKind::negation;
}

/// Facts an atom reads
std::vector<std::uint32_t> facts_read(const core::Condition& c) {
    std::vector<std::uint32_t> out;
    for (const core::Resolved* r : {&c.lhs_resolved, &c.rhs_resolved, &c.path_resolved}) {
        if (r->fact != core::kNone) out.push_back(r->fact);
    }
    return out;
}

void merge_into(std::vector<std::uint32_t>& into, std::vector<std::uint32_t>&& from) {
    if (into.empty()) {
        into = std::move(from);
        return;
    }
    std::vector<std::uint32_t> merged;
    std::set_union(into.begin(), into.end(), from.begin(), from.end(), std::back_inserter(merged));
    into = std::move(merged);
}

}  // namespace

TracingEvaluator::TracingEvaluator(const CompiledRules& compiled, const MeasureView& view,
                                   const core::SourceManager& sources)
    : compiled_(compiled), view_(view), sources_(sources) {
    records_.push_back({Truth::yes, {}});  // Record 0: "no condition"
}

std::string TracingEvaluator::label(core::TraceRole role, std::uint32_t provision,
                                    std::size_t unless_index) const {
    const core::Provision& p = compiled_.rules->provisions[provision];
    switch (role) {
        case core::TraceRole::scope:
            return p.is_exception() ? p.id.text + " scope" : "scope";
        case core::TraceRole::norm:
            return p.norm_kind == core::NormKind::prohibition ? "prohibits" : "requires";
        case core::TraceRole::unless:
            return p.id.text + "#unless" + std::to_string(unless_index);
        case core::TraceRole::exception:
            return p.id.text;
        default:
            return {};
    }
}

std::string TracingEvaluator::condition_text(const core::Condition& c) const {
    if (c.kind == CondKind::reference && c.path_resolved.define != core::kNone) return c.path.text;
    // Conditions may span lines in the .lex file; a trace shows them on one.
    std::string out;
    bool space = false;
    for (char ch : sources_.slice(c.span)) {
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

TracingEvaluator::Result TracingEvaluator::root(const Program& p, core::TraceRole role,
                                                std::uint32_t provision, std::size_t unless_index,
                                                int depth) {
    if (p.root == core::kNone) return {Truth::yes, 0};
    const core::RuleSet& rules = *compiled_.rules;

    // Walk the tree depth-first with an explicit stack: nodes are numbered in pre-order (the
    // order of the trace) and valued when their last child is done. A define is expanded at
    // its first use only; later uses take its value and missing facts, so shared defines
    // cost linear, not exponential, time.
    std::vector<Node> nodes;
    std::unordered_map<std::uint32_t, std::uint32_t> expanded;  // define → its valued node
    struct Frame {
        std::uint32_t node;
        std::vector<core::CondId> pending;  // children still to walk, last first
    };
    std::vector<Frame> stack;
    auto enter = [&](std::uint32_t parent, core::CondId id) {
        auto index = static_cast<std::uint32_t>(nodes.size());
        std::uint32_t d = parent == core::kNone ? 0 : nodes[parent].depth + 1;
        nodes.push_back({id, d, {}, Truth::unknown, {}});
        if (parent != core::kNone) nodes[parent].children.push_back(index);
        const core::Condition& c = rules.conditions[id];
        Frame frame{index, {}};
        if (c.kind == CondKind::reference && c.path_resolved.define != core::kNone) {
            if (auto it = expanded.find(c.path_resolved.define); it != expanded.end()) {
                nodes[index].value = nodes[it->second].value;
                nodes[index].missing = nodes[it->second].missing;
                nodes[index].shared = true;
                return;
            }
            frame.pending.push_back(rules.defines[c.path_resolved.define].condition);
        } else if (is_connective(c)) {
            frame.pending.assign(c.children.rbegin(), c.children.rend());
        }
        stack.push_back(std::move(frame));
    };
    enter(core::kNone, p.root);
    while (!stack.empty()) {
        Frame& top = stack.back();
        if (!top.pending.empty()) {
            core::CondId child = top.pending.back();
            top.pending.pop_back();
            enter(top.node, child);  // may grow the stack: `top` is not used after this
            continue;
        }
        std::uint32_t index = top.node;
        stack.pop_back();
        Node& n = nodes[index];
        const core::Condition& c = rules.conditions[n.cond];
        if (n.children.empty()) {
            n.value = evaluate_atom(c, view_);
            if (n.value == Truth::unknown) {
                for (std::uint32_t f : facts_read(c)) {
                    if (!view_.fact(f)) n.missing.push_back(f);
                }
                std::sort(n.missing.begin(), n.missing.end());
                n.missing.erase(std::unique(n.missing.begin(), n.missing.end()), n.missing.end());
            }
            continue;
        }
        Truth t = c.kind == CondKind::any_of ? Truth::no : Truth::yes;
        for (std::uint32_t child : n.children) {
            t = c.kind == CondKind::any_of ? kleene_or(t, nodes[child].value)
                                           : kleene_and(t, nodes[child].value);
        }
        n.value = c.kind == CondKind::negation ? kleene_not(t) : t;
        if (n.value == Truth::unknown) {
            // Only through unknown nodes: in `false and x` the absent x is not listed.
            for (std::uint32_t child : n.children) {
                if (nodes[child].value == Truth::unknown) {
                    std::vector<std::uint32_t> copy = nodes[child].missing;
                    merge_into(n.missing, std::move(copy));
                }
            }
        }
        if (c.kind == CondKind::reference && c.path_resolved.define != core::kNone) {
            expanded.emplace(c.path_resolved.define, index);
        }
    }
    std::string step_label = label(role, provision, unless_index);
    auto& out = steps();
    for (const Node& n : nodes) {
        const core::Condition& c = rules.conditions[n.cond];
        core::TraceStep step;
        step.role = n.depth == 0 ? role : core::TraceRole::condition;
        step.depth = static_cast<std::uint16_t>(std::min<std::uint32_t>(depth + n.depth, 0xFFFF));
        if (n.depth == 0) step.label = step_label;
        step.condition = condition_text(c);
        step.value = n.value;
        step.at = c.span;
        if (n.children.empty() && !n.shared) {
            for (std::uint32_t f : facts_read(c)) {
                const core::FactValue* v = view_.fact(f);
                step.facts.push_back({f, v != nullptr, v ? v->at : core::SourceSpan{}});
            }
        }
        out.push_back(std::move(step));
    }
    Record r = static_cast<Record>(records_.size());
    records_.push_back({nodes.front().value, std::move(nodes.front().missing)});
    if (group_ != core::kNone && role == core::TraceRole::unless)
        groups_[group_].unless.push_back(r);
    if (role == core::TraceRole::unless) exceptions_.push_back({step_label, records_[r].value});
    return {records_[r].value, r};
}

void TracingEvaluator::add_missing(Record r) {
    std::vector<std::uint32_t> copy = records_[r].missing;
    merge_into(missing_, std::move(copy));
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
            if (records_[r].value == Truth::unknown) add_missing(r);
        }
        for (Record r : g.unless) {
            if (records_[r].value == Truth::unknown) add_missing(r);
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
    step.label = p.id.text;
    step.condition = in_force
                         ? "not tried: its instrument does not bind " + view_.measure().jurisdiction
                         : "not tried: not in force on " + core::format_date(compiled_.as_of);
    step.value = Truth::no;
    step.at = p.id.span;
    steps().insert(steps().begin(), std::move(step));
}

void TracingEvaluator::holds(std::uint32_t exception, Truth value, Record scope, Record when) {
    const core::Provision& p = compiled_.rules->provisions[exception];
    Group& g = groups_[exception];
    exceptions_.push_back({p.id.text, value});
    g.scope = scope;
    g.when = when;
    g.tried = true;
    g.value = value;
    core::TraceStep step;
    step.role = core::TraceRole::exception;
    step.depth = 1;
    step.label = p.id.text;
    step.condition = "exception holds (its condition is true and none of its own exceptions holds)";
    step.value = value;
    step.at = p.id.span;
    g.steps.insert(g.steps.begin(), std::move(step));
}

void TracingEvaluator::order_groups(std::uint32_t provision) {
    // Exception groups were recorded bottom-up; explanations read top-down.
    const core::RuleSet& rules = *compiled_.rules;
    ordered_ = std::move(top_);
    top_.clear();
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
            ordered_.push_back(std::move(s));
        }
        it->second.steps.clear();
        const auto& children = rules.provisions[e].exceptions;
        for (auto c = children.rbegin(); c != children.rend(); ++c) {
            stack.push_back({*c, static_cast<std::uint16_t>(std::min(0xFFFF, extra + 1))});
        }
    }
    ordered_ready_ = true;
}

std::vector<core::TraceStep> TracingEvaluator::take_trace() {
    if (!ordered_ready_) return std::move(top_);
    // Steps recorded after the groups were ordered (none today) would follow them.
    ordered_.insert(ordered_.end(), std::make_move_iterator(top_.begin()),
                    std::make_move_iterator(top_.end()));
    return std::move(ordered_);
}

std::vector<std::string> TracingEvaluator::take_missing() {
    std::vector<std::string> out;
    for (std::uint32_t f : missing_) out.push_back(compiled_.rules->schema.fact(f).path);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace lexcheck::checker::detail
