#include "sarif_results.hpp"

#include "describe.hpp"
#include "sarif_locations.hpp"

#include "lexcheck/reports/reasons.hpp"

#include <algorithm>

namespace lexcheck::reports::detail {

namespace {

/// The partialFingerprints key; bump the version if the fingerprint's input ever changes
constexpr std::string_view kFingerprintKey = "lexcheckFinding/v1";

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
                out += (k ? ", " : " ") + chosen_text(r, a.chosen[k]);
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
    return out + " " + std::string(binding_word(f)) + ": " + binding_reason(r, f) + ".";
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
        std::string text = trace_step_text(s);
        for (std::size_t k = 0; k < s.facts.size(); ++k) {
            text += (k ? "; " : " (") + fact_read_text(r, m, s.facts[k]) +
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
            w.member(r.rules.provisions[c.provision].id.text, chosen_text(r, c));
        w.end_object();
        w.key("positions");
        w.begin_array();
        for (const core::ChosenReading& c : a.chosen) w.value(position_text(r, c));
        w.end_array();
        w.key("authorities");
        w.begin_array();
        for (const core::ChosenReading& c : a.chosen) {
            for (const std::string& auth : authorities_of(r, c)) w.value(auth);
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
    w.member(kFingerprintKey, finding_fingerprint(r, f));
    w.end_object();
    w.key("properties");
    w.begin_object();
    w.member("measure", m.id);
    w.member("jurisdiction", m.jurisdiction);
    w.member("outcome", core::outcome_name(f.outcome));
    w.member("binding", f.binding);
    w.member("bindingReason", binding_reason(r, f));
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

}  // namespace

void write_sarif_results(JsonWriter& w, const Report& r) {
    w.key("results");
    w.begin_array();
    for (const core::Finding& f : r.result.findings) {
        if (!needs_attention(f)) continue;
        write_result(w, r, f, rule_index(r, f));
    }
    w.end_array();
}

}  // namespace lexcheck::reports::detail
