#include "evaluate.hpp"

#include <algorithm>
#include <span>

namespace lexcheck::checker::detail {

using core::CondKind;
using core::TypeKind;

Truth kleene_not(Truth t) {
    return t == Truth::yes ? Truth::no : t == Truth::no ? Truth::yes : Truth::unknown;
}

Truth kleene_and(Truth a, Truth b) {
    if (a == Truth::no || b == Truth::no) return Truth::no;
    if (a == Truth::unknown || b == Truth::unknown) return Truth::unknown;
    return Truth::yes;
}

Truth kleene_or(Truth a, Truth b) {
    if (a == Truth::yes || b == Truth::yes) return Truth::yes;
    if (a == Truth::unknown || b == Truth::unknown) return Truth::unknown;
    return Truth::no;
}

MeasureView::MeasureView(std::size_t fact_count)
    : slots_(fact_count, nullptr),
      jurisdiction_{core::kFactJurisdiction, core::make_state(""), {}},
      in_force_{core::kFactInForce, core::make_date_value(0), {}},
      until_{core::kFactUntil, core::make_date_value(0), {}},
      affects_{core::kFactAffects, core::make_set({}), {}} {}

void MeasureView::load(const core::Measure& m) {
    clear();
    core::MeasureHead head;
    head.id = m.id;
    head.span = m.span;
    head.jurisdiction = m.jurisdiction;
    head.in_force = m.in_force;
    head.until = m.until;
    head.has_affects = m.affects.has_value();
    load_head(head);
    if (m.affects) {
        affects_.value.members.clear();
        for (const std::string& state : *m.affects)
            affects_.value.members.push_back(core::state_number(state));
        std::sort(affects_.value.members.begin(), affects_.value.members.end());
        affects_.at = m.affects_span;
        slots_[core::kFactAffects] = &affects_;
        loaded_.push_back(core::kFactAffects);
    }
    load_facts(m.facts);
}

void MeasureView::load(const core::MeasureList& list, std::size_t i,
                       const core::MeasureHead& head) {
    if (head.has_affects) {
        load(list[i]);
        return;
    }
    clear();
    load_head(head);
    load_facts(list.values(i, scratch_));
    unspanned_list_ = &list;
    unspanned_index_ = i;
}

void MeasureView::add_spans() {
    if (!unspanned_list_) return;
    unspanned_list_->add_spans(unspanned_index_, scratch_);
    unspanned_list_ = nullptr;
}

void MeasureView::load_head(const core::MeasureHead& m) {
    auto set = [&](std::uint32_t index, const core::FactValue* v) {
        slots_[index] = v;
        loaded_.push_back(index);
    };
    // The built-in facts are updated in place: building a Value per measure was a tenth of
    // checking.
    jurisdiction_.value.text.assign(m.jurisdiction);
    jurisdiction_.at = m.span;
    set(core::kFactJurisdiction, &jurisdiction_);
    if (m.in_force) {
        in_force_.value.integer = m.in_force->days;
        in_force_.at = m.span;
        set(core::kFactInForce, &in_force_);
    }
    if (m.until) {
        until_.value.integer = m.until->days;
        until_.at = m.span;
        set(core::kFactUntil, &until_);
    }
}

void MeasureView::load_facts(std::span<const core::FactValue> facts) {
    for (const core::FactValue& f : facts) {
        if (f.fact < slots_.size() && !slots_[f.fact]) {
            slots_[f.fact] = &f;
            loaded_.push_back(f.fact);
        }
    }
}

void MeasureView::clear() {
    for (std::uint32_t i : loaded_) slots_[i] = nullptr;
    loaded_.clear();
    unspanned_list_ = nullptr;
}

namespace {

/// Three-way comparison of two values of compatible types
int compare_values(const core::Value& a, const core::Value& b) {
    if (a.kind == TypeKind::number || b.kind == TypeKind::number) {
        double x = a.kind == TypeKind::number ? a.number : static_cast<double>(a.integer);
        double y = b.kind == TypeKind::number ? b.number : static_cast<double>(b.integer);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (a.kind == TypeKind::text || a.kind == TypeKind::state)
        return a.text.compare(b.text) < 0 ? -1 : a.text == b.text ? 0 : 1;
    if (a.kind == TypeKind::set) return a.members == b.members ? 0 : 1;
    return a.integer < b.integer ? -1 : a.integer > b.integer ? 1 : 0;
}

Truth from_bool(bool b) {
    return b ? Truth::yes : Truth::no;
}

const core::Value* operand(const core::Resolved& r, const MeasureView& view) {
    if (r.fact != core::kNone) {
        const core::FactValue* f = view.fact(r.fact);
        return f ? &f->value : nullptr;
    }
    return r.value ? &*r.value : nullptr;
}

bool set_has(const core::Value& set, const core::Value& member) {
    return std::binary_search(set.members.begin(), set.members.end(),
                              static_cast<std::uint32_t>(member.integer));
}

}  // namespace

Truth evaluate_atom(const core::Condition& c, const MeasureView& view) {
    switch (c.kind) {
        case CondKind::constant:
            return from_bool(c.constant);
        case CondKind::compare: {
            const core::Value* a = operand(c.lhs_resolved, view);
            const core::Value* b = operand(c.rhs_resolved, view);
            if (!a || !b) return Truth::unknown;
            int cmp = compare_values(*a, *b);
            switch (c.op) {
                case core::CompareOp::eq:
                    return from_bool(cmp == 0);
                case core::CompareOp::ne:
                    return from_bool(cmp != 0);
                case core::CompareOp::lt:
                    return from_bool(cmp < 0);
                case core::CompareOp::le:
                    return from_bool(cmp <= 0);
                case core::CompareOp::gt:
                    return from_bool(cmp > 0);
                case core::CompareOp::ge:
                    return from_bool(cmp >= 0);
            }
            return Truth::unknown;
        }
        case CondKind::in: {
            const core::Value* v = operand(c.path_resolved, view);
            if (!v) return Truth::unknown;
            return from_bool(
                std::any_of(c.values_resolved.begin(), c.values_resolved.end(),
                            [&](const core::Value& x) { return compare_values(*v, x) == 0; }));
        }
        case CondKind::has:
        case CondKind::has_any:
        case CondKind::has_all: {
            const core::Value* v = operand(c.path_resolved, view);
            if (!v) return Truth::unknown;
            auto in_set = [&](const core::Value& x) { return set_has(*v, x); };
            const auto& xs = c.values_resolved;
            if (c.kind == CondKind::has_all)
                return from_bool(std::all_of(xs.begin(), xs.end(), in_set));
            return from_bool(std::any_of(xs.begin(), xs.end(), in_set));
        }
        case CondKind::is_known:
            return from_bool(operand(c.path_resolved, view) != nullptr);
        case CondKind::is_unknown:
            return from_bool(operand(c.path_resolved, view) == nullptr);
        case CondKind::is_empty: {
            const core::Value* v = operand(c.path_resolved, view);
            if (!v) return Truth::unknown;
            return from_bool(v->members.empty());
        }
        case CondKind::reference: {
            const core::Value* v = operand(c.path_resolved, view);
            if (!v) return Truth::unknown;
            return from_bool(v->integer != 0);
        }
        default:
            return Truth::unknown;  // Connectives are never atoms.
    }
}

FastEvaluator::FastEvaluator(const CompiledRules& compiled, const MeasureView& view)
    : compiled_(compiled), view_(view), defines_(compiled.defines.size(), Truth::unknown) {}

void FastEvaluator::load_defines() {
    for (std::uint32_t d : compiled_.define_order) defines_[d] = run(compiled_.defines[d]);
}

namespace {

/// Inlined into FastEvaluator::run, whatever else calls it
[[gnu::always_inline]] inline Truth simple_compare(const SimpleAtom& a, const MeasureView& view) {
    const core::FactValue* f = view.fact(a.fact);
    if (!f) return Truth::unknown;
    std::int64_t x = f->value.integer;
    switch (a.op) {
        case core::CompareOp::eq:
            return from_bool(x == a.constant);
        case core::CompareOp::ne:
            return from_bool(x != a.constant);
        case core::CompareOp::lt:
            return from_bool(x < a.constant);
        case core::CompareOp::le:
            return from_bool(x <= a.constant);
        case core::CompareOp::gt:
            return from_bool(x > a.constant);
        case core::CompareOp::ge:
            return from_bool(x >= a.constant);
    }
    return Truth::unknown;
}

/// Inlined into FastEvaluator::run, whatever else calls it
[[gnu::always_inline]] inline Truth simple_has(const SimpleAtom& a, const MeasureView& view) {
    const core::FactValue* f = view.fact(a.fact);
    if (!f) return Truth::unknown;
    const auto& members = f->value.members;
    return from_bool(
        std::binary_search(members.begin(), members.end(), static_cast<std::uint32_t>(a.constant)));
}

}  // namespace

Truth evaluate_atom(const Instr& in, const std::vector<SimpleAtom>& simple,
                    const core::RuleSet& rules, const MeasureView& view) {
    switch (in.op) {
        case Op::fact_compare:
            return simple_compare(simple[in.arg], view);
        case Op::fact_has:
            return simple_has(simple[in.arg], view);
        default:
            return evaluate_atom(rules.conditions[in.arg], view);
    }
}

Truth FastEvaluator::run(const Program& p) {
    stack_.clear();
    const auto& conditions = compiled_.rules->conditions;
    const Instr* code = compiled_.code.data() + p.begin;
    for (const Instr& in : std::span(code, p.size)) {
        switch (in.op) {
            case Op::atom:
                stack_.push_back(evaluate_atom(conditions[in.arg], view_));
                break;
            case Op::fact_compare:
                stack_.push_back(simple_compare(compiled_.simple_atoms[in.arg], view_));
                break;
            case Op::fact_has:
                stack_.push_back(simple_has(compiled_.simple_atoms[in.arg], view_));
                break;
            case Op::define:
                stack_.push_back(defines_[in.arg]);
                break;
            case Op::negation:
                stack_.back() = kleene_not(stack_.back());
                break;
            case Op::all_of:
            case Op::any_of: {
                auto first = stack_.end() - in.arg;
                Truth t = in.op == Op::all_of ? Truth::yes : Truth::no;
                for (auto it = first; it != stack_.end(); ++it) {
                    t = in.op == Op::all_of ? kleene_and(t, *it) : kleene_or(t, *it);
                }
                stack_.erase(first, stack_.end());
                stack_.push_back(t);
                break;
            }
        }
    }
    return stack_.empty() ? Truth::yes : stack_.back();
}

}  // namespace lexcheck::checker::detail
