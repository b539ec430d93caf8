// `lexcheck conflicts` in each format (docs/remedies.md, docs/json-format.md).
#include "markdown_escape.hpp"

#include "lexcheck/core/version.hpp"
#include "lexcheck/reports/conflicts.hpp"
#include "lexcheck/reports/json_writer.hpp"
#include "lexcheck/reports/remedy_words.hpp"

#include <map>
#include <ostream>

namespace lexcheck::reports {

namespace {

const RemedyMarkup& markdown_markup() {
    static const RemedyMarkup markup{[](std::string_view s) { return detail::md_escape(s); },
                                     [](std::string_view s) { return detail::md_code(s); }};
    return markup;
}

/// The witness's facts as a measure file writes them (`kind: expulsion`), its State first
std::vector<std::string> witness_lines(const core::RuleSet& rules, const core::Measure& m) {
    std::vector<std::string> out{"jurisdiction: " + m.jurisdiction};
    if (m.in_force) out.push_back("in_force: " + core::format_date(*m.in_force));
    if (m.until) out.push_back("until: " + core::format_date(*m.until));
    if (m.affects) {
        std::string s = "affects: [";
        for (std::size_t i = 0; i < m.affects->size(); ++i) s += (i ? ", " : "") + (*m.affects)[i];
        out.push_back(s + "]");
    }
    for (const core::FactValue& f : m.facts)
        out.push_back(change_code(rules.schema, {f.fact, std::nullopt, f.value}));
    return out;
}

/// What a trace step read, from the witness
std::string read_text(const core::RuleSet& rules, const core::Measure& m, const core::FactRead& r) {
    const std::string& path = rules.schema.fact(r.fact).path;
    if (!r.present) return path + " is not stated";
    if (r.fact == core::kFactJurisdiction) return path + " = " + m.jurisdiction;
    const core::FactValue* v = m.find(r.fact);
    if (!v) return path + " is stated";
    return path + " = " +
           rules.schema.format_value(v->value, rules.schema.fact(r.fact).type.enum_id);
}

const char* kind_title(core::ProofKind k) {
    switch (k) {
        case core::ProofKind::conflict:
            return "Conflicts";
        case core::ProofKind::scope_never_holds:
            return "Scopes that never hold";
        case core::ProofKind::never_complied:
            return "Provisions that can never be complied with";
        case core::ProofKind::norm_never_breached:
            return "Provisions whose norm is never breached";
        case core::ProofKind::exceptions_always_hold:
            return "Provisions whose exceptions always hold";
        case core::ProofKind::exception_never_holds:
            return "Exceptions that never hold";
    }
    return "";
}

/// "1 conflict", "2 conflicts"
std::string count(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string summary_line(const core::ConflictReport& r) {
    std::map<core::ProofKind, std::size_t> n;
    for (const core::Proof& p : r.proofs) ++n[p.kind];
    using K = core::ProofKind;
    std::string out =
        count(n[K::conflict], "conflict", "conflicts") + ", " +
        count(n[K::never_complied], "provision", "provisions") + " never complied with, " +
        count(n[K::scope_never_holds], "scope that never holds", "scopes that never hold") + ", " +
        count(n[K::norm_never_breached] + n[K::exceptions_always_hold], "provision", "provisions") +
        " never violated, " +
        count(n[K::exception_never_holds], "exception that never holds",
              "exceptions that never hold") +
        "; " + count(r.undecided.size(), "question", "questions") +
        " undecided within the solver's limit";
    if (r.unconfirmed > 0)
        out += "; " + count(r.unconfirmed, "proof", "proofs") +
               " left out: the checker did not confirm the witness (a lexcheck bug)";
    return out;
}

std::string states_list(const std::vector<std::string>& states) {
    std::string out;
    for (std::size_t i = 0; i < states.size(); ++i) out += (i ? ", " : "") + states[i];
    return out;
}

void write_text(const core::ConflictReport& r, const core::RuleSet& rules,
                const core::SourceManager& sources, std::ostream& out) {
    out << "lexcheck conflicts as of " << core::format_date(r.as_of) << ": "
        << count(r.states.size(), "State", "States") << " (" << states_list(r.states) << "), "
        << count(r.pairs_examined, "pair", "pairs") << " examined\n";
    for (const core::Proof& p : r.proofs) {
        out << "\n" << core::proof_kind_name(p.kind) << ": " << proof_sentence(rules, p) << "\n";
        if (!p.witness) continue;
        out << "  witness measure:\n";
        for (const std::string& line : witness_lines(rules, *p.witness))
            out << "    " << line << "\n";
        for (const core::Finding& f : p.witness_findings) {
            out << "  " << rules.provisions[f.provision].id.text << ": "
                << core::outcome_name(f.outcome) << "\n";
            for (const core::TraceStep& s : f.trace) {
                std::string indent(4 + 2 * s.depth, ' ');
                out << indent << s.label << (s.label.empty() ? "" : ": ") << s.condition << " -> "
                    << core::truth_name(s.value);
                if (s.at.file != 0) out << "  [" << sources.location(s.at) << "]";
                out << "\n";
                for (const core::FactRead& read : s.facts)
                    out << indent << "    " << read_text(rules, *p.witness, read) << "\n";
            }
        }
    }
    for (const core::Undecided& u : r.undecided) {
        out << "\nundecided (" << core::proof_kind_name(u.kind)
            << "): " << rules.provisions[u.provision].id.text
            << (u.other == core::kNone ? "" : " and " + rules.provisions[u.other].id.text)
            << " for " << states_list(u.states)
            << ": the solver could not decide within its limit; nothing is claimed\n";
    }
    out << "\n" << summary_line(r) << "\n";
}

/// Writes `conflicts --format json` (docs/json-format.md) through one JsonWriter
class ConflictsJson {
public:
    ConflictsJson(const core::RuleSet& rules, const core::SourceManager& sources, std::ostream& out)
        : rules_(rules), sources_(sources), w_(out) {}

    void write(const core::ConflictReport& r) {
        w_.begin_object();
        w_.member("tool", "lexcheck");
        w_.member("version", core::version());
        w_.member("as_of", core::format_date(r.as_of));
        strings("states", r.states);
        w_.member("pairs_examined", static_cast<std::uint64_t>(r.pairs_examined));
        w_.member("unconfirmed", static_cast<unsigned>(r.unconfirmed));
        w_.key("proofs");
        w_.begin_array();
        for (const core::Proof& p : r.proofs) proof(p);
        w_.end_array();
        w_.key("undecided");
        w_.begin_array();
        for (const core::Undecided& u : r.undecided) {
            w_.begin_object();
            w_.member("kind", core::proof_kind_name(u.kind));
            w_.member("provision", id(u.provision));
            text_or_null("other", u.other == core::kNone ? std::string() : id(u.other));
            strings("states", u.states);
            w_.end_object();
        }
        w_.end_array();
        w_.end_object();
    }

private:
    const core::RuleSet& rules_;
    const core::SourceManager& sources_;
    JsonWriter w_;

    const std::string& id(std::uint32_t p) const { return rules_.provisions[p].id.text; }

    void strings(std::string_view key, const std::vector<std::string>& items) {
        w_.key(key);
        w_.begin_array();
        for (const std::string& s : items) w_.value(s);
        w_.end_array();
    }

    /// `null` for ""
    void text_or_null(std::string_view key, const std::string& text) {
        w_.key(key);
        if (text.empty())
            w_.null();
        else
            w_.value(text);
    }

    void proof(const core::Proof& p) {
        w_.begin_object();
        w_.member("kind", core::proof_kind_name(p.kind));
        w_.member("provision", id(p.provision));
        text_or_null("other", p.other == core::kNone ? std::string() : id(p.other));
        text_or_null("reading", p.reading);
        text_or_null("exception", p.exception);
        strings("states", p.states);
        w_.member("sentence", proof_sentence(rules_, p));
        w_.key("witness");
        if (!p.witness) {
            w_.null();
        } else {
            w_.begin_object();
            strings("facts", witness_lines(rules_, *p.witness));
            w_.key("findings");
            w_.begin_array();
            for (const core::Finding& f : p.witness_findings) finding(f);
            w_.end_array();
            w_.end_object();
        }
        w_.end_object();
    }

    void finding(const core::Finding& f) {
        w_.begin_object();
        w_.member("provision", id(f.provision));
        w_.member("outcome", core::outcome_name(f.outcome));
        w_.key("trace");
        w_.begin_array();
        for (const core::TraceStep& s : f.trace) {
            w_.begin_object();
            w_.member("condition", s.condition);
            w_.member("value", core::truth_name(s.value));
            w_.member("at", s.at.file == 0 ? std::string() : sources_.location(s.at));
            w_.member("depth", static_cast<unsigned>(s.depth));
            if (!s.label.empty()) w_.member("label", s.label);
            w_.end_object();
        }
        w_.end_array();
        w_.end_object();
    }
};

void write_markdown(const core::ConflictReport& r, const core::RuleSet& rules, std::ostream& out) {
    using detail::md_code;
    using detail::md_escape;
    out << "# lexcheck conflicts as of " << core::format_date(r.as_of)
        << "\n\nStates examined: " << md_escape(states_list(r.states)) << "; "
        << count(r.pairs_examined, "pair", "pairs") << " examined.\n\n"
        << md_escape(summary_line(r)) << ".\n";
    for (int k = 0; k <= static_cast<int>(core::ProofKind::exception_never_holds); ++k) {
        const auto kind = static_cast<core::ProofKind>(k);
        bool heading = false;
        for (const core::Proof& p : r.proofs) {
            if (p.kind != kind) continue;
            if (!heading) out << "\n## " << kind_title(kind) << "\n";
            heading = true;
            out << "\n- " << proof_sentence(rules, p, markdown_markup()) << "\n";
            if (!p.witness) continue;
            out << "\n  Witness measure:\n\n  ```yaml\n";
            for (const std::string& line : witness_lines(rules, *p.witness))
                out << "  " << line << "\n";
            out << "  ```\n\n";
            for (const core::Finding& f : p.witness_findings) {
                out << "  - " << md_code(rules.provisions[f.provision].id.text) << ": "
                    << core::outcome_name(f.outcome) << "\n";
                for (const core::TraceStep& s : f.trace) {
                    out << "    " << std::string(2 * s.depth, ' ') << "- "
                        << (s.label.empty() ? "" : md_escape(s.label) + ": ")
                        << md_code(s.condition) << " is " << core::truth_name(s.value) << "\n";
                }
            }
        }
    }
    if (!r.undecided.empty()) {
        out << "\n## Undecided within the solver's limit\n\n";
        for (const core::Undecided& u : r.undecided) {
            out << "- " << core::proof_kind_name(u.kind) << ": "
                << md_code(rules.provisions[u.provision].id.text)
                << (u.other == core::kNone ? ""
                                           : " and " + md_code(rules.provisions[u.other].id.text))
                << " (" << md_escape(states_list(u.states)) << ")\n";
        }
    }
}

}  // namespace

std::vector<std::string> conflict_formats() {
    return {"text", "json", "md"};
}

void write_conflicts(const core::ConflictReport& report, const core::RuleSet& rules,
                     const core::SourceManager& sources, std::string_view format,
                     std::ostream& out) {
    if (format == "json") {
        ConflictsJson(rules, sources, out).write(report);
    } else if (format == "md") {
        write_markdown(report, rules, out);
    } else {
        write_text(report, rules, sources, out);
    }
}

}  // namespace lexcheck::reports
