#include "sarif_reporter.hpp"

#include "describe.hpp"
#include "source_changes.hpp"

#include "lexcheck/core/version.hpp"
#include "lexcheck/reports/json_writer.hpp"
#include "lexcheck/reports/reasons.hpp"

#include <algorithm>
#include <ostream>

namespace lexcheck::reports {

namespace {

/// The partialFingerprints key; bump the version if the fingerprint's input ever changes
constexpr std::string_view kFingerprintKey = "lexcheckFinding/v1";

/// A relative or absolute path as a URI reference: bytes outside [A-Za-z0-9-._~/] escaped
std::string uri_of(std::string_view path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : path) {
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        if (plain) {
            out += c;
        } else {
            auto b = static_cast<unsigned char>(c);
            out += '%';
            out += kHex[b >> 4];
            out += kHex[b & 15];
        }
    }
    return out;
}

/// Whitespace runs collapsed to one space, ends trimmed
std::string one_line(std::string_view s) {
    std::string out;
    core::append_one_line(out, s);
    return out;
}

/// The first sentence of a provision's text, at most about 200 bytes
std::string first_sentence(const std::string& text) {
    std::string s = one_line(text);
    for (std::size_t i = 20; i + 1 < s.size() && i < 200; ++i) {
        if ((s[i] == '.' || s[i] == ';') && s[i + 1] == ' ') return s.substr(0, i + 1);
    }
    if (s.size() <= 200) return s;
    std::size_t cut = s.rfind(' ', 200);
    return s.substr(0, cut == std::string::npos ? 200 : cut) + " \u2026";
}

void message(JsonWriter& w, const std::string& text) {
    w.key("message");
    w.begin_object();
    w.member("text", text);
    w.end_object();
}

void physical_location(JsonWriter& w, const Report& r, core::SourceSpan span) {
    const std::string& path = r.sources.path(span.file);
    w.key("physicalLocation");
    w.begin_object();
    w.key("artifactLocation");
    w.begin_object();
    w.member("uri", uri_of(path));
    auto in = std::lower_bound(r.inputs.begin(), r.inputs.end(), path,
                               [](const InputFile& f, const std::string& p) { return f.path < p; });
    if (in != r.inputs.end() && in->path == path) {
        w.member("index", static_cast<std::uint64_t>(in - r.inputs.begin()));
    }
    w.end_object();
    core::LineCol begin = r.sources.line_col(span.file, span.begin);
    w.key("region");
    w.begin_object();
    w.member("startLine", begin.line);
    w.member("startColumn", begin.column);
    if (span.end > span.begin) {
        core::LineCol end = r.sources.line_col(span.file, span.end);
        w.member("endLine", end.line);
        w.member("endColumn", end.column);
    }
    w.end_object();
    w.end_object();
}

/// `"logicalLocations": [{"name", "kind"}]`: the measure (or provision) by id
void logical_location(JsonWriter& w, const std::string& name, const char* kind) {
    w.key("logicalLocations");
    w.begin_array();
    w.begin_object();
    w.member("name", name);
    w.member("kind", kind);
    w.end_object();
    w.end_array();
}

void write_rule(JsonWriter& w, const Report& r, const core::Provision& p) {
    std::string cite = p.cite.value_or(p.id.text);
    std::string text = p.text ? one_line(*p.text) : cite;
    const core::Instrument* inst = detail::instrument_of(r, p);
    std::string help = cite + (inst ? ", " + detail::instrument_text(*inst) : "") + ".";
    if (!p.norm.why.empty()) {
        help += std::string(" The provision ") +
                (p.norm_kind == core::NormKind::requirement ? "requires" : "prohibits") +
                " a measure that " + one_line(p.norm.why) + ".";
    }
    w.begin_object();
    w.member("id", p.id.text);
    w.member("name", cite);
    w.key("shortDescription");
    w.begin_object();
    w.member("text", p.text ? first_sentence(*p.text) : cite);
    w.end_object();
    w.key("fullDescription");
    w.begin_object();
    w.member("text", text);
    w.end_object();
    w.key("help");
    w.begin_object();
    w.member("text", help);
    w.end_object();
    w.key("properties");
    w.begin_object();
    w.member("instrument", inst ? inst->id.text : std::string());
    w.member("severity", core::provision_severity_name(p.severity));
    w.member("wording", core::wording_name(p.wording));
    if (p.paradigm) w.member("paradigm", core::paradigm_name(*p.paradigm));
    if (inst && inst->origin) w.member("origin", core::origin_name(*inst->origin));
    w.end_object();
    w.end_object();
}

/// The reasons in words (LANGUAGE.md §13), one sentence after another
std::string reasons_text(const Report& r, const core::Finding& f, const core::Reasons& reasons) {
    std::string out;
    const ReasonContext at{r.sources, r.rules, r.corpus.measures[f.measure], r.result.as_of};
    for (const std::string& s : reason_texts(at, reasons)) out += " " + s;
    return out;
}

/// What the finding is, then its reasons, then whether it binds
std::string result_message(const Report& r, const core::Finding& f) {
    const core::Measure& m = r.corpus.measures[f.measure];
    const core::Provision& p = r.rules.provisions[f.provision];
    std::string who = m.id + (m.cite.empty() ? "" : " (" + m.cite + ")");
    std::string what = p.id.text + (p.cite ? " (" + *p.cite + ")" : "");
    std::string out;
    if (f.outcome == core::Outcome::violation) {
        // An advisory violation is worded as what it is (docs/reports.md).
        out = who +
              (f.binding ? " violates " + what
                         : " would violate " + what + " if " + m.jurisdiction + " were bound") +
              ".";
        out += reasons_text(r, f, f.reasons);
    } else if (f.outcome == core::Outcome::contested) {
        out = "Whether " + who + " complies with " + what +
              " is contested: its readings lead to different outcomes.";
        for (const core::ReadingOutcome& a : f.readings) {
            out += " Under";
            for (std::size_t k = 0; k < a.chosen.size(); ++k)
                out += (k ? ", " : " ") + detail::chosen_text(r, a.chosen[k]);
            out += ", " + std::string(core::outcome_name(a.outcome)) + ":" +
                   reasons_text(r, f, a.reasons);
        }
    } else {
        out = "Whether " + who + " complies with " + what + " is undetermined.";
        out += reasons_text(r, f, f.reasons);
        if (!f.missing_facts.empty()) {
            out += " State these facts of the measure to decide it:";
            for (std::size_t i = 0; i < f.missing_facts.size(); ++i)
                out += (i ? ", " : " ") + f.missing_facts[i];
            out += ".";
        }
    }
    return out + " " + std::string(detail::binding_word(f)) + ": " + detail::binding_reason(r, f) +
           ".";
}

void write_code_flow(JsonWriter& w, const Report& r, const core::Finding& f) {
    const core::Measure& m = r.corpus.measures[f.measure];
    w.key("codeFlows");
    w.begin_array();
    w.begin_object();
    message(w, "Decision trace of " + m.id + " against " + r.rules.provisions[f.provision].id.text);
    w.key("threadFlows");
    w.begin_array();
    w.begin_object();
    w.key("locations");
    w.begin_array();
    for (std::size_t i = 0; i < f.trace.size(); ++i) {
        const core::TraceStep& s = f.trace[i];
        std::string text = detail::trace_step_text(s);
        for (std::size_t k = 0; k < s.facts.size(); ++k) {
            text += (k ? "; " : " (") + detail::fact_read_text(r, m, s.facts[k]) +
                    (k + 1 == s.facts.size() ? ")" : "");
        }
        w.begin_object();
        w.key("location");
        w.begin_object();
        if (s.at.file != 0) physical_location(w, r, s.at);
        message(w, text);
        w.end_object();
        w.member("nestingLevel", static_cast<unsigned>(s.depth));
        w.member("executionOrder", static_cast<std::uint64_t>(i + 1));
        w.end_object();
    }
    w.end_array();
    w.end_object();
    w.end_array();
    w.end_object();
    w.end_array();
}

/// LANGUAGE.md §8: every assignment of a contested finding, as the JSON report gives them,
/// with the positions and authorities of the readings chosen
void write_readings(JsonWriter& w, const Report& r, const core::Finding& f) {
    w.key("readings");
    w.begin_array();
    for (const core::ReadingOutcome& a : f.readings) {
        w.begin_object();
        w.key("chosen");
        w.begin_object();
        for (const core::ChosenReading& c : a.chosen)
            w.member(r.rules.provisions[c.provision].id.text, detail::chosen_text(r, c));
        w.end_object();
        w.key("positions");
        w.begin_array();
        for (const core::ChosenReading& c : a.chosen) w.value(detail::position_text(r, c));
        w.end_array();
        w.key("authorities");
        w.begin_array();
        for (const core::ChosenReading& c : a.chosen) {
            for (const std::string& auth : detail::authorities_of(r, c)) w.value(auth);
        }
        w.end_array();
        w.member("outcome", core::outcome_name(a.outcome));
        w.key("defeatedBy");
        if (a.defeated_by.empty())
            w.null();
        else
            w.value(a.defeated_by);
        w.key("missingFacts");
        w.begin_array();
        for (const std::string& fact : a.missing_facts) w.value(fact);
        w.end_array();
        w.end_object();
    }
    w.end_array();
}

void write_result(JsonWriter& w, const Report& r, const core::Finding& f,
                  std::optional<std::size_t> rule_index) {
    const core::Measure& m = r.corpus.measures[f.measure];
    const core::Provision& p = r.rules.provisions[f.provision];
    w.begin_object();
    w.member("ruleId", p.id.text);
    if (rule_index) w.member("ruleIndex", static_cast<std::uint64_t>(*rule_index));
    // A contested finding is a warning whatever its binding: no reading is established law.
    w.member("level", f.outcome == core::Outcome::undetermined ? "note"
                      : f.outcome == core::Outcome::contested  ? "warning"
                      : f.binding                              ? "error"
                                                               : "warning");
    message(w, result_message(r, f));
    w.key("locations");
    w.begin_array();
    w.begin_object();
    if (m.span.file != 0) physical_location(w, r, m.span);
    logical_location(w, m.id, "measure");
    w.end_object();
    w.end_array();
    if (p.span.file != 0) {
        w.key("relatedLocations");
        w.begin_array();
        w.begin_object();
        w.member("id", 1);
        physical_location(w, r, p.span);
        message(w, "Provision " + p.id.text + (p.cite ? " (" + *p.cite + ")" : ""));
        w.end_object();
        w.end_array();
    }
    if (!f.trace.empty()) write_code_flow(w, r, f);
    w.key("partialFingerprints");
    w.begin_object();
    w.member(kFingerprintKey, detail::finding_fingerprint(r, f));
    w.end_object();
    w.key("properties");
    w.begin_object();
    w.member("measure", m.id);
    w.member("jurisdiction", m.jurisdiction);
    w.member("outcome", core::outcome_name(f.outcome));
    w.member("binding", f.binding);
    w.member("bindingReason", detail::binding_reason(r, f));
    w.member("severity", core::provision_severity_name(p.severity));
    if (f.binding_toward) {
        w.key("bindingToward");
        w.begin_array();
        for (const std::string& state : *f.binding_toward) w.value(state);
        w.end_array();
    }
    w.key("missingFacts");
    w.begin_array();
    for (const std::string& fact : f.missing_facts) w.value(fact);
    w.end_array();
    if (f.outcome == core::Outcome::contested) write_readings(w, r, f);
    w.end_object();
    w.end_object();
}

/// LANGUAGE.md §11: each quoted text that changed since the lock, as a warning notification
/// of the run at the measure's `eId` (or the provision's `source`); not a result, which
/// SARIF ties to a rule, here a provision
void write_source_changes(JsonWriter& w, const Report& r) {
    if (r.source_changes.empty()) return;
    w.key("toolExecutionNotifications");
    w.begin_array();
    for (const SourceChange& c : r.source_changes) {
        w.begin_object();
        w.key("descriptor");
        w.begin_object();
        w.member("id", "source_changed");
        w.end_object();
        w.member("level", "warning");
        message(w, detail::source_change_sentence(c));
        w.key("locations");
        w.begin_array();
        w.begin_object();
        if (c.at.file != 0) physical_location(w, r, c.at);
        logical_location(w, c.id, c.provision ? "provision" : "measure");
        w.end_object();
        w.end_array();
        w.key("properties");
        w.begin_object();
        w.member("akn", c.akn);
        w.member("eId", c.eid);
        w.member("locked", c.locked);
        w.member("current", c.current);
        w.end_object();
        w.end_object();
    }
    w.end_array();
}

void write_tool(JsonWriter& w, const Report& r) {
    w.key("tool");
    w.begin_object();
    w.key("driver");
    w.begin_object();
    w.member("name", "lexcheck");
    w.member("version", core::version());
    w.key("rules");
    w.begin_array();
    for (std::uint32_t p : r.result.provisions) write_rule(w, r, r.rules.provisions[p]);
    w.end_array();
    w.end_object();
    w.end_object();
}

void write_invocations(JsonWriter& w, const Report& r) {
    w.key("invocations");
    w.begin_array();
    w.begin_object();
    w.member("executionSuccessful", true);
    if (r.timestamp) w.member("startTimeUtc", *r.timestamp);
    write_source_changes(w, r);
    w.end_object();
    w.end_array();
}

void write_artifacts(JsonWriter& w, const Report& r) {
    w.key("artifacts");
    w.begin_array();
    for (const InputFile& in : r.inputs) {
        w.begin_object();
        w.key("location");
        w.begin_object();
        w.member("uri", uri_of(in.path));
        w.end_object();
        w.key("hashes");
        w.begin_object();
        w.member("sha-256", in.sha256);
        w.end_object();
        w.end_object();
    }
    w.end_array();
}

/// The finding's rule index in tool.driver.rules (sorted by provision id), if it is there
std::optional<std::size_t> rule_index(const Report& r, const core::Finding& f) {
    const std::vector<std::uint32_t>& rules = r.result.provisions;
    auto it = std::lower_bound(
        rules.begin(), rules.end(), f.provision, [&](std::uint32_t a, std::uint32_t b) {
            return r.rules.provisions[a].id.text < r.rules.provisions[b].id.text;
        });
    if (it != rules.end() && *it == f.provision)
        return static_cast<std::size_t>(it - rules.begin());
    return std::nullopt;
}

void write_results(JsonWriter& w, const Report& r) {
    w.key("results");
    w.begin_array();
    for (const core::Finding& f : r.result.findings) {
        if (!detail::needs_attention(f)) continue;
        write_result(w, r, f, rule_index(r, f));
    }
    w.end_array();
}

void write_run_properties(JsonWriter& w, const Report& r) {
    w.key("properties");
    w.begin_object();
    w.member("asOf", core::format_date(r.result.as_of));
    w.member("inputsDigest", detail::inputs_digest(r));
    w.member("measuresNotInForce", r.result.summary.measures_not_in_force);
    w.key("jurisdictions");
    w.begin_array();
    for (const std::string& j : detail::jurisdictions_checked(r)) w.value(j);
    w.end_array();
    w.end_object();
}

}  // namespace

void SarifReporter::write(const Report& r, std::ostream& out) const {
    JsonWriter w(out);
    w.begin_object();
    w.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    w.member("version", "2.1.0");
    w.key("runs");
    w.begin_array();
    w.begin_object();
    write_tool(w, r);
    write_invocations(w, r);
    write_artifacts(w, r);
    write_results(w, r);
    write_run_properties(w, r);
    w.end_object();
    w.end_array();
    w.end_object();
}

}  // namespace lexcheck::reports
