#include "trace_memo.hpp"

#include <algorithm>
#include <unordered_set>

namespace lexcheck::checker::detail {

const std::vector<TraceMemo::Atom>* TraceMemo::atoms_of(const CompiledRules& c, std::uint32_t p) {
    if (state_.empty()) {
        state_.assign(c.provisions.size(), 0);
        atoms_.resize(c.provisions.size());
    }
    if (state_[p] != 0) return state_[p] == 1 ? &atoms_[p] : nullptr;
    const core::RuleSet& rules = *c.rules;
    const CompiledProvision& cp = c.provisions[p];
    std::vector<core::CondId> stack;
    auto add_roots = [&](const CompiledProvision& of) {
        for (const Program* program : {&of.scope, &of.norm}) stack.push_back(program->root);
        for (const Program& u : of.unless) stack.push_back(u.root);
    };
    add_roots(cp);
    for (std::uint32_t e : cp.exception_order) add_roots(c.provisions[e]);
    // The trees as a trace walks them, each define's body once: the atoms it may evaluate.
    std::vector<core::CondId> atoms;
    std::unordered_set<std::uint32_t> defines_seen;
    bool fits = cp.points.empty();
    for (std::size_t visited = 0; fits && !stack.empty(); fits = ++visited <= kMaxNodes) {
        const core::CondId id = stack.back();
        stack.pop_back();
        if (id == core::kNone) continue;
        const core::Condition& cond = rules.conditions[id];
        if (std::uint32_t d = define_of(cond); d != core::kNone) {
            if (defines_seen.insert(d).second) stack.push_back(rules.defines[d].condition);
        } else if (is_connective(cond)) {
            stack.insert(stack.end(), cond.children.begin(), cond.children.end());
        } else {
            atoms.push_back(id);
            fits = atoms.size() <= kMaxAtoms;
        }
    }
    state_[p] = fits ? 1 : 2;
    if (!fits) return nullptr;
    std::sort(atoms.begin(), atoms.end());
    atoms.erase(std::unique(atoms.begin(), atoms.end()), atoms.end());
    for (core::CondId id : atoms) {
        Atom& atom = atoms_[p].emplace_back();
        atom.instr = atom_instr(rules, id, simple_);
        for_each_fact_read(rules.conditions[id],
                           [&](std::uint32_t f) { atom.facts[atom.reads++] = f; });
    }
    return &atoms_[p];
}

bool TraceMemo::fill(const CompiledRules& c, const MeasureView& view, core::Finding& f) {
    auto it = shapes_.find(key_);
    if (it == shapes_.end()) return false;
    const Shape& shape = it->second;
    reads_.clear();
    for (const core::TraceStep& step : shape.trace) {
        for (const core::FactRead& read : step.facts) {
            const core::FactValue* v = view.fact(read.fact);
            reads_.push_back({read.fact, v != nullptr, v ? v->at : core::SourceSpan{}});
        }
    }
    const core::FactRead* kept = c.store->keep(reads_).data();
    f.store = c.store;
    f.trace = shape.trace;
    for (core::TraceStep& step : f.trace) {
        if (step.facts.empty()) continue;
        step.facts = {kept, step.facts.size()};
        kept += step.facts.size();
    }
    f.reasons = shape.reasons;
    f.exceptions = shape.exceptions;
    f.missing_facts = shape.missing_facts;
    f.shape = shape.id;
    return true;
}

void TraceMemo::keep(const CompiledRules& c, core::Finding& f) {
    if (shapes_.size() >= kMaxShapes || f.trace.size() > kMaxSteps) return;
    f.shape = c.store->new_shape();
    shapes_.emplace(key_, Shape{f.shape, f.trace, f.reasons, f.exceptions, f.missing_facts});
}

}  // namespace lexcheck::checker::detail
