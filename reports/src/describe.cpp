#include "describe.hpp"

#include "lexcheck/core/sha256.hpp"

#include <algorithm>

namespace lexcheck::reports::detail {

std::string location(const core::SourceManager& sources, core::SourceSpan span) {
    if (span.file == 0) return {};
    return sources.location(span);
}

std::string_view binding_word(const core::Finding& f) {
    return f.binding ? "binding" : "advisory";
}

std::string left_out_text(const Report& r) {
    const std::size_t n = r.result.summary.measures_not_in_force;
    if (n == 0) return {};
    return std::to_string(n) + (n == 1 ? " measure" : " measures") + " not in force on " +
           core::format_date(r.result.as_of) + (n == 1 ? " was" : " were") + " left out";
}

std::string scope_note(const Report& r) {
    std::string left_out = left_out_text(r);
    return left_out.empty() ? left_out : "; " + left_out;
}

std::string binding_reason(const Report& r, const core::Finding& f) {
    const core::Measure& m = r.corpus.measures[f.measure];
    const std::string& inst = instrument_id(r, f);
    if (f.reason == core::Reason::not_in_force) {  // never binding (LANGUAGE.md §5.2)
        const core::Provision& p = r.rules.provisions[f.provision];
        const core::Date d = r.result.as_of;
        auto off = [&](const core::Instrument& in) {
            return !in.in_force || *in.in_force > d || (in.until && *in.until <= d);
        };
        const bool instrument_off =
            p.instrument == core::kNone || off(r.rules.instruments[p.instrument]);
        return (instrument_off ? inst : p.id.text) + " is not in force on " + core::format_date(d) +
               ", so it binds no state";
    }
    std::string since = f.party_since ? " since " + core::format_date(*f.party_since) : "";
    switch (f.basis) {
        case core::BindingBasis::party:
            if (f.binding_toward) return core::bound_toward_text(f, m.jurisdiction);
            return m.jurisdiction + " is a party to " + inst + since;
        case core::BindingBasis::no_national_affected:
            return m.jurisdiction + " is a party to " + inst +
                   ", but no national of another party is affected";
        case core::BindingBasis::not_party:
            return m.jurisdiction + " is not a party to " + inst;
        case core::BindingBasis::not_yet:
            return m.jurisdiction + " is bound by " + inst + " only from " +
                   (f.party_since ? core::format_date(*f.party_since) : "a later date");
        case core::BindingBasis::no_longer:
            return m.jurisdiction + " is no longer bound by " + inst;
        case core::BindingBasis::observer:
            return m.jurisdiction + " is an observer of " + inst;
        case core::BindingBasis::soft_law:
            return inst + " is soft law and binds no state";
    }
    return {};
}

std::string verdict_text(const Report& r, const core::Finding& f) {
    const core::Provision& p = r.rules.provisions[f.provision];
    const std::string cite = p.cite.value_or(p.id.text);
    const std::string& state = r.corpus.measures[f.measure].jurisdiction;
    const std::string unbound = f.binding ? "" : " if " + state + " were bound";
    switch (f.outcome) {
        case core::Outcome::violation:
            return f.binding ? "The measure violates " + cite
                             : "The measure would violate " + cite + unbound;
        case core::Outcome::contested:
            return "The readings of " + cite + " disagree on whether the measure " +
                   (f.binding ? "violates it" : "would violate it" + unbound);
        case core::Outcome::compliant:
            return "The measure complies with " + cite;
        case core::Outcome::undetermined:
            return "Whether the measure complies with " + cite + " cannot yet be decided";
        case core::Outcome::not_applicable:
            return cite + " does not apply to the measure";
    }
    return {};
}

std::string verdict_phrase(const Report& r, const core::Finding& f) {
    const core::Provision& p = r.rules.provisions[f.provision];
    const std::string cite = p.cite.value_or(p.id.text);
    const std::string unbound =
        f.binding ? "" : " if " + r.corpus.measures[f.measure].jurisdiction + " were bound";
    switch (f.outcome) {
        case core::Outcome::violation:
            return (f.binding ? "violates " : "would violate ") + cite + unbound;
        case core::Outcome::contested:
            return "is contested under " + cite + ": its readings disagree" +
                   (f.binding ? "" : " (advisory)");
        case core::Outcome::compliant:
            return "complies with " + cite;
        case core::Outcome::undetermined:
            return "cannot yet be decided under " + cite;
        case core::Outcome::not_applicable:
            return "is outside " + cite;
    }
    return {};
}

std::string chosen_text(const Report& r, const core::ChosenReading& c) {
    if (c.reading == core::kNone) return r.rules.provisions[c.provision].id.text;
    return r.rules.readings[c.reading].id.text;
}

std::string position_text(const Report& r, const core::ChosenReading& c) {
    if (c.reading == core::kNone) return std::string(r.rules.position_of(c.provision));
    return r.rules.readings[c.reading].position.value_or("");
}

std::vector<std::string> authorities_of(const Report& r, const core::ChosenReading& c) {
    const auto& list = c.reading == core::kNone ? r.rules.provisions[c.provision].authorities
                                                : r.rules.readings[c.reading].authorities;
    std::vector<std::string> out;
    for (const core::Authority& a : list) out.push_back(a.text);
    return out;
}

ReadingCells reading_cells(const Report& r, const core::ReadingOutcome& a,
                           const std::function<std::string(std::string_view)>& escape,
                           const std::function<std::string(std::string_view)>& code,
                           std::string_view line_break) {
    ReadingCells cells;
    auto add = [&](std::string& cell, const std::string& text, std::string_view sep) {
        if (!cell.empty()) cell += sep;
        cell += text;
    };
    for (const core::ChosenReading& c : a.chosen) {
        add(cells.chosen, code(chosen_text(r, c)), line_break);
        add(cells.positions, escape(position_text(r, c)), line_break);
        for (const std::string& auth : authorities_of(r, c))
            add(cells.authorities, escape(auth), line_break);
    }
    for (const std::string& fact : a.missing_facts) add(cells.missing, code(fact), ", ");
    return cells;
}

std::string fact_value_text(const core::RuleSet& rules, const core::FactValue& v) {
    const core::FactInfo& info = rules.schema.fact(v.fact);
    return rules.schema.format_value(v.value, info.type.enum_id);
}

std::optional<std::string> read_value(const Report& r, const core::Measure& m,
                                      const core::FactRead& read) {
    if (!read.present) return std::nullopt;
    switch (read.fact) {
        case core::kFactJurisdiction:
            return m.jurisdiction;
        case core::kFactInForce:
            return m.in_force ? core::format_date(*m.in_force) : "";
        case core::kFactUntil:
            return m.until ? core::format_date(*m.until) : "";
        case core::kFactAffects: {
            std::string out = "{";
            for (const std::string& s : m.affects.value_or(std::vector<std::string>{}))
                out += (out.size() > 1 ? ", " : "") + s;
            return out + "}";
        }
        default:
            break;
    }
    const core::FactValue* v = m.find(read.fact);
    return v ? fact_value_text(r.rules, *v) : std::string();
}

const std::string& instrument_id(const Report& r, const core::Finding& f) {
    static const std::string kNone = "";
    std::uint32_t i = r.rules.provisions[f.provision].instrument;
    return i == core::kNone ? kNone : r.rules.instruments[i].id.text;
}

std::string_view outcome_title(core::Outcome o) {
    switch (o) {
        case core::Outcome::violation:
            return "Violation";
        case core::Outcome::compliant:
            return "Compliant";
        case core::Outcome::undetermined:
            return "Undetermined";
        case core::Outcome::not_applicable:
            return "Not applicable";
        case core::Outcome::contested:
            return "Contested";
    }
    return "?";
}

std::string finding_title(const core::Finding& f) {
    if (f.outcome == core::Outcome::violation && !f.binding) return "Would violate (advisory)";
    return std::string(outcome_title(f.outcome));
}

std::string_view outcome_symbol(core::Outcome o) {
    switch (o) {
        case core::Outcome::violation:
            return "\u2717";  // ✗
        case core::Outcome::compliant:
            return "\u2713";  // ✓
        case core::Outcome::undetermined:
            return "?";
        case core::Outcome::not_applicable:
            return "\u2013";  // –
        case core::Outcome::contested:
            return "\u2696";  // ⚖
    }
    return "?";
}

std::string in_force_text(const std::optional<core::Date>& from,
                          const std::optional<core::Date>& until) {
    std::string out;
    if (from) out = "from " + core::format_date(*from);
    if (until) out += (out.empty() ? "until " : " until ") + core::format_date(*until);
    return out;
}

std::string version_chain_text(const Report& r, const core::Measure& m) {
    const auto& ms = r.corpus.measures;
    std::string out;
    std::uint32_t at = m.replaces_index;
    // A chain is finite and acyclic once linked (parser::link_versions); the bound is a guard.
    for (std::size_t steps = 0; at < ms.size() && steps < ms.size(); ++steps) {
        const core::Measure& earlier = ms[at];
        out += out.empty() ? "replaces " : ", which replaced ";
        out += earlier.id;
        std::string dates = in_force_text(earlier.in_force, earlier.until);
        if (!dates.empty()) out += " (in force " + dates + ")";
        at = earlier.replaces_index;
    }
    if (m.ended && m.ended_by < ms.size()) {
        const core::Measure& later = ms[m.ended_by];
        out += out.empty() ? "" : "; ";
        out += (later.repeals ? "repealed by " : "replaced by ") + later.id + " from " +
               core::format_date(*m.ended);
    }
    return out;
}

const core::AknDocument* measure_document(const Report& r, const core::Measure& m) {
    if (m.document == core::kNone || m.document >= r.corpus.documents.size()) return nullptr;
    return &r.corpus.documents[m.document];
}

const core::AknElement* measure_source(const Report& r, const core::Measure& m) {
    const core::AknDocument* doc = measure_document(r, m);
    return doc && !m.eid.empty() ? doc->find(m.eid) : nullptr;
}

std::string akn_body_text(const core::AknElement& e) {
    std::string_view text = e.text;
    for (const std::string* prefix : {&e.num, &e.heading}) {
        if (prefix->empty() || text.substr(0, prefix->size()) != *prefix) continue;
        text.remove_prefix(prefix->size());
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    }
    return std::string(text);
}

const core::Instrument* instrument_of(const Report& r, const core::Provision& p) {
    return p.instrument == core::kNone ? nullptr : &r.rules.instruments[p.instrument];
}

std::string trace_step_text(const core::TraceStep& s) {
    std::string out(s.label);
    if (!s.label.empty()) out += ": ";
    out.append("`").append(s.condition).append("` is ").append(core::truth_name(s.value));
    return out;
}

std::string fact_read_text(const Report& r, const core::Measure& m, const core::FactRead& read) {
    const std::string& path = r.rules.schema.fact(read.fact).path;
    auto v = read_value(r, m, read);
    return v ? path + " = " + *v : path + " is not stated";
}

std::string short_location(const core::SourceManager& sources, core::SourceSpan span) {
    if (span.file == 0) return {};
    return sources.path(span.file) + ":" +
           std::to_string(sources.line_col(span.file, span.begin).line);
}

std::string finding_fingerprint(const Report& r, const core::Finding& f) {
    std::string key = r.corpus.measures[f.measure].id;
    key += '\0';
    key += r.rules.provisions[f.provision].id.text;
    return core::sha256_hex(key);
}

std::string inputs_digest(const Report& r) {
    std::string lines;
    for (const InputFile& in : r.inputs) lines += in.sha256 + "  " + in.path + "\n";
    return core::sha256_hex(lines);
}

bool needs_attention(const core::Finding& f) {
    return f.outcome == core::Outcome::violation || f.outcome == core::Outcome::undetermined ||
           f.outcome == core::Outcome::contested;
}

std::vector<std::string> jurisdictions_checked(const Report& r) {
    std::vector<std::string> out = r.jurisdictions;
    if (out.empty()) {
        for (std::uint32_t m : r.result.measures) out.push_back(r.corpus.measures[m].jurisdiction);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string instrument_text(const core::Instrument& inst) {
    std::string out = inst.title.empty() ? inst.id.text : inst.title + " (" + inst.id.text + ")";
    std::string kind = inst.kind ? std::string(core::instrument_kind_name(*inst.kind)) : "";
    std::string origin = inst.origin ? std::string(core::origin_name(*inst.origin)) : "";
    for (char& c : kind) c = c == '_' ? ' ' : c;
    if (!kind.empty() || !origin.empty()) {
        out += ": " + kind + (kind.empty() || origin.empty() ? "" : ", ") + origin;
    }
    return out;
}

std::string fact_description(const Report& r, const std::string& path) {
    auto id = r.rules.schema.find_fact(path);
    return id ? r.rules.schema.fact(*id).description : std::string();
}

std::vector<MeasureGroup> measure_groups(const Report& r) {
    std::vector<MeasureGroup> out;
    const auto& findings = r.result.findings;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (out.empty() || out.back().measure != findings[i].measure) {
            out.push_back({findings[i].measure, i, i});
        }
        out.back().end = i + 1;
    }
    return out;
}

std::vector<const core::Finding*> see_findings(const Report& r, const MeasureGroup& g,
                                               const core::Provision& p) {
    std::vector<const core::Finding*> out;
    auto begin = r.result.findings.begin() + static_cast<std::ptrdiff_t>(g.begin);
    auto end = r.result.findings.begin() + static_cast<std::ptrdiff_t>(g.end);
    for (std::uint32_t target : p.see_targets) {
        auto hit =
            std::find_if(begin, end, [&](const core::Finding& f) { return f.provision == target; });
        if (hit != end) out.push_back(&*hit);
    }
    return out;
}

std::vector<SummaryRow> summary_rows(const Report& r) {
    const checker::Summary& s = r.result.summary;
    std::vector<SummaryRow> rows = {
        {core::Outcome::violation, s.violation, s.binding_violation, s.advisory_violation},
        {core::Outcome::contested, s.contested, s.binding_contested,
         s.contested - s.binding_contested},
        {core::Outcome::undetermined, s.undetermined, s.binding_undetermined,
         s.undetermined - s.binding_undetermined},
        {core::Outcome::compliant, s.compliant, std::nullopt, std::nullopt},
        {core::Outcome::not_applicable, s.not_applicable, std::nullopt, std::nullopt},
    };
    for (SummaryRow& row : rows) {
        if (row.binding) continue;
        std::size_t listed = 0, binding = 0;
        for (const core::Finding& f : r.result.findings) {
            if (f.outcome != row.outcome) continue;
            ++listed;
            binding += f.binding ? 1 : 0;
        }
        if (listed == row.total) {
            row.binding = binding;
            row.advisory = listed - binding;
        }
    }
    return rows;
}

}  // namespace lexcheck::reports::detail
