// LANGUAGE.md §3: binding the names in conditions and checking their types. Every node
// of the arena is resolved on its own, so nesting depth costs no recursion.
#include "literal_value.hpp"
#include "resolver.hpp"
#include "suggest.hpp"

namespace lexcheck::parser::detail {

using core::CondKind;
using core::LiteralKind;
using core::TypeKind;

namespace {

class ConditionResolver {
public:
    explicit ConditionResolver(Resolver& r)
        : r_(r), schema_(r.rules.schema), facts_(r.fact_paths()), defines_(r.define_names()) {}

    void resolve(core::Condition& c) {
        switch (c.kind) {
            case CondKind::compare: resolve_compare(c); break;
            case CondKind::in: resolve_in(c); break;
            case CondKind::has:
            case CondKind::has_any:
            case CondKind::has_all: resolve_has(c); break;
            case CondKind::is_known:
            case CondKind::is_unknown: c.path_resolved.fact = find_fact(c.path).value_or(core::kNone); break;
            case CondKind::reference: resolve_reference(c); break;
            default: break;
        }
    }

private:
    std::optional<std::uint32_t> find_fact(const core::Name& path) {
        if (auto f = schema_.find_fact(path.text)) return f;
        unknown_name(path.text, path.span, facts_, "no fact is called `" + path.text + "`");
        return std::nullopt;
    }

    void unknown_name(const std::string& name, core::SourceSpan span,
                      const std::vector<std::string>& candidates, std::string message) {
        auto help = did_you_mean(name, candidates);
        if (!help) help = "declare it in a vocabulary: `fact " + name + " : TYPE \"description\"`";
        r_.error("lex_unknown_name", span, std::move(message), help);
    }

    std::string type_name(const core::Type& t) const { return schema_.type_name(t); }

    void resolve_reference(core::Condition& c) {
        if (auto f = schema_.find_fact(c.path.text)) {
            const core::FactInfo& info = schema_.fact(*f);
            if (info.type.kind != TypeKind::boolean) {
                r_.error("lex_type_mismatch", c.path.span,
                         "`" + c.path.text + "` is " + type_name(info.type) + ", not a bool condition",
                         "compare it, e.g. `" + c.path.text + " == …`, or test `" + c.path.text +
                             " is known`");
                return;
            }
            c.path_resolved.fact = *f;
            return;
        }
        auto d = r_.rules.define_index.find(c.path.text);
        if (d != r_.rules.define_index.end()) {
            c.path_resolved.define = d->second;
            return;
        }
        std::vector<std::string> candidates = facts_;
        candidates.insert(candidates.end(), defines_.begin(), defines_.end());
        unknown_name(c.path.text, c.path.span, candidates,
                     "no fact or define is called `" + c.path.text + "`");
    }

    /// The fact an operand names, if it is an identifier naming one
    std::optional<std::uint32_t> operand_fact(const core::Literal& lit) {
        if (lit.kind != LiteralKind::identifier) return std::nullopt;
        return schema_.find_fact(lit.text);
    }

    bool convert(const core::Literal& lit, const core::Type& type, const std::string& what,
                 core::Resolved& out) {
        Conversion conv = convert_literal(lit, type, schema_, what);
        if (!conv.value) {
            if (!conv.code.empty()) r_.error(conv.code, lit.span, conv.message, conv.help);
            return false;
        }
        out.value = std::move(conv.value);
        return true;
    }

    static bool is_ordered(TypeKind k) {
        return k == TypeKind::integer || k == TypeKind::number || k == TypeKind::date ||
               k == TypeKind::duration;
    }
    static bool is_numeric(TypeKind k) { return k == TypeKind::integer || k == TypeKind::number; }

    void resolve_compare(core::Condition& c) {
        auto lf = operand_fact(c.lhs);
        auto rf = operand_fact(c.rhs);
        bool ordering = c.op != core::CompareOp::eq && c.op != core::CompareOp::ne;
        if (!lf && !rf) {
            // Name the identifier that should have been a fact.
            for (const core::Literal* lit : {&c.lhs, &c.rhs}) {
                if (lit->kind == LiteralKind::identifier) {
                    unknown_name(lit->text, lit->span, facts_, "no fact is called `" + lit->text + "`");
                    return;
                }
            }
            r_.error("lex_constant_comparison", c.span, "this comparison has no fact in it",
                     "compare a fact with a value, e.g. `ban.duration > 3y`");
            return;
        }
        const std::uint32_t fact = lf ? *lf : *rf;
        const core::FactInfo& info = schema_.fact(fact);
        if (info.type.kind == TypeKind::set) {
            r_.error("lex_type_mismatch", c.span,
                     "`" + info.path + "` is a set and cannot be compared",
                     "test membership instead: `" + info.path + " has …` or `" + info.path +
                         " has any {…}`");
            return;
        }
        if (ordering && !is_ordered(info.type.kind)) {
            r_.error("lex_type_mismatch", c.span,
                     "`" + info.path + "` is " + type_name(info.type) + " and has no order",
                     "use `==`, `!=` or `in {…}`");
            return;
        }
        if (lf && rf) {
            const core::FactInfo& other = schema_.fact(*rf);
            bool same = other.type == info.type ||
                        (is_numeric(other.type.kind) && is_numeric(info.type.kind));
            if (!same) {
                r_.error("lex_type_mismatch", c.span,
                         "`" + info.path + "` is " + type_name(info.type) + " but `" + other.path +
                             "` is " + type_name(other.type));
                return;
            }
            c.lhs_resolved.fact = *lf;
            c.rhs_resolved.fact = *rf;
            return;
        }
        if (lf) {
            c.lhs_resolved.fact = *lf;
            convert(c.rhs, info.type, info.path, c.rhs_resolved);
        } else {
            c.rhs_resolved.fact = *rf;
            convert(c.lhs, info.type, info.path, c.lhs_resolved);
        }
    }

    void resolve_in(core::Condition& c) {
        auto f = find_fact(c.path);
        if (!f) return;
        const core::FactInfo& info = schema_.fact(*f);
        if (info.type.kind == TypeKind::set) {
            r_.error("lex_type_mismatch", c.path.span, "`" + info.path + "` is a set",
                     "use `" + info.path + " has any {…}` for sets");
            return;
        }
        c.path_resolved.fact = *f;
        convert_values(c, info);
    }

    void resolve_has(core::Condition& c) {
        auto f = find_fact(c.path);
        if (!f) return;
        const core::FactInfo& info = schema_.fact(*f);
        if (info.type.kind != TypeKind::set) {
            r_.error("lex_type_mismatch", c.path.span,
                     "`" + info.path + "` is " + type_name(info.type) + ", not a set",
                     "use `" + info.path + " == …` or `" + info.path + " in {…}`");
            return;
        }
        c.path_resolved.fact = *f;
        convert_values(c, info);
    }

    void convert_values(core::Condition& c, const core::FactInfo& info) {
        c.values_resolved.clear();
        for (const core::Literal& lit : c.values) {
            core::Resolved out;
            if (convert(lit, info.type, info.path, out)) c.values_resolved.push_back(*out.value);
        }
    }

    Resolver& r_;
    const core::Schema& schema_;
    std::vector<std::string> facts_;
    std::vector<std::string> defines_;
};

}  // namespace

void resolve_conditions(Resolver& r) {
    ConditionResolver resolver(r);
    for (core::Condition& c : r.rules.conditions) resolver.resolve(c);
}

}  // namespace lexcheck::parser::detail
