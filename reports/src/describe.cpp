#include "describe.hpp"

namespace lexcheck::reports::detail {

std::string location(const core::SourceManager& sources, core::SourceSpan span) {
    if (span.file == 0) return {};
    return sources.location(span);
}

std::string_view binding_word(const core::Finding& f) { return f.binding ? "binding" : "advisory"; }

std::string binding_reason(const Report& r, const core::Finding& f) {
    const core::Measure& m = r.corpus.measures[f.measure];
    const std::string& inst = instrument_id(r, f);
    std::string since = f.party_since ? " since " + core::format_date(*f.party_since) : "";
    switch (f.basis) {
        case core::BindingBasis::party: return m.jurisdiction + " is a party to " + inst + since;
        case core::BindingBasis::not_party: return m.jurisdiction + " is not a party to " + inst;
        case core::BindingBasis::not_yet:
            return m.jurisdiction + " is bound by " + inst + " only from " +
                   (f.party_since ? core::format_date(*f.party_since) : "a later date");
        case core::BindingBasis::no_longer: return m.jurisdiction + " is no longer bound by " + inst;
        case core::BindingBasis::observer: return m.jurisdiction + " is an observer of " + inst;
        case core::BindingBasis::soft_law: return inst + " is soft law and binds no state";
    }
    return {};
}

std::string fact_value_text(const core::RuleSet& rules, const core::FactValue& v) {
    const core::FactInfo& info = rules.schema.fact(v.fact);
    return rules.schema.format_value(v.value, info.type.enum_id);
}

std::optional<std::string> read_value(const Report& r, const core::Measure& m, const core::FactRead& read) {
    if (!read.present) return std::nullopt;
    switch (read.fact) {
        case core::kFactJurisdiction: return m.jurisdiction;
        case core::kFactInForce: return m.in_force ? core::format_date(*m.in_force) : "";
        case core::kFactUntil: return m.until ? core::format_date(*m.until) : "";
        default: break;
    }
    const core::FactValue* v = m.find(read.fact);
    return v ? fact_value_text(r.rules, *v) : std::string();
}

const std::string& instrument_id(const Report& r, const core::Finding& f) {
    static const std::string kNone = "";
    std::uint32_t i = r.rules.provisions[f.provision].instrument;
    return i == core::kNone ? kNone : r.rules.instruments[i].id.text;
}

}  // namespace lexcheck::reports::detail
