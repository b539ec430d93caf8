#include "conditions.hpp"

namespace lexcheck::analysis::detail {

using core::CondKind;
using core::TypeKind;

Kleene kleene_and(const Kleene& a, const Kleene& b) {
    return {a.t && b.t, a.f || b.f};
}

Kleene kleene_or(const Kleene& a, const Kleene& b) {
    return {a.t || b.t, a.f && b.f};
}

Kleene kleene_not(const Kleene& a) {
    return {a.f, a.t};
}

Kleene kleene_const(z3::context& ctx, bool value) {
    return {ctx.bool_val(value), ctx.bool_val(!value)};
}

ConditionEncoder::ConditionEncoder(const core::RuleSet& rules, FactVars& facts)
    : rules_(rules), facts_(facts), ctx_(facts.ctx()), definitions_(facts.ctx()) {}

Kleene ConditionEncoder::encode(core::CondId id) {
    if (id == core::kNone) return kleene_const(ctx_, true);
    encode_tree(id);
    // Defines reached from here, and those their bodies reach, each once.
    while (!pending_defines_.empty()) {
        std::uint32_t d = pending_defines_.back();
        pending_defines_.pop_back();
        core::CondId body = rules_.defines[d].condition;
        encode_tree(body);
        const Kleene& var = defines_.at(d);
        const Kleene& value = done_.at(body);
        definitions_.push_back(var.t == value.t);
        definitions_.push_back(var.f == value.f);
    }
    return done_.at(id);
}

z3::expr_vector ConditionEncoder::take_definitions() {
    z3::expr_vector out = definitions_;
    definitions_ = z3::expr_vector(ctx_);
    return out;
}

void ConditionEncoder::encode_tree(core::CondId root) {
    // (condition, children pushed)
    std::vector<std::pair<core::CondId, bool>> stack{{root, false}};
    while (!stack.empty()) {
        auto [id, expanded] = stack.back();
        if (done_.count(id)) {
            stack.pop_back();
            continue;
        }
        const core::Condition& c = rules_.conditions[id];
        if (!expanded && !c.children.empty()) {
            stack.back().second = true;
            for (core::CondId child : c.children) stack.push_back({child, false});
            continue;
        }
        stack.pop_back();
        Kleene k = kleene_const(ctx_, true);
        switch (c.kind) {
            case CondKind::all_of:
            case CondKind::any_of: {
                // n-ary, not a chain of binary connectives: `a and b and …` may be long.
                z3::expr_vector ts(ctx_), fs(ctx_);
                for (core::CondId child : c.children) {
                    ts.push_back(done_.at(child).t);
                    fs.push_back(done_.at(child).f);
                }
                k = c.kind == CondKind::all_of ? Kleene{z3::mk_and(ts), z3::mk_or(fs)}
                                               : Kleene{z3::mk_or(ts), z3::mk_and(fs)};
                break;
            }
            case CondKind::negation:
                k = kleene_not(done_.at(c.children.front()));
                break;
            default:
                k = atom(c);
                break;
        }
        done_.emplace(id, k);
    }
}

Kleene ConditionEncoder::define(std::uint32_t d) {
    auto it = defines_.find(d);
    if (it != defines_.end()) return it->second;
    std::string name = "d" + std::to_string(d);
    Kleene var{ctx_.bool_const((name + "t").c_str()), ctx_.bool_const((name + "f").c_str())};
    pending_defines_.push_back(d);
    return defines_.emplace(d, var).first->second;
}

namespace {

/// `known` and `value` of one side of a comparison
struct Operand {
    z3::expr known;
    z3::expr value;
};

z3::expr apply(core::CompareOp op, const z3::expr& a, const z3::expr& b) {
    switch (op) {
        case core::CompareOp::eq:
            return a == b;
        case core::CompareOp::ne:
            return a != b;
        case core::CompareOp::lt:
            return a < b;
        case core::CompareOp::le:
            return a <= b;
        case core::CompareOp::gt:
            return a > b;
        case core::CompareOp::ge:
            return a >= b;
    }
    return a == b;
}

}  // namespace

Kleene ConditionEncoder::compare(const core::Condition& c) {
    const bool fact_left = c.lhs_resolved.fact != core::kNone;
    const std::uint32_t fact = fact_left ? c.lhs_resolved.fact : c.rhs_resolved.fact;
    const core::Type& type = rules_.schema.fact(fact).type;
    auto side = [&](const core::Resolved& r) -> Operand {
        if (r.fact != core::kNone) return {facts_.known(r.fact), facts_.value(r.fact)};
        const core::Value& v = *r.value;
        // An int compared with a number is compared as a number (as the checker does).
        if (v.kind == TypeKind::number && type.kind == TypeKind::integer) {
            return {ctx_.bool_val(true), real_constant(ctx_, v.number)};
        }
        return {ctx_.bool_val(true), facts_.constant(fact, v)};
    };
    Operand a = side(c.lhs_resolved), b = side(c.rhs_resolved);
    if (a.value.is_int() && b.value.is_real()) a.value = z3::to_real(a.value);
    if (b.value.is_int() && a.value.is_real()) b.value = z3::to_real(b.value);
    z3::expr known = a.known && b.known;
    z3::expr holds = apply(c.op, a.value, b.value);
    return {known && holds, known && !holds};
}

Kleene ConditionEncoder::atom(const core::Condition& c) {
    const std::uint32_t fact = c.path_resolved.fact;
    switch (c.kind) {
        case CondKind::constant:
            return kleene_const(ctx_, c.constant);
        case CondKind::compare:
            return compare(c);
        case CondKind::in: {
            z3::expr_vector options(ctx_);
            for (const core::Value& v : c.values_resolved)
                options.push_back(facts_.value(fact) == facts_.constant(fact, v));
            z3::expr any = z3::mk_or(options);
            z3::expr known = facts_.known(fact);
            return {known && any, known && !any};
        }
        case CondKind::has:
        case CondKind::has_any:
        case CondKind::has_all: {
            z3::expr_vector members(ctx_);
            for (const core::Value& v : c.values_resolved)
                members.push_back(facts_.member(fact, static_cast<std::uint32_t>(v.integer)));
            z3::expr holds = c.kind == CondKind::has_all ? z3::mk_and(members) : z3::mk_or(members);
            z3::expr known = facts_.known(fact);
            return {known && holds, known && !holds};
        }
        case CondKind::is_known:
            return {facts_.known(fact), !facts_.known(fact)};
        case CondKind::is_unknown:
            return {!facts_.known(fact), facts_.known(fact)};
        case CondKind::reference: {
            if (c.path_resolved.define != core::kNone) return define(c.path_resolved.define);
            z3::expr known = facts_.known(fact);
            z3::expr value = facts_.value(fact);
            return {known && value, known && !value};
        }
        default:
            return kleene_const(ctx_, false);  // connectives are not atoms
    }
}

}  // namespace lexcheck::analysis::detail
