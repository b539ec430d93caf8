#include "explain_text.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/reports/reasons.hpp"

#include <ostream>

namespace lexcheck::cli {

namespace {

std::string value_of(const core::RuleSet& rules, const core::Measure& m, const core::FactRead& r) {
    if (!r.present) return "absent";
    if (r.fact == core::kFactJurisdiction) return m.jurisdiction;
    if (r.fact == core::kFactInForce && m.in_force) return core::format_date(*m.in_force);
    if (r.fact == core::kFactUntil && m.until) return core::format_date(*m.until);
    if (r.fact == core::kFactAffects && m.affects) {
        std::string out = "{";
        for (const std::string& s : *m.affects) out += (out.size() > 1 ? ", " : "") + s;
        return out + "}";
    }
    const core::FactValue* v = m.find(r.fact);
    if (!v) return "absent";
    return rules.schema.format_value(v->value, rules.schema.fact(r.fact).type.enum_id);
}

std::string binding_text(const core::Finding& f, const std::string& state,
                         const std::string& inst) {
    std::string since = f.party_since ? core::format_date(*f.party_since) : "";
    switch (f.basis) {
        case core::BindingBasis::party:
            if (f.binding_toward) return "binding: " + core::bound_toward_text(f, state);
            return "binding: " + state + " is a party to " + inst +
                   (since.empty() ? "" : " since " + since);
        case core::BindingBasis::no_national_affected:
            return "advisory: " + state + " is a party to " + inst +
                   ", but no national of another party is affected";
        case core::BindingBasis::not_party:
            return "advisory: " + state + " is not a party to " + inst;
        case core::BindingBasis::not_yet:
            return "advisory: " + state + " is bound by " + inst + " only from " + since;
        case core::BindingBasis::no_longer:
            return "advisory: " + state + " is no longer bound by " + inst;
        case core::BindingBasis::observer:
            return "advisory: " + state + " is only an observer of " + inst;
        case core::BindingBasis::soft_law:
            return "advisory: " + inst + " is soft law";
    }
    return {};
}

void write_trace(std::ostream& out, const core::SourceManager& sources, const core::RuleSet& rules,
                 const core::Measure& m, const std::vector<core::TraceStep>& trace) {
    if (!trace.empty()) out << "conditions:\n";
    for (const core::TraceStep& s : trace) {
        std::string indent(2 + 2 * s.depth, ' ');
        out << indent << s.label << (s.label.empty() ? "" : ": ") << s.condition << " -> "
            << core::truth_name(s.value);
        if (s.at.file != 0) out << "  [" << sources.location(s.at) << "]";
        out << "\n";
        for (const core::FactRead& r : s.facts) {
            out << indent << "    " << rules.schema.fact(r.fact).path << " = "
                << value_of(rules, m, r);
            if (r.present && r.at.file != 0) out << "  [" << sources.location(r.at) << "]";
            out << "\n";
        }
    }
}

/// LANGUAGE.md §13: the reasons in words, before the trace they come from
void write_reasons(std::ostream& out, const reports::ReasonContext& at,
                   const core::Reasons& reasons) {
    std::vector<std::string> sentences = reports::reason_texts(at, reasons);
    if (!sentences.empty()) out << "reasons:\n";
    for (const std::string& s : sentences) out << "  " << s << "\n";
}

/// The chosen reading of one point: its id (the provision's for its primary reading)
std::string chosen_name(const core::RuleSet& rules, const core::ChosenReading& c) {
    return c.reading == core::kNone ? rules.provisions[c.provision].id.text
                                    : rules.readings[c.reading].id.text;
}

/// LANGUAGE.md §8: one trace per assignment of a contested finding, each headed by the
/// readings chosen, their positions and authorities
void write_assignments(std::ostream& out, const core::SourceManager& sources,
                       const core::RuleSet& rules, const core::Measure& m, const core::Finding& f,
                       core::Date as_of) {
    out << "the readings disagree: " << f.readings.size() << " assignments\n";
    for (std::size_t a = 0; a < f.readings.size(); ++a) {
        const core::ReadingOutcome& r = f.readings[a];
        out << "\nassignment " << a + 1 << ": " << core::outcome_name(r.outcome);
        if (!r.defeated_by.empty()) out << " (defeated by " << r.defeated_by << ")";
        out << "\n";
        for (const core::ChosenReading& c : r.chosen) {
            const bool primary = c.reading == core::kNone;
            out << "  " << rules.provisions[c.provision].id.text << ": "
                << (primary ? "primary reading" : "reading " + chosen_name(rules, c)) << ", \""
                << (primary ? std::string(rules.position_of(c.provision))
                            : rules.readings[c.reading].position.value_or(""))
                << "\"\n";
            const auto& authorities = primary ? rules.provisions[c.provision].authorities
                                              : rules.readings[c.reading].authorities;
            for (const core::Authority& auth : authorities)
                out << "    authority: " << auth.text << "\n";
        }
        if (!r.missing_facts.empty()) {
            out << "  missing facts:";
            for (const auto& fact : r.missing_facts) out << " " << fact;
            out << "\n";
        }
        write_reasons(out, {sources, rules, m, as_of}, r.reasons);
        write_trace(out, sources, rules, m, r.trace);
    }
}

}  // namespace

void write_explanation(std::ostream& out, const core::SourceManager& sources,
                       const core::RuleSet& rules, const core::Measure& m, const core::Finding& f,
                       core::Date as_of) {
    const core::Provision& p = rules.provisions[f.provision];
    std::string inst = p.instrument == core::kNone ? "" : rules.instruments[p.instrument].id.text;
    out << m.id << " against " << p.id.text << " (" << p.cite.value_or("") << ") as of "
        << core::format_date(as_of) << "\n";
    out << "outcome: " << core::outcome_name(f.outcome);
    if (f.reason != core::Reason::none) out << " (" << core::reason_name(f.reason) << ")";
    out << "\n" << binding_text(f, m.jurisdiction, inst) << "\n";
    out << "provision text (" << core::wording_name(p.wording) << "): " << p.text.value_or("")
        << "\n";
    if (f.reason == core::Reason::not_in_force) {
        out << "the provision or its instrument is not in force on " << core::format_date(as_of)
            << "\n";
    }
    if (f.outcome != core::Outcome::contested) {
        write_reasons(out, {sources, rules, m, as_of}, f.reasons);
        write_trace(out, sources, rules, m, f.trace);
    } else {
        write_assignments(out, sources, rules, m, f, as_of);
    }
    if (!f.defeated_by.empty()) out << "defeated by: " << f.defeated_by << "\n";
    if (f.outcome == core::Outcome::undetermined) {
        out << "to decide it, state these facts of the measure:";
        for (const auto& fact : f.missing_facts) out << " " << fact;
        out << "\n";
    }
}

}  // namespace lexcheck::cli
