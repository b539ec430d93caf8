#include "hover.hpp"

#include "analysis.hpp"

#include <algorithm>
#include <array>

namespace lexcheck::lsp::detail {

namespace {

std::string code(std::string_view text) {
    return "```lex\n" + std::string(text) + "\n```\n";
}

/// Markdown block quote of a (possibly multi-line) text
std::string quoted(std::string_view text) {
    std::string out = "> ";
    for (char c : text) {
        out.push_back(c);
        if (c == '\n') out += "> ";
    }
    return out + "\n";
}

std::string opt_date(const char* what, const std::optional<core::Date>& d) {
    return d ? std::string(what) + " " + core::format_date(*d) : std::string();
}

std::string enum_values(const core::EnumInfo& e) {
    std::string out;
    for (const std::string& v : e.values) out += (out.empty() ? "`" : ", `") + v + "`";
    return out;
}

std::string party_line(const core::Party& p) {
    std::string out = "`" + p.state.text + "`";
    if (p.observer) return out + " observer (listed, never bound)";
    if (p.from) out += " from " + core::format_date(*p.from);
    if (p.until) out += " until " + core::format_date(*p.until) + " (exclusive)";
    return out;
}

std::string instrument_hover(const core::Instrument& i) {
    std::string out = "**" + i.id.text + "** — " + i.title + "\n\n";
    std::vector<std::string> facts;
    if (i.kind) facts.push_back(std::string(core::instrument_kind_name(*i.kind)));
    if (i.origin) facts.push_back(std::string(core::origin_name(*i.origin)));
    if (i.reciprocal) facts.push_back("reciprocal");
    facts.push_back(opt_date("signed", i.signed_on));
    facts.push_back(i.in_force ? opt_date("in force", i.in_force) : "never in force");
    facts.push_back(opt_date("until", i.until));
    std::string line;
    for (const std::string& f : facts)
        if (!f.empty()) line += (line.empty() ? "" : " · ") + f;
    out += line + "\n\nParties:\n";
    for (const core::Party& p : i.parties) out += "- " + party_line(p) + "\n";
    return out;
}

std::string provision_hover(const core::RuleSet& r, std::uint32_t index) {
    const core::Provision& p = r.provisions[index];
    std::string out = "**" + p.id.text + "**";
    if (p.cite) out += " — " + *p.cite;
    if (p.instrument != core::kNone) out += " (" + r.instruments[p.instrument].title + ")";
    out += "\n\n";
    if (p.text) out += quoted(*p.text) + "\n";
    out += "wording: " + std::string(core::wording_name(p.wording)) +
           " · severity: " + std::string(core::provision_severity_name(p.severity));
    if (p.paradigm) out += " · paradigm: " + std::string(core::paradigm_name(*p.paradigm));
    out += "\n";
    if (p.exception_to) out += "\nexception to `" + p.exception_to->text + "`\n";
    if (!p.readings.empty()) out += "\nposition: " + std::string(r.position_of(index)) + "\n";
    return out;
}

std::string reading_hover(const core::Reading& reading) {
    std::string out = "**reading " + reading.id.text + "**";
    if (reading.of) out += " of `" + reading.of->text + "`";
    out += "\n\n";
    if (reading.position) out += "position: " + *reading.position + "\n\n";
    if (!reading.authorities.empty()) out += "Authorities:\n";
    for (const core::Authority& a : reading.authorities) out += "- " + a.text + "\n";
    return out;
}

}  // namespace

std::string fact_hover(const Snapshot& s, std::uint32_t fact) {
    const core::Schema& schema = s.rules.schema;
    const core::FactInfo& f = schema.fact(fact);
    std::string out = code("fact " + f.path + " : " + schema.type_name(f.type));
    if (f.builtin) out += "\nA built-in fact of every measure.\n";
    if (!f.description.empty()) out += "\n" + f.description + "\n";
    const core::Type& t = f.type;
    if ((t.kind == core::TypeKind::enumeration || t.kind == core::TypeKind::set) &&
        t.enum_id < schema.enums().size()) {
        out += std::string("\n") +
               (t.kind == core::TypeKind::set ? "A set of: " : "Allowed values: ") +
               enum_values(schema.enum_info(t.enum_id)) + "\n";
    } else if (t.kind == core::TypeKind::boolean) {
        out += "\nAllowed values: `true`, `false`\n";
    }
    return out;
}

std::string findings_summary(const Snapshot& s, std::uint32_t measure, core::Date as_of) {
    const checker::CheckResult& result = s.findings(as_of);
    std::array<std::size_t, 5> counts{};
    for (const core::Finding& f : result.findings)
        if (f.measure == measure) ++counts[static_cast<std::size_t>(f.outcome)];
    using core::Outcome;
    std::string out;
    for (Outcome o :
         {Outcome::violation, Outcome::contested, Outcome::undetermined, Outcome::compliant}) {
        std::size_t n = counts[static_cast<std::size_t>(o)];
        if (n)
            out += (out.empty() ? "" : " · ") + std::to_string(n) + " " +
                   std::string(core::outcome_name(o));
    }
    if (s.has_errors()) return "not checked: the input has errors";
    return (out.empty() ? "no findings" : out) + " as of " + core::format_date(as_of);
}

std::string measure_findings_text(const Snapshot& s, std::uint32_t measure, core::Date as_of) {
    const core::Measure& m = s.corpus.measures[measure];
    std::string out = "**" + m.id + "**";
    if (!m.cite.empty()) out += " — " + m.cite;
    out += "\n\nFindings as of " + core::format_date(as_of) +
           " (`lexcheck check`; not_applicable left out):\n\n";
    const checker::CheckResult& result = s.findings(as_of);
    bool any = false;
    for (const core::Finding& f : result.findings) {
        if (f.measure != measure) continue;
        any = true;
        const core::Provision& p = s.rules.provisions[f.provision];
        out += "- `" + p.id.text + "`" + (p.cite ? " (" + *p.cite + ")" : "") + ": **" +
               std::string(core::outcome_name(f.outcome)) + "**, " +
               (f.binding ? "binding" : "advisory");
        if (!f.defeated_by.empty()) out += ", defeated by `" + f.defeated_by + "`";
        out += "\n";
    }
    if (!any) {
        out += s.has_errors() ? "none: the input has errors, so nothing was checked\n"
                              : "none: no provision applies\n";
    }
    return out;
}

std::string hover_text(const Snapshot& s, const Symbol& sym, core::Date as_of) {
    const core::RuleSet& r = s.rules;
    const core::Schema& schema = r.schema;
    switch (sym.kind) {
        case SymbolKind::instrument:
            return instrument_hover(r.instruments[sym.index]);
        case SymbolKind::party: {
            const core::Instrument& i = r.instruments[sym.index];
            return party_line(i.parties[sym.sub]) + " — party to `" + i.id.text + "`\n";
        }
        case SymbolKind::enumeration: {
            const core::EnumInfo& e = schema.enum_info(sym.index);
            return code("enum " + e.name) + "\nValues: " + enum_values(e) + "\n";
        }
        case SymbolKind::enum_value: {
            const core::EnumInfo& e = schema.enum_info(sym.index);
            return "`" + e.values[sym.sub] + "`: a value of `" + e.name +
                   "`\n\nValues: " + enum_values(e) + "\n";
        }
        case SymbolKind::fact:
            return fact_hover(s, sym.index);
        case SymbolKind::define: {
            const core::Define& d = r.defines[sym.index];
            std::string text = d.condition == core::kNone
                                   ? std::string("…")
                                   : std::string(s.sources.slice(r.condition(d.condition).span));
            return code("define " + d.name.text + " =\n  " + text);
        }
        case SymbolKind::provision:
            return provision_hover(r, sym.index);
        case SymbolKind::reading:
            return reading_hover(r.readings[sym.index]);
        case SymbolKind::akn_element: {
            const core::SourceLink& link = *r.provisions[sym.index].source;
            return "`" + link.eid.text + "` in `" + link.resolved_path + "`\n\n" +
                   (link.quoted_text.empty() ? std::string("(not found)\n")
                                             : quoted(link.quoted_text));
        }
        case SymbolKind::measure:
            return measure_findings_text(s, sym.index, as_of);
    }
    return {};
}

}  // namespace lexcheck::lsp::detail
