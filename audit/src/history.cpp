#include "lexcheck/audit/history.hpp"

#include "lexcheck/core/version.hpp"
#include "lexcheck/reports/json_writer.hpp"

#include <iomanip>
#include <ostream>

namespace lexcheck::audit {

namespace {

void write_json(const std::vector<RunInfo>& runs, std::ostream& out) {
    reports::JsonWriter w(out);
    w.begin_object();
    w.key("tool");
    w.value("lexcheck");
    w.key("version");
    w.value(core::version());
    w.key("runs");
    w.begin_array();
    for (const RunInfo& r : runs) {
        w.begin_object();
        auto field = [&](std::string_view k, auto v) {
            w.key(k);
            w.value(v);
        };
        field("id", r.id);
        field("recorded_at", r.recorded_at);
        field("command", r.command);
        field("version", r.version);
        field("as_of", r.as_of);
        field("inputs", static_cast<std::uint64_t>(r.inputs));
        field("inputs_digest", r.inputs_digest);
        field("exit_status", r.exit_status);
        w.key("report_format");  // null for runs recorded before schema version 2
        if (r.report_format.empty()) {
            w.null();
        } else {
            w.value(r.report_format);
        }
        w.key("report_sha256");
        if (r.report_sha256) {
            w.value(*r.report_sha256);
        } else {
            w.null();
        }
        w.key("summary");
        w.begin_object();
        const checker::Summary& s = r.summary;
        for (auto [k, v] : {std::pair{"measures", s.measures},
                            {"provisions", s.provisions},
                            {"violation", s.violation},
                            {"compliant", s.compliant},
                            {"undetermined", s.undetermined},
                            {"contested", s.contested},
                            {"not_applicable", s.not_applicable}}) {
            field(k, static_cast<std::uint64_t>(v));
        }
        w.end_object();
        w.end_object();
    }
    w.end_array();
    w.end_object();
    out << "\n";
}

void write_text(const std::vector<RunInfo>& runs, std::ostream& out) {
    if (runs.empty()) {
        out << "no run recorded\n";
        return;
    }
    out << "   run  recorded (UTC)        as of       inputs  inputs digest  violation  compliant  "
           "undetermined  contested  exit\n";
    for (const RunInfo& r : runs) {
        const checker::Summary& s = r.summary;
        out << std::setw(6) << r.id << "  " << std::left << std::setw(20) << r.recorded_at << "  "
            << std::setw(10) << r.as_of << std::right << "  " << std::setw(6) << r.inputs << "  "
            << r.inputs_digest.substr(0, 12) << "   " << std::setw(9) << s.violation << "  "
            << std::setw(9) << s.compliant << "  " << std::setw(12) << s.undetermined << "  "
            << std::setw(9) << s.contested << "  " << std::setw(4) << r.exit_status << "\n";
    }
}

}  // namespace

void write_history(const std::vector<RunInfo>& runs, std::string_view format, std::ostream& out) {
    if (format == "json") {
        write_json(runs, out);
    } else {
        write_text(runs, out);
    }
}

}  // namespace lexcheck::audit
