#include "lexcheck/core/ast_dump.hpp"

#include <utility>
#include <vector>

namespace lexcheck::core {

namespace {

std::string quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += c;
        }
    }
    return out + "\"";
}

std::string_view literal_kind_tag(LiteralKind k) {
    switch (k) {
        case LiteralKind::integer:
            return "int";
        case LiteralKind::number:
            return "number";
        case LiteralKind::date:
            return "date";
        case LiteralKind::duration:
            return "duration";
        case LiteralKind::string:
            return "string";
        case LiteralKind::identifier:
            return "name";
        case LiteralKind::boolean:
            return "bool";
    }
    return "?";
}

std::string literal(const Literal& l) {
    std::string text = l.kind == LiteralKind::string ? quote(l.text) : l.text;
    return std::string(literal_kind_tag(l.kind)) + "(" + text + ")";
}

std::string literals(const std::vector<Literal>& values) {
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ", ";
        out += literal(values[i]);
    }
    return out + "}";
}

std::string_view compare_op_text(CompareOp op) {
    switch (op) {
        case CompareOp::eq:
            return "==";
        case CompareOp::ne:
            return "!=";
        case CompareOp::lt:
            return "<";
        case CompareOp::le:
            return "<=";
        case CompareOp::gt:
            return ">";
        case CompareOp::ge:
            return ">=";
    }
    return "?";
}

class Dumper {
public:
    explicit Dumper(const RuleSet& rules) : rules_(rules) {}

    std::string take() { return std::move(out_); }

    void line(int indent, std::string_view text) {
        out_.append(static_cast<std::size_t>(indent) * 2, ' ');
        out_ += text;
        out_ += '\n';
    }

    /// Iterative pre-order walk, so nesting depth costs no native stack
    void condition(int indent, CondId root) {
        if (root == kNone) {
            line(indent, "<none>");
            return;
        }
        std::vector<std::pair<CondId, int>> stack{{root, indent}};
        while (!stack.empty()) {
            auto [id, depth] = stack.back();
            stack.pop_back();
            const Condition& c = rules_.condition(id);
            line(depth, node(c));
            for (auto it = c.children.rbegin(); it != c.children.rend(); ++it) {
                stack.emplace_back(*it, depth + 1);
            }
        }
    }

    void instrument(const Instrument& in) {
        line(0, "instrument " + in.id.text + " " + quote(in.title));
        if (in.kind) line(1, "kind " + std::string(instrument_kind_name(*in.kind)));
        if (in.origin) line(1, "origin " + std::string(origin_name(*in.origin)));
        if (in.signed_on) line(1, "signed " + format_date(*in.signed_on));
        if (in.in_force) line(1, "in_force " + format_date(*in.in_force));
        if (in.until) line(1, "until " + format_date(*in.until));
        if (in.reciprocal) line(1, "reciprocal");
        for (const Party& p : in.parties) {
            std::string s = "party " + p.state.text;
            if (p.observer) s += " observer";
            if (p.from) s += " from " + format_date(*p.from);
            if (p.until) s += " until " + format_date(*p.until);
            line(1, s);
        }
    }

    void vocabulary(const VocabularyDecl& v) {
        line(0, "vocabulary " + v.id.text);
        for (const EnumDecl& e : v.enums) {
            std::string s = "enum " + e.name.text + " {";
            for (std::size_t i = 0; i < e.values.size(); ++i) {
                s += (i > 0 ? ", " : "") + e.values[i].text;
                if (i < e.labels.size() && !e.labels[i].empty()) s += " " + quote(e.labels[i]);
            }
            line(1, s + "}");
        }
        for (const FactDecl& f : v.facts) {
            std::string type = f.type.is_set ? "set<" + f.type.name.text + ">" : f.type.name.text;
            std::string s = "fact " + f.path.text + " : " + type;
            if (!f.description.empty()) s += " " + quote(f.description);
            if (!f.as.empty()) s += " as " + quote(f.as);
            line(1, s);
        }
    }

    void define(const Define& d, const DefineLabel* label) {
        std::string s = "define " + d.name.text;
        if (label) s += " " + quote(label->label);
        if (label && !label->else_label.empty()) s += " else " + quote(label->else_label);
        line(0, s);
        condition(1, d.condition);
    }

    void provision(const Provision& p) {
        line(0, "provision " + p.id.text);
        if (p.of) line(1, "of " + p.of->text);
        if (p.cite) line(1, "cite " + quote(*p.cite));
        if (p.text) line(1, "text " + quote(*p.text));
        line(1, "wording " + std::string(wording_name(p.wording)));
        if (p.paradigm) line(1, "paradigm " + std::string(paradigm_name(*p.paradigm)));
        line(1, "severity " + std::string(provision_severity_name(p.severity)));
        if (p.in_force) line(1, "in_force " + format_date(*p.in_force));
        if (p.until) line(1, "until " + format_date(*p.until));
        if (p.scope) {
            line(1, "scope");
            condition(2, *p.scope);
        }
        if (p.norm_kind) {
            switch (*p.norm_kind) {
                case NormKind::prohibition:
                    line(1, with_why("prohibits", p.norm.why));
                    break;
                case NormKind::requirement:
                    line(1, with_why("requires", p.norm.why));
                    break;
                case NormKind::exception:
                    line(1, "exception to " + (p.exception_to ? p.exception_to->text : "?"));
                    line(1, "when");
                    break;
            }
            condition(2, p.norm.condition);
        } else if (p.norm.condition != kNone) {
            line(1, "when");
            condition(2, p.norm.condition);
        }
        for (const Clause& u : p.unless) {
            line(1, with_why("unless", u.why));
            condition(2, u.condition);
        }
        for (const Name& s : p.see) line(1, "see " + s.text);
        if (p.source) line(1, "source " + quote(p.source->file) + " " + p.source->eid.text);
        if (p.position) line(1, "position " + quote(*p.position));
        for (const Authority& a : p.authorities) line(1, "authority " + quote(a.text));
    }

    void reading(const Reading& r) {
        line(0, "reading " + r.id.text);
        if (r.of) line(1, "of " + r.of->text);
        if (r.position) line(1, "position " + quote(*r.position));
        for (const Authority& a : r.authorities) line(1, "authority " + quote(a.text));
        if (r.scope) {
            line(1, "scope");
            condition(2, *r.scope);
        }
        if (r.norm_kind) {
            line(1, *r.norm_kind == NormKind::exception     ? std::string("when")
                    : *r.norm_kind == NormKind::prohibition ? with_why("prohibits", r.norm.why)
                                                            : with_why("requires", r.norm.why));
            condition(2, r.norm.condition);
        }
    }

    void test(const TestBlock& t) {
        line(0, "test " + quote(t.name));
        if (t.as_of) line(1, "as_of " + format_date(*t.as_of));
        line(1, "measure");
        if (t.jurisdiction) line(2, "jurisdiction " + t.jurisdiction->text);
        for (const TestFact& f : t.facts) {
            line(2, f.path.text + " = " +
                        (f.is_set ? literals(f.values)
                                  : (f.values.empty() ? "?" : literal(f.values.front()))));
        }
        for (const TestExpect& e : t.expects) {
            line(1, "expect " + e.provision.text + (e.under ? " under " + e.under->text : "") +
                        " " + std::string(expectation_name(e.what)));
        }
    }

private:
    static std::string with_why(std::string_view kw, const std::string& why) {
        return why.empty() ? std::string(kw) : std::string(kw) + " " + quote(why);
    }

    static std::string node(const Condition& c) {
        switch (c.kind) {
            case CondKind::all_of:
                return "all_of";
            case CondKind::any_of:
                return "any_of";
            case CondKind::negation:
                return "not";
            case CondKind::constant:
                return c.constant ? "true" : "false";
            case CondKind::compare:
                return "compare " + literal(c.lhs) + " " + std::string(compare_op_text(c.op)) +
                       " " + literal(c.rhs);
            case CondKind::in:
                return "in " + c.path.text + " " + literals(c.values);
            case CondKind::has:
                return "has " + c.path.text + " " +
                       (c.values.empty() ? "?" : literal(c.values.front()));
            case CondKind::has_any:
                return "has_any " + c.path.text + " " + literals(c.values);
            case CondKind::has_all:
                return "has_all " + c.path.text + " " + literals(c.values);
            case CondKind::is_known:
                return "is_known " + c.path.text;
            case CondKind::is_unknown:
                return "is_unknown " + c.path.text;
            case CondKind::reference:
                return "ref " + c.path.text;
        }
        return "?";
    }

    const RuleSet& rules_;
    std::string out_;
};

}  // namespace

std::string dump_rule_set(const RuleSet& rules, const SourceManager& /*sources*/) {
    Dumper d(rules);
    for (const Instrument& i : rules.instruments) d.instrument(i);
    for (const VocabularyDecl& v : rules.vocabularies) d.vocabulary(v);
    for (std::uint32_t i = 0; i < rules.defines.size(); ++i)
        d.define(rules.defines[i], rules.define_label(i));
    for (const Provision& p : rules.provisions) d.provision(p);
    for (const Reading& r : rules.readings) d.reading(r);
    for (const TestBlock& t : rules.tests) d.test(t);
    return d.take();
}

}  // namespace lexcheck::core
