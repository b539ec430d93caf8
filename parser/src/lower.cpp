// LANGUAGE.md §2: declarations from the CST into the core AST, with the checks only the
// parser can make: each clause's value, and clauses written twice.
#include "lower.hpp"

#include "clause_tracker.hpp"

#include <lexcheck/core/diagnostic_builder.hpp>

#include <boost/variant/apply_visitor.hpp>

#include <algorithm>

namespace lexcheck::parser::detail {

std::pair<core::CondId, core::Condition&> Lowerer::new_condition(core::CondKind kind,
                                                                 core::SourceSpan at) {
    auto& arena = rules_.conditions;
    core::reserve_ahead(arena, arena.size() - conditions_before_, lowered_up_to_, text_.size());
    conditions_prefault_.prepare(arena);
    auto id = static_cast<core::CondId>(arena.size());
    core::Condition& c = arena.emplace_back();
    c.kind = kind;
    c.span = at;
    return {id, c};
}

void Lowerer::lower(const cst::Declaration& decl, const cst::Conditions& conditions,
                    std::uint32_t end) {
    conditions_ = &conditions;
    struct Visitor {
        Lowerer& self;
        void operator()(const cst::Instrument& d) const { self.instrument(d); }
        void operator()(const cst::Vocabulary& d) const { self.vocabulary(d); }
        void operator()(const cst::Define& d) const { self.define(d); }
        void operator()(const cst::Provision& d) const { self.provision(d); }
        void operator()(const cst::Reading& d) const { self.reading(d); }
        void operator()(const cst::Test& d) const { self.test(d); }
    };
    boost::apply_visitor(Visitor{*this}, decl);
    lowered_up_to_ = end;
}

void Lowerer::instrument(const cst::Instrument& in) {
    core::Instrument out;
    out.id = name(in.id);
    out.title = string_value(in.title);
    out.span = span(in);
    ClauseTracker clauses(*this, sink_, "instrument `", out.id.text, "`");
    for (const cst::InstrumentClause& clause : in.clauses) {
        if (const auto* p = boost::get<cst::Party>(&clause.get())) {
            out.parties.push_back(party(*p));
            continue;
        }
        const auto& kv = boost::get<cst::KeyValue>(clause.get());
        std::string_view kw = slice(kv.kw);
        if (!clauses.once(kw, kv.kw)) continue;
        if (kw == "reciprocal") {
            out.reciprocal = true;
        } else if (kw == "kind") {
            using K = core::InstrumentKind;
            out.kind = keyword_value<K>(kv.value, "instrument kind",
                                        {{"treaty", K::treaty},
                                         {"convention", K::convention},
                                         {"agreement", K::agreement},
                                         {"protocol", K::protocol},
                                         {"national_law", K::national_law},
                                         {"soft_law", K::soft_law}});
        } else if (kw == "origin") {
            using O = core::Origin;
            out.origin = keyword_value<O>(kv.value, "origin",
                                          {{"regional", O::regional},
                                           {"universal", O::universal},
                                           {"external", O::external}});
        } else if (kw == "signed") {
            out.signed_on = date(kv.value);
        } else if (kw == "in_force") {
            out.in_force = date(kv.value);
        } else {
            out.until = date(kv.value);
        }
    }
    rules_.instruments.push_back(std::move(out));
}

core::Party Lowerer::party(const cst::Party& in) {
    core::Party p;
    p.state = name(in.state);
    p.span = span(in);
    p.observer = in.observer.has_value();
    if (in.from) p.from = date(*in.from);
    if (in.until) p.until = date(*in.until);
    if (p.observer && (in.from || in.until)) {
        const cst::Token& dated = in.from ? *in.from : *in.until;
        error("lex_parse_error", span(dated),
              "observer `" + p.state.text + "` is never bound, so it takes no dates",
              "drop `observer` to make it a party, or drop the dates");
    }
    return p;
}

void Lowerer::vocabulary(const cst::Vocabulary& in) {
    core::VocabularyDecl out;
    out.id = name(in.id);
    out.span = span(in);
    for (const cst::VocabularyEntry& entry : in.entries) {
        if (const auto* e = boost::get<cst::EnumDecl>(&entry.get())) {
            core::EnumDecl decl;
            decl.name = name(e->name);
            decl.span = span(*e);
            for (const cst::EnumValue& v : e->values) {
                decl.values.push_back(name(v.name));
                decl.labels.push_back(v.label ? label(*v.label) : std::string());
            }
            out.enums.push_back(std::move(decl));
            continue;
        }
        const auto& f = boost::get<cst::FactDecl>(entry.get());
        core::FactDecl decl;
        decl.path = name(f.path);
        decl.type.name = name(f.type.name);
        decl.type.is_set = f.type.is_set;
        decl.type.span = span(f.type);
        if (f.description) decl.description = string_value(*f.description);
        if (f.as) decl.as = label(*f.as);
        decl.span = span(f);
        out.facts.push_back(std::move(decl));
    }
    rules_.vocabularies.push_back(std::move(out));
}

void Lowerer::define(const cst::Define& in) {
    const core::CondId cond = condition(in.condition);
    core::reserve_ahead(rules_.defines, rules_.defines.size() - defines_before_, lowered_up_to_,
                        text_.size());
    defines_prefault_.prepare(rules_.defines);
    if (in.label || in.else_label) define_label(in);
    core::Define& out = rules_.defines.emplace_back();
    set_name(out.name, in.name);
    out.span = span(in);
    out.condition = cond;
}

void Lowerer::define_label(const cst::Define& in) {
    if (!in.label) {
        error(
            "lex_else_without_label", span(*in.else_label),
            "define `" + std::string(slice(in.name)) + "` says what is false but not what is true",
            "write the sentence that states it true first: `define " + std::string(slice(in.name)) +
                " \"…\" else \"…\" = …`");
        return;
    }
    core::DefineLabel& l = rules_.define_labels.emplace_back();
    l.define = static_cast<std::uint32_t>(rules_.defines.size());
    l.label = label(*in.label);
    if (in.else_label) l.else_label = label(*in.else_label);
    l.span = span(*in.label);
}

std::string Lowerer::label(const cst::Token& t) {
    std::string out = string_value(t);
    bool blank = out.find_first_not_of(" \t\n\r") == std::string::npos;
    if (blank) {
        error("lex_empty_label", span(t), "a label must say something",
              "write the words a sentence should use, or leave the label out (reasons then "
              "quote the condition)");
    }
    return out;
}

namespace {

/// One provision being lowered, clause by clause: the clauses seen so far and its one norm
/// (LANGUAGE.md §2: exactly one of `prohibits`, `requires` or `exception to`)
class ProvisionLowering {
public:
    ProvisionLowering(Lowerer& lower, core::DiagnosticSink& sink, const cst::Provision& in)
        : lower_(lower),
          sink_(sink),
          out_(start(lower, in)),
          clauses_(lower, sink, "provision `", out_.id.text, "`") {}

    void clause(const cst::ProvisionClause& clause) {
        if (const auto* src = boost::get<cst::SourceClause>(&clause.get())) {
            source(*src);
        } else if (const auto* cc = boost::get<cst::CondClause>(&clause.get())) {
            condition_clause(*cc);
        } else {
            key_value(boost::get<cst::KeyValue>(clause.get()));
        }
    }

    /// The provision, once every clause is in
    core::Provision finish() {
        // `when` is the condition of an exception; a prohibition or requirement has its own.
        if (when_ && norm_ && out_.norm_kind != core::NormKind::exception) {
            sink_.report(core::diagnose::error("lex_duplicate_clause", when_->second,
                                               "provision `" + out_.id.text + "` has both `" +
                                                   std::string(norm_->first) + "` and `when`")
                             .label(norm_->second, "its norm is here")
                             .help("`when` gives the condition of an `exception to` provision"));
        } else if (when_) {
            out_.norm = std::move(when_clause_);
        }
        return std::move(out_);
    }

private:
    using Seen = std::optional<std::pair<std::string_view, core::SourceSpan>>;

    static core::Provision start(Lowerer& lower, const cst::Provision& in) {
        core::Provision out;
        out.id = lower.name(in.id);
        out.span = lower.span(in);
        return out;
    }

    void source(const cst::SourceClause& src) {
        cst::Token kw;
        kw.begin_offset = src.begin_offset;
        kw.end_offset = src.begin_offset + 6;  // `source`
        if (!clauses_.once("source", kw)) return;
        core::SourceLink link;
        link.file = lower_.string_value(src.file);
        link.eid = lower_.name(src.eid);
        link.span = lower_.span(src);
        out_.source = std::move(link);
    }

    void condition_clause(const cst::CondClause& cc) {
        std::string_view kw = lower_.slice(cc.kw);
        if (kw == "unless") {
            core::Clause c{lower_.condition(cc.condition), {}, lower_.span(cc)};
            if (cc.why) c.why = lower_.string_value(*cc.why);
            out_.unless.push_back(std::move(c));
        } else if (kw == "scope") {
            if (clauses_.once(kw, cc.kw)) out_.scope = lower_.condition(cc.condition);
        } else if (kw == "when") {
            if (!clauses_.once(kw, cc.kw)) return;
            when_.emplace(kw, lower_.span(cc.kw));
            when_clause_ = core::Clause{lower_.condition(cc.condition), {}, lower_.span(cc)};
        } else {
            auto kind =
                kw == "prohibits" ? core::NormKind::prohibition : core::NormKind::requirement;
            if (!set_norm(kw, cc.kw, kind)) return;
            out_.norm.condition = lower_.condition(cc.condition);
            out_.norm.span = lower_.span(cc);
            if (cc.why) out_.norm.why = lower_.string_value(*cc.why);
        }
    }

    void key_value(const cst::KeyValue& kv) {
        std::string_view kw = keyword_of(lower_.slice(kv.kw));
        if (kw == "see") {
            out_.see.push_back(lower_.name(kv.value));
        } else if (kw == "authority") {
            out_.authorities.push_back({lower_.string_value(kv.value), lower_.span(kv.value)});
        } else if (kw == "exception") {
            if (set_norm("exception to", kv.kw, core::NormKind::exception)) {
                out_.exception_to = lower_.name(kv.value);
            }
        } else if (clauses_.once(kw, kv.kw)) {
            once_only(kw, kv.value);
        }
    }

    /// A clause that may be written once, seen for the first time
    void once_only(std::string_view kw, const cst::Token& value) {
        if (kw == "of") {
            out_.of = lower_.name(value);
        } else if (kw == "cite") {
            out_.cite = lower_.string_value(value);
        } else if (kw == "text") {
            out_.text = lower_.string_value(value);
            out_.text_span = lower_.span(value);
        } else if (kw == "position") {
            out_.position = lower_.string_value(value);
        } else if (kw == "wording") {
            using W = core::Wording;
            if (auto w = lower_.keyword_value<W>(value, "wording",
                                                 {{"verbatim", W::verbatim},
                                                  {"translation", W::translation},
                                                  {"paraphrase", W::paraphrase}})) {
                out_.wording = *w;
            }
        } else if (kw == "paradigm") {
            using P = core::Paradigm;
            out_.paradigm = lower_.keyword_value<P>(
                value, "paradigm",
                {{"economic", P::economic}, {"rights", P::rights}, {"security", P::security}});
        } else if (kw == "severity") {
            using S = core::ProvisionSeverity;
            if (auto s = lower_.keyword_value<S>(value, "severity",
                                                 {{"critical", S::critical},
                                                  {"high", S::high},
                                                  {"medium", S::medium},
                                                  {"low", S::low},
                                                  {"info", S::info}})) {
                out_.severity = *s;
            }
        } else if (kw == "in_force") {
            out_.in_force = lower_.date(value);
        } else {
            out_.until = lower_.date(value);
        }
    }

    /// False (after reporting) when the provision already has a norm
    bool set_norm(std::string_view kw, const cst::Token& tok, core::NormKind kind) {
        if (norm_) {
            std::string message = norm_->first == kw
                                      ? "`" + std::string(kw) +
                                            "` is written twice in provision `" + out_.id.text + "`"
                                      : "provision `" + out_.id.text + "` has both `" +
                                            std::string(norm_->first) + "` and `" +
                                            std::string(kw) + "`";
            sink_.report(
                core::diagnose::error("lex_duplicate_clause", lower_.span(tok), std::move(message))
                    .label(norm_->second, "first norm here")
                    .help("a provision has exactly one of `prohibits`, `requires` or `exception "
                          "to`"));
            return false;
        }
        norm_.emplace(kw, lower_.span(tok));
        out_.norm_kind = kind;
        return true;
    }

    Lowerer& lower_;
    core::DiagnosticSink& sink_;
    core::Provision out_;
    ClauseTracker clauses_;  ///< Names out_.id.text: declared after out_
    Seen norm_, when_;
    core::Clause when_clause_;
};

}  // namespace

void Lowerer::provision(const cst::Provision& in) {
    ProvisionLowering lowering(*this, sink_, in);
    for (const cst::ProvisionClause& clause : in.clauses) lowering.clause(clause);
    rules_.provisions.push_back(lowering.finish());
}

void Lowerer::test(const cst::Test& in) {
    core::TestBlock out;
    out.name = string_value(in.name);
    out.span = span(in);
    ClauseTracker clauses(*this, sink_, "test \"", out.name, "\"");
    for (const cst::TestClause& clause : in.clauses) {
        if (const auto* kv = boost::get<cst::KeyValue>(&clause.get())) {
            if (clauses.once("as_of", kv->kw)) out.as_of = date(kv->value);
            continue;
        }
        if (const auto* ex = boost::get<cst::Expect>(&clause.get())) {
            using E = core::Expectation;
            core::TestExpect e;
            e.provision = name(ex->provision);
            if (ex->under) e.under = name(*ex->under);
            e.span = span(*ex);
            auto what = keyword_value<E>(ex->what, "expectation",
                                         {{"violation", E::violation},
                                          {"compliant", E::compliant},
                                          {"undetermined", E::undetermined},
                                          {"not_applicable", E::not_applicable},
                                          {"binding", E::binding},
                                          {"advisory", E::advisory},
                                          {"contested", E::contested}});
            if (!what) continue;
            e.what = *what;
            out.expects.push_back(std::move(e));
            continue;
        }
        const auto& block = boost::get<cst::MeasureBlock>(clause.get());
        if (!clauses.once("measure", block.kw)) continue;
        out.measure_span = span(block);
        ClauseTracker in_measure(*this, sink_, "the test's measure");
        for (const cst::MeasureEntry& entry : block.entries) {
            if (const auto* j = boost::get<cst::KeyValue>(&entry.get())) {
                if (in_measure.once("jurisdiction", j->kw)) out.jurisdiction = name(j->value);
                continue;
            }
            const auto& f = boost::get<cst::TestFact>(entry.get());
            core::TestFact fact;
            fact.path = name(f.path);
            fact.is_set = f.is_set;
            fact.span = span(f);
            for (const cst::Token& v : f.values) fact.values.push_back(literal(v));
            out.facts.push_back(std::move(fact));
        }
    }
    rules_.tests.push_back(std::move(out));
}

}  // namespace lexcheck::parser::detail
