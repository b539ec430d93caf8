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
            continue;
        }
        if (const auto* cc = boost::get<cst::CondClause>(&clause.get())) {
            std::string_view kw = slice(cc->kw);
            if (kw == "unless") {
                not_in_reading(*this, kw, span(cc->kw));
                continue;
            }
            if (kw == "scope") {
                if (!clauses.once(kw, cc->kw)) continue;
                out.scope = condition(cc->condition);
                out.scope_span = span(*cc);
                continue;
            }
            if (!clauses.once(kw, cc->kw)) continue;
            // `prohibits`, `requires` and `when` all replace the norm: one of them at most.
            if (out.norm_kind) {
                error("lex_duplicate_clause", span(cc->kw),
                      "reading `" + out.id.text + "` replaces the norm twice",
                      "keep one of `prohibits`, `requires` and `when`");
                continue;
            }
            out.norm_kind = kw == "when"        ? core::NormKind::exception
                            : kw == "prohibits" ? core::NormKind::prohibition
                                                : core::NormKind::requirement;
            out.norm = core::Clause{condition(cc->condition), {}, span(*cc)};
            out.norm_keyword = span(cc->kw);
            if (cc->why) out.norm.why = string_value(*cc->why);
            continue;
        }
        const auto& kv = boost::get<cst::KeyValue>(clause.get());
        std::string_view kw = keyword_of(slice(kv.kw));
        if (kw == "authority") {
            out.authorities.push_back({string_value(kv.value), span(kv.value)});
        } else if (kw == "of") {
            if (clauses.once(kw, kv.kw)) out.of = name(kv.value);
        } else if (kw == "position") {
            if (!clauses.once(kw, kv.kw)) continue;
            out.position = string_value(kv.value);
            out.position_span = span(kv.value);
        } else {
            not_in_reading(*this, kw == "exception" ? "exception to" : kw, span(kv.kw));
        }
    }
    rules_.readings.push_back(std::move(out));
}

}  // namespace lexcheck::parser::detail
