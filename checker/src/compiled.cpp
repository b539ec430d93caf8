#include "compiled.hpp"

#include "lexcheck/core/natural_order.hpp"

#include <algorithm>
#include <iterator>
#include <map>

namespace lexcheck::checker::detail {

namespace {

/// Scratch reused across compile_condition calls, so compiling 10^6 defines allocates
/// only their programs
using CompileStack = std::vector<std::pair<core::CondId, bool>>;

bool integer_backed(core::TypeKind k) {
    return k == core::TypeKind::boolean || k == core::TypeKind::integer ||
           k == core::TypeKind::date || k == core::TypeKind::duration ||
           k == core::TypeKind::enumeration;
}

/// `a OP b` read from the other side: `3 < x` is `x > 3`
core::CompareOp mirrored(core::CompareOp op) {
    switch (op) {
        case core::CompareOp::lt:
            return core::CompareOp::gt;
        case core::CompareOp::le:
            return core::CompareOp::ge;
        case core::CompareOp::gt:
            return core::CompareOp::lt;
        case core::CompareOp::ge:
            return core::CompareOp::le;
        default:
            return op;
    }
}

/// Postfix code for the subtree at `root`; define references stay references
Program compile_condition(const core::RuleSet& rules, core::CondId root, CompileStack& stack,
                          std::vector<Instr>& code, std::vector<SimpleAtom>& simple) {
    Program p;
    p.root = root;
    p.begin = static_cast<std::uint32_t>(code.size());
    if (root == core::kNone) return p;
    if (const core::Condition& c = rules.conditions[root]; c.kind != core::CondKind::all_of &&
                                                           c.kind != core::CondKind::any_of &&
                                                           c.kind != core::CondKind::negation) {
        // One atom (`define a = b`, most of a define chain): no walk.
        const bool define =
            c.kind == core::CondKind::reference && c.path_resolved.define != core::kNone;
        code.push_back(define ? Instr{Op::define, c.path_resolved.define}
                              : atom_instr(rules, root, simple));
        p.size = 1;
        return p;
    }
    // Explicit stack: (node, children pushed?) so any depth compiles without recursion.
    stack.assign(1, {root, false});
    while (!stack.empty()) {
        auto [id, expanded] = stack.back();
        stack.pop_back();
        const core::Condition& c = rules.conditions[id];
        bool connective = c.kind == core::CondKind::all_of || c.kind == core::CondKind::any_of ||
                          c.kind == core::CondKind::negation;
        if (connective && !expanded) {
            stack.push_back({id, true});
            for (auto it = c.children.rbegin(); it != c.children.rend(); ++it)
                stack.push_back({*it, false});
            continue;
        }
        auto n = static_cast<std::uint32_t>(c.children.size());
        switch (c.kind) {
            case core::CondKind::all_of:
                code.push_back({Op::all_of, n});
                break;
            case core::CondKind::any_of:
                code.push_back({Op::any_of, n});
                break;
            case core::CondKind::negation:
                code.push_back({Op::negation, 1});
                break;
            case core::CondKind::reference:
                if (c.path_resolved.define != core::kNone) {
                    code.push_back({Op::define, c.path_resolved.define});
                    break;
                }
                [[fallthrough]];
            default:
                code.push_back(atom_instr(rules, id, simple));
                break;
        }
    }
    p.size = static_cast<std::uint32_t>(code.size() - p.begin);
    return p;
}

/// Defines in dependency order (each after those it uses), read off the compiled programs'
/// define instructions; the resolver has ruled out cycles
std::vector<std::uint32_t> define_order(const std::vector<Program>& defines,
                                        const std::vector<Instr>& code) {
    std::size_t n = defines.size();
    std::vector<std::uint8_t> state(n, 0);  // 0 new, 1 on stack, 2 emitted
    std::vector<std::uint32_t> order;
    order.reserve(n);
    struct Frame {
        std::uint32_t define;
        std::uint32_t next;  ///< Next instruction of its program to look at
    };
    std::vector<Frame> stack;  // As deep as the longest define chain: 8 bytes a level
    for (std::uint32_t start = 0; start < n; ++start) {
        if (state[start]) continue;
        stack.push_back({start, 0});
        state[start] = 1;
        while (!stack.empty()) {
            auto& [d, next] = stack.back();
            const Program& p = defines[d];
            while (next < p.size && code[p.begin + next].op != Op::define) ++next;
            if (next < p.size) {
                std::uint32_t u = code[p.begin + next++].arg;
                if (state[u] == 0) {
                    state[u] = 1;
                    stack.push_back({u, 0});
                }
                continue;
            }
            state[d] = 2;
            order.push_back(d);
            stack.pop_back();
        }
    }
    return order;
}

/// Exception provisions below `p`, children before parents
std::vector<std::uint32_t> exception_post_order(const core::RuleSet& rules, std::uint32_t p) {
    std::vector<std::uint32_t> order;
    std::vector<std::pair<std::uint32_t, std::size_t>> stack{{p, 0}};
    while (!stack.empty()) {
        auto& [at, next] = stack.back();
        const auto& children = rules.provisions[at].exceptions;
        if (next < children.size()) {
            stack.push_back({children[next++], 0});
            continue;
        }
        if (at != p) order.push_back(at);
        stack.pop_back();
    }
    return order;
}

/// The enum values a scope's top-level conjunct on `fact` allows, if it has one
std::optional<std::vector<std::uint32_t>> scope_values(const core::RuleSet& rules,
                                                       core::CondId scope, std::uint32_t fact) {
    if (scope == core::kNone) return std::nullopt;
    std::vector<core::CondId> conjuncts{scope};
    const core::Condition& top = rules.conditions[scope];
    if (top.kind == core::CondKind::all_of) conjuncts = top.children;
    for (core::CondId id : conjuncts) {
        const core::Condition& c = rules.conditions[id];
        if (c.kind == core::CondKind::compare && c.op == core::CompareOp::eq) {
            if (c.lhs_resolved.fact == fact && c.rhs_resolved.value) {
                return std::vector<std::uint32_t>{
                    static_cast<std::uint32_t>(c.rhs_resolved.value->integer)};
            }
            if (c.rhs_resolved.fact == fact && c.lhs_resolved.value) {
                return std::vector<std::uint32_t>{
                    static_cast<std::uint32_t>(c.lhs_resolved.value->integer)};
            }
        }
        if (c.kind == core::CondKind::in && c.path_resolved.fact == fact) {
            std::vector<std::uint32_t> values;
            for (const auto& v : c.values_resolved)
                values.push_back(static_cast<std::uint32_t>(v.integer));
            std::sort(values.begin(), values.end());
            values.erase(std::unique(values.begin(), values.end()), values.end());
            return values;
        }
    }
    return std::nullopt;
}

/// The values of every scope a pair may be decided under: the provision's and its readings'
/// (LANGUAGE.md §8: the index may skip a pair only when every reading's scope is false)
std::optional<std::vector<std::uint32_t>> readings_scope_values(const core::RuleSet& rules,
                                                                std::uint32_t p,
                                                                std::uint32_t fact) {
    const core::Provision& prov = rules.provisions[p];
    auto values = scope_values(rules, prov.scope.value_or(core::kNone), fact);
    for (std::uint32_t k : prov.readings) {
        const core::Reading& rd = rules.readings[k];
        if (!values || !rd.scope) continue;
        auto more = scope_values(rules, *rd.scope, fact);
        if (!more) return std::nullopt;
        std::vector<std::uint32_t> merged;
        std::set_union(values->begin(), values->end(), more->begin(), more->end(),
                       std::back_inserter(merged));
        values = std::move(merged);
    }
    return values;
}

/// Points of a provision's tree (LANGUAGE.md §8): itself if it has readings, then the
/// exceptions with readings by provision id
std::vector<std::uint32_t> reading_points(const core::RuleSet& rules, std::uint32_t p,
                                          const std::vector<std::uint32_t>& exceptions) {
    std::vector<std::uint32_t> points;
    for (std::uint32_t e : exceptions) {
        if (!rules.provisions[e].readings.empty()) points.push_back(e);
    }
    std::sort(points.begin(), points.end(), [&](std::uint32_t a, std::uint32_t b) {
        return core::natural_less(rules.provisions[a].id.text, rules.provisions[b].id.text);
    });
    if (!rules.provisions[p].readings.empty()) points.insert(points.begin(), p);
    return points;
}

void build_index(CompiledRules& c) {
    const core::RuleSet& rules = *c.rules;
    // Index on the enum fact that most scopes constrain.
    std::map<std::uint32_t, std::size_t> votes;
    for (std::uint32_t pos : c.decided) {
        for (std::uint32_t f = 0; f < rules.schema.facts().size(); ++f) {
            if (rules.schema.fact(f).type.kind != core::TypeKind::enumeration) continue;
            if (readings_scope_values(rules, pos, f)) ++votes[f];
        }
    }
    if (votes.empty()) {
        for (std::uint32_t i = 0; i < c.decided.size(); ++i) c.unindexed.push_back(i);
        return;
    }
    c.index_fact = std::max_element(votes.begin(), votes.end(), [](auto& a, auto& b) {
                       return a.second < b.second;
                   })->first;
    const auto& e = rules.schema.enum_info(rules.schema.fact(c.index_fact).type.enum_id);
    c.by_value.assign(e.values.size(), {});
    for (std::uint32_t i = 0; i < c.decided.size(); ++i) {
        auto values = readings_scope_values(rules, c.decided[i], c.index_fact);
        if (!values) {
            c.unindexed.push_back(i);
            continue;
        }
        for (std::uint32_t v : *values) {
            if (v < c.by_value.size()) c.by_value[v].push_back(i);
        }
    }
}

}  // namespace

Instr atom_instr(const core::RuleSet& rules, core::CondId id, std::vector<SimpleAtom>& simple) {
    const core::Condition& c = rules.conditions[id];
    auto fact_kind = [&](std::uint32_t fact) { return rules.schema.fact(fact).type.kind; };
    auto add = [&](Op op, SimpleAtom a) {
        simple.push_back(a);
        return Instr{op, static_cast<std::uint32_t>(simple.size() - 1)};
    };
    if (c.kind == core::CondKind::compare) {
        const core::Resolved* fact = &c.lhs_resolved;
        const core::Resolved* constant = &c.rhs_resolved;
        core::CompareOp op = c.op;
        if (fact->fact == core::kNone) {
            std::swap(fact, constant);
            op = mirrored(op);
        }
        if (fact->fact != core::kNone && constant->fact == core::kNone && constant->value &&
            integer_backed(fact_kind(fact->fact)) &&
            constant->value->kind == fact_kind(fact->fact)) {
            return add(Op::fact_compare, {fact->fact, op, constant->value->integer});
        }
    }
    if (c.kind == core::CondKind::has && c.path_resolved.fact != core::kNone &&
        c.values_resolved.size() == 1) {
        return add(Op::fact_has,
                   {c.path_resolved.fact, core::CompareOp::eq, c.values_resolved[0].integer});
    }
    return {Op::atom, id};
}

CompiledRules compile(const core::RuleSet& rules, core::Date as_of) {
    CompiledRules c;
    c.rules = &rules;
    c.as_of = as_of;
    CompileStack stack;
    // A condition is in one tree and compiles to one instruction: this is all the room.
    c.code.reserve(rules.conditions.size());
    c.defines.reserve(rules.defines.size());
    for (const core::Define& d : rules.defines)
        c.defines.push_back(compile_condition(rules, d.condition, stack, c.code, c.simple_atoms));
    c.define_order = define_order(c.defines, c.code);
    for (std::uint32_t i = 0; i < rules.provisions.size(); ++i) {
        const core::Provision& p = rules.provisions[i];
        CompiledProvision cp;
        cp.scope =
            compile_condition(rules, p.scope.value_or(core::kNone), stack, c.code, c.simple_atoms);
        cp.norm = compile_condition(rules, p.norm.condition, stack, c.code, c.simple_atoms);
        for (const core::Clause& u : p.unless) {
            cp.unless.push_back(
                compile_condition(rules, u.condition, stack, c.code, c.simple_atoms));
        }
        cp.in_force = provision_in_force(rules, p, as_of);
        if (!p.is_exception()) {
            cp.exception_order = exception_post_order(rules, i);
            if (!rules.readings.empty()) cp.points = reading_points(rules, i, cp.exception_order);
            c.decided.push_back(i);
        }
        c.provisions.push_back(std::move(cp));
    }
    c.readings.reserve(rules.readings.size());
    for (const core::Reading& rd : rules.readings) {
        CompiledReading& cr = c.readings.emplace_back();
        if (rd.provision == core::kNone) continue;
        const CompiledProvision& own = c.provisions[rd.provision];
        cr.scope = rd.scope ? compile_condition(rules, *rd.scope, stack, c.code, c.simple_atoms)
                            : own.scope;
        cr.norm = rd.norm_kind
                      ? compile_condition(rules, rd.norm.condition, stack, c.code, c.simple_atoms)
                      : own.norm;
    }
    std::sort(c.decided.begin(), c.decided.end(), [&](std::uint32_t a, std::uint32_t b) {
        return core::natural_less(rules.provisions[a].id.text, rules.provisions[b].id.text);
    });
    build_index(c);
    c.every_position.resize(c.decided.size());
    for (std::uint32_t i = 0; i < c.decided.size(); ++i) c.every_position[i] = i;
    for (const auto& listed : c.by_value) {
        auto& out = c.candidates_by_value.emplace_back();
        std::merge(listed.begin(), listed.end(), c.unindexed.begin(), c.unindexed.end(),
                   std::back_inserter(out));
    }
    return c;
}

const std::vector<std::uint32_t>& candidates(const CompiledRules& c, std::uint32_t value) {
    if (c.index_fact == core::kNone || value == core::kNone ||
        value >= c.candidates_by_value.size()) {
        return c.every_position;
    }
    return c.candidates_by_value[value];
}

}  // namespace lexcheck::checker::detail
