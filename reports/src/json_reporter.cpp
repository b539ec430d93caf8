#include "json_reporter.hpp"

#include "describe.hpp"
#include "lexcheck/reports/json_writer.hpp"
#include "lexcheck/core/version.hpp"

namespace lexcheck::reports {

namespace {

void write_trace(detail::JsonWriter& w, const Report& r, const core::Finding& f) {
    const core::Measure& m = r.corpus.measures[f.measure];
    w.key("trace");
    w.begin_array();
    for (const core::TraceStep& s : f.trace) {
        w.begin_object();
        w.member("condition", s.condition);
        w.member("value", core::truth_name(s.value));
        w.member("at", detail::location(r.sources, s.at));
        w.member("depth", static_cast<unsigned>(s.depth));
        if (!s.label.empty()) w.member("label", s.label);
        if (!s.facts.empty()) {
            w.key("facts");
            w.begin_array();
            for (const core::FactRead& read : s.facts) {
                w.begin_object();
                w.member("fact", r.rules.schema.fact(read.fact).path);
                w.key("value");
                if (auto v = detail::read_value(r, m, read)) w.value(*v); else w.null();
                w.key("at");
                if (read.present) w.value(detail::location(r.sources, read.at)); else w.null();
                w.end_object();
            }
            w.end_array();
        }
        w.end_object();
    }
    w.end_array();
}

void write_finding(detail::JsonWriter& w, const Report& r, const core::Finding& f) {
    const core::Measure& m = r.corpus.measures[f.measure];
    const core::Provision& p = r.rules.provisions[f.provision];
    w.begin_object();
    w.member("measure", m.id);
    w.member("provision", p.id.text);
    w.member("instrument", detail::instrument_id(r, f));
    w.member("jurisdiction", m.jurisdiction);
    w.member("outcome", core::outcome_name(f.outcome));
    w.member("binding", f.binding);
    w.member("severity", core::provision_severity_name(p.severity));
    w.key("paradigm");
    if (p.paradigm) w.value(core::paradigm_name(*p.paradigm)); else w.null();
    w.key("defeated_by");
    if (f.defeated_by.empty()) w.null(); else w.value(f.defeated_by);
    w.key("missing_facts");
    w.begin_array();
    for (const std::string& fact : f.missing_facts) w.value(fact);
    w.end_array();
    w.key("reason");
    if (f.reason == core::Reason::none) w.null(); else w.value(core::reason_name(f.reason));
    write_trace(w, r, f);
    w.end_object();
}

}  // namespace

void JsonReporter::write(const Report& r, std::ostream& out) const {
    detail::JsonWriter w(out);
    const checker::Summary& s = r.result.summary;
    w.begin_object();
    w.member("tool", "lexcheck");
    w.member("version", core::version());
    w.member("as_of", core::format_date(r.result.as_of));
    if (r.timestamp) w.member("timestamp", *r.timestamp);
    w.key("inputs");
    w.begin_array();
    for (const InputFile& in : r.inputs) {
        w.begin_object();
        w.member("path", in.path);
        w.member("sha256", in.sha256);
        w.end_object();
    }
    w.end_array();
    w.key("summary");
    w.begin_object();
    w.member("measures", static_cast<std::uint64_t>(s.measures));
    w.member("provisions", static_cast<std::uint64_t>(s.provisions));
    w.member("violation", static_cast<std::uint64_t>(s.violation));
    w.member("compliant", static_cast<std::uint64_t>(s.compliant));
    w.member("undetermined", static_cast<std::uint64_t>(s.undetermined));
    w.member("not_applicable", static_cast<std::uint64_t>(s.not_applicable));
    w.end_object();
    w.key("findings");
    w.begin_array();
    for (const core::Finding& f : r.result.findings) write_finding(w, r, f);
    w.end_array();
    w.end_object();
}

}  // namespace lexcheck::reports
