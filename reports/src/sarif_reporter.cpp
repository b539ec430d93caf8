#include "sarif_reporter.hpp"

#include "describe.hpp"
#include "sarif_locations.hpp"
#include "sarif_results.hpp"
#include "source_changes.hpp"

#include "lexcheck/core/version.hpp"
#include "lexcheck/reports/json_writer.hpp"

#include <ostream>

namespace lexcheck::reports {

namespace {

using detail::logical_location;
using detail::message;
using detail::physical_location;
using detail::uri_of;

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
    detail::write_sarif_results(w, r);
    write_run_properties(w, r);
    w.end_object();
    w.end_array();
    w.end_object();
}

}  // namespace lexcheck::reports
