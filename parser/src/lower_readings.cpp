// LANGUAGE.md §8: `reading ID { … }` from the CST into core::Reading. A reading is written
// with a provision's clauses; the ones it may not have are reported here, where their
// keyword is known. What the reading's clauses must agree with (the provision's kind of
// norm) is the resolver's job (resolve/readings.cpp).
#include "clause_tracker.hpp"
#include "lower.hpp"

namespace lexcheck::parser::detail {

namespace {

/// What to say about a provision clause written in a reading
void not_in_reading(Lowerer& lower, std::string_view clause, core::SourceSpan at) {
    lower.error("lex_reading_clause", at, "a reading cannot have `" + std::string(clause) + "`",
                "a reading replaces only the provision's `scope`, its norm (`prohibits` or "
                "`requires`) or an exception's `when`; everything else is the provision's own: "
                "write it in the provision");
}

/// `scope`, or the one clause that replaces the norm: `prohibits`, `requires` or `when`
void condition_clause(Lowerer& lower, ClauseTracker& clauses, const cst::CondClause& cc,
                      core::Reading& out) {
    std::string_view kw = lower.slice(cc.kw);
    if (kw == "unless") {
        not_in_reading(lower, kw, lower.span(cc.kw));
        return;
    }
    if (!clauses.once(kw, cc.kw)) return;
    if (kw == "scope") {
        out.scope = lower.condition(cc.condition);
        out.scope_span = lower.span(cc);
        return;
    }
    if (out.norm_kind) {
        lower.error("lex_duplicate_clause", lower.span(cc.kw),
                    "reading `" + out.id.text + "` replaces the norm twice",
                    "keep one of `prohibits`, `requires` and `when`");
        return;
    }
    out.norm_kind = kw == "when"        ? core::NormKind::exception
                    : kw == "prohibits" ? core::NormKind::prohibition
                                        : core::NormKind::requirement;
    out.norm = core::Clause{lower.condition(cc.condition), {}, lower.span(cc)};
    out.norm_keyword = lower.span(cc.kw);
    if (cc.why) out.norm.why = lower.string_value(*cc.why);
}

/// `of`, `position` and `authority`; the provision's other clauses are not a reading's
void key_value(Lowerer& lower, ClauseTracker& clauses, const cst::KeyValue& kv,
               core::Reading& out) {
    std::string_view kw = keyword_of(lower.slice(kv.kw));
    if (kw == "authority") {
        out.authorities.push_back({lower.string_value(kv.value), lower.span(kv.value)});
    } else if (kw == "of") {
        if (clauses.once(kw, kv.kw)) out.of = lower.name(kv.value);
    } else if (kw == "position") {
        if (!clauses.once(kw, kv.kw)) return;
        out.position = lower.string_value(kv.value);
        out.position_span = lower.span(kv.value);
    } else {
        not_in_reading(lower, kw == "exception" ? "exception to" : kw, lower.span(kv.kw));
    }
}

}  // namespace

void Lowerer::reading(const cst::Reading& in) {
    core::Reading out;
    out.id = name(in.id);
    out.span = span(in);
    ClauseTracker clauses(*this, sink_, "reading `", out.id.text, "`");
    for (const cst::ProvisionClause& clause : in.clauses) {
        if (const auto* src = boost::get<cst::SourceClause>(&clause.get())) {
            not_in_reading(*this, "source",
                           {file_, src->begin_offset, src->begin_offset + 6});  // `source`
        } else if (const auto* cc = boost::get<cst::CondClause>(&clause.get())) {
            condition_clause(*this, clauses, *cc, out);
        } else {
            key_value(*this, clauses, boost::get<cst::KeyValue>(clause.get()), out);
        }
    }
    rules_.readings.push_back(std::move(out));
}

}  // namespace lexcheck::parser::detail
