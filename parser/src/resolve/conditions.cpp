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
    explicit ConditionResolver(Resolver& r) : r_(r), schema_(r.rules.schema) {}

    void resolve(core::Condition& c) {
        switch (c.kind) {
            case CondKind::compare:
                resolve_compare(c);
                break;
            case CondKind::in:
                resolve_in(c);
                break;
            case CondKind::has:
            case CondKind::has_any:
            case CondKind::has_all:
                resolve_has(c);
                break;
            case CondKind::is_known:
            case CondKind::is_unknown:
                c.path_resolved.fact =
                    find_fact(c.path, "`is known` and `is unknown` test").value_or(core::kNone);
                break;
            case CondKind::is_empty:
                resolve_is_empty(c);
                break;
            case CondKind::reference:
                resolve_reference(c);
                break;
            default:
                break;
        }
    }

private:
    std::optional<std::uint32_t> find_fact(const core::Name& path, const char* use) {
        if (auto f = r_.fact_named(path.text)) return f;
        not_a_fact(path.text, path.span, use);
        return std::nullopt;
    }

    /// Reports that `name` is no fact, unless its declaration was already reported
    void not_a_fact(const std::string& name, core::SourceSpan span, const char* use) {
        if (r_.broken_facts.count(name)) return;
        if (r_.define_named(name)) {
            r_.error("lex_type_mismatch", span, "`" + name + "` is a define, not a fact",
                     std::string(use) + " a fact; a define is a condition of its own: write `" +
                         name + "` or `not " + name + "`");
            return;
        }
        unknown_name(name, span, facts(), "no fact is called `" + name + "`");
    }

    void unknown_name(const std::string& name, core::SourceSpan span,
                      const std::vector<std::string>& candidates, std::string message) {
        auto help = did_you_mean(name, candidates);
        if (!help) help = "declare it in a vocabulary: `fact " + name + " : TYPE \"description\"`";
        r_.error("lex_unknown_name", span, std::move(message), help);
    }

    std::string type_name(const core::Type& t) const { return describe_type(t, schema_); }

    /// A name that reads as a value: an enum value or a state code
    bool is_value_name(const std::string& name) const {
        if (core::is_state_code(name)) return true;
        for (const core::EnumInfo& e : schema_.enums()) {
            if (e.find(name)) return true;
        }
        return false;
    }

    void resolve_reference(core::Condition& c) {
        const auto named = r_.lookup(c.path.text);
        if (named && (*named & Resolver::kFactName)) {
            const std::uint32_t f = *named & ~Resolver::kFactName;
            const core::FactInfo& info = schema_.fact(f);
            if (info.type.kind != TypeKind::boolean) {
                r_.error("lex_type_mismatch", c.path.span,
                         "`" + c.path.text + "` is " + type_name(info.type) + ", not a condition",
                         "compare it, e.g. `" + c.path.text + " == …`, or test `" + c.path.text +
                             " is known`");
                return;
            }
            c.path_resolved.fact = f;
            return;
        }
        if (named) {
            c.path_resolved.define = *named;
            return;
        }
        if (r_.broken_facts.count(c.path.text)) return;
        std::vector<std::string> candidates = facts();
        std::vector<std::string> defines = r_.define_names();
        candidates.insert(candidates.end(), defines.begin(), defines.end());
        unknown_name(c.path.text, c.path.span, candidates,
                     "no fact or define is called `" + c.path.text + "`");
    }

    /// The fact an operand names, if it is an identifier naming one
    std::optional<std::uint32_t> operand_fact(const core::Literal& lit) {
        if (lit.kind != LiteralKind::identifier) return std::nullopt;
        return r_.fact_named(lit.text);
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

    /// Reports a set fact on either side of a comparison; true when it was one
    bool compared_set(const core::FactInfo& fact, core::SourceSpan at) {
        if (fact.type.kind != TypeKind::set) return false;
        r_.error("lex_type_mismatch", at, "`" + fact.path + "` is a set and cannot be compared",
                 "test membership instead: `" + fact.path + " has …` or `" + fact.path +
                     " has any {…}`");
        return true;
    }

    void resolve_compare(core::Condition& c) {
        for (const core::Literal* lit : {&c.lhs, &c.rhs}) {
            if (lit->kind == LiteralKind::identifier && r_.broken_facts.count(lit->text)) return;
        }
        auto lf = operand_fact(c.lhs);
        auto rf = operand_fact(c.rhs);
        bool ordering = c.op != core::CompareOp::eq && c.op != core::CompareOp::ne;
        if (!lf && !rf) {
            // Name the identifier that should have been a fact: in `kindd == entry_ban` it
            // is `kindd`, not the enum value.
            const core::Literal* culprit = nullptr;
            for (const core::Literal* lit : {&c.lhs, &c.rhs}) {
                if (lit->kind != LiteralKind::identifier) continue;
                if (!culprit || is_value_name(culprit->text)) culprit = lit;
            }
            // Only values, such as `RU == KZ`: a constant comparison, reported below.
            if (culprit && (!is_value_name(culprit->text) || r_.define_named(culprit->text))) {
                not_a_fact(culprit->text, culprit->span, "a comparison needs");
                return;
            }
            r_.error("lex_constant_comparison", c.span, "this comparison has no fact in it",
                     "compare a fact with a value, e.g. `ban.duration > 3y`");
            return;
        }
        const std::uint32_t fact = lf ? *lf : *rf;
        const core::FactInfo& info = schema_.fact(fact);
        if (compared_set(info, c.span)) return;
        if (ordering && !is_ordered(info.type.kind)) {
            r_.error("lex_type_mismatch", c.span,
                     "`" + info.path + "` is " + type_name(info.type) + " and has no order",
                     "use `==`, `!=` or `in {…}`");
            return;
        }
        if (lf && rf) {
            const core::FactInfo& other = schema_.fact(*rf);
            if (compared_set(other, c.span)) return;
            bool same = other.type == info.type ||
                        (is_numeric(other.type.kind) && is_numeric(info.type.kind));
            if (!same) {
                r_.error("lex_type_mismatch", c.span,
                         "`" + info.path + "` is " + type_name(info.type) + " but `" + other.path +
                             "` is " + type_name(other.type),
                         "compare facts of the same type, or a fact with a value");
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
        auto f = find_fact(c.path, "`in` tests");
        if (!f) return;
        const core::FactInfo& info = schema_.fact(*f);
        if (info.type.kind == TypeKind::set) {
            r_.error("lex_type_mismatch", c.path.span,
                     "`" + info.path + "` is a set; `in` tests a fact with one value",
                     "use `" + info.path + " has any {…}` for sets");
            return;
        }
        c.path_resolved.fact = *f;
        convert_values(c, info);
    }

    void resolve_has(core::Condition& c) {
        auto f = find_set(c, "`has` tests", [](const std::string& path) {
            return "use `" + path + " == …` or `" + path + " in {…}`";
        });
        if (f) convert_values(c, schema_.fact(*f));
    }

    /// LANGUAGE.md §3 (v2): `PATH is empty` tests a set fact
    void resolve_is_empty(core::Condition& c) {
        find_set(c, "`is empty` tests", [](const std::string& path) {
            return "only a set can be empty; `" + path +
                   " is unknown` tests whether the measure states a fact";
        });
    }

    /// The set fact that `c.path` names, resolved; a fact of another type is an error with
    /// the help that `help(path)` gives
    template <class Help>
    std::optional<std::uint32_t> find_set(core::Condition& c, const char* use, Help&& help) {
        auto f = find_fact(c.path, use);
        if (!f) return std::nullopt;
        const core::FactInfo& info = schema_.fact(*f);
        if (info.type.kind != TypeKind::set) {
            r_.error("lex_type_mismatch", c.path.span,
                     "`" + info.path + "` is " + type_name(info.type) + ", not a set",
                     help(info.path));
            return std::nullopt;
        }
        c.path_resolved.fact = *f;
        return f;
    }

    void convert_values(core::Condition& c, const core::FactInfo& info) {
        c.values_resolved.clear();
        for (const core::Literal& lit : c.values) {
            core::Resolved out;
            if (convert(lit, info.type, info.path, out)) c.values_resolved.push_back(*out.value);
        }
    }

    /// Every fact's path, for suggestions (only wanted when something is wrong)
    const std::vector<std::string>& facts() {
        if (!facts_) facts_ = r_.fact_paths();
        return *facts_;
    }

    Resolver& r_;
    const core::Schema& schema_;
    std::optional<std::vector<std::string>> facts_;
};

}  // namespace

void resolve_conditions(Resolver& r) {
    ConditionResolver resolver(r);
    auto& conditions = r.rules.conditions;
    r.define_refs.resize(conditions.size());
    for (std::size_t i = 0; i < conditions.size(); ++i) {
        core::Condition& c = conditions[i];
        resolver.resolve(c);
        r.define_refs[i] = !c.children.empty() ? Resolver::kConnective : c.path_resolved.define;
    }
}

}  // namespace lexcheck::parser::detail
