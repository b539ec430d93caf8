// simdjson's on-demand parser over a JSON report: each finding's object is kept as the raw
// text the report holds, so a delta quotes it byte for byte (lexcheck impact quotes the
// findings it computes the same way, reports::findings_json).
#include "lexcheck/delta/read_report.hpp"

#include <simdjson.h>

namespace lexcheck::delta {

namespace {

namespace od = simdjson::ondemand;

std::string text_of(od::value v) {
    std::string_view s;
    if (v.get_string().get(s)) return {};
    return std::string(s);
}

/// The fields of one finding that pair and compare it
bool read_finding(std::string_view raw, Finding& f) {
    od::parser parser;
    simdjson::padded_string padded(raw);
    od::document doc;
    if (parser.iterate(padded).get(doc)) return false;
    od::object o;
    if (doc.get_object().get(o)) return false;
    bool ok = true;
    for (auto field : o) {
        std::string_view key;
        if (field.unescaped_key().get(key)) return false;
        od::value v = field.value();
        if (key == "measure") {
            f.measure = text_of(v);
        } else if (key == "provision") {
            f.provision = text_of(v);
        } else if (key == "outcome") {
            auto outcome = core::parse_outcome(text_of(v));
            ok = ok && outcome.has_value();
            if (outcome) f.outcome = *outcome;
        } else if (key == "binding") {
            ok = ok && !v.get_bool().get(f.binding);
        } else if (key == "readings") {
            od::array a;
            if (v.get_array().get(a)) return false;
            for (auto r : a) {
                od::object ro;
                if (r.get_object().get(ro)) return false;
                std::string_view outcome;
                if (!ro["outcome"].get_string().get(outcome) && outcome == "violation")
                    f.contested_violation = true;
            }
        }
    }
    return ok && !f.measure.empty() && !f.provision.empty();
}

void read_inputs(od::value v, std::vector<reports::InputFile>& out) {
    od::array a;
    if (v.get_array().get(a)) return;
    for (auto item : a) {
        od::object o;
        if (item.get_object().get(o)) return;
        reports::InputFile in;
        for (auto field : o) {
            std::string_view key;
            if (field.unescaped_key().get(key)) return;
            if (key == "path") in.path = text_of(field.value());
            if (key == "sha256") in.sha256 = text_of(field.value());
        }
        out.push_back(std::move(in));
    }
}

bool read_links(od::value v, std::vector<Link>& out) {
    od::array a;
    if (v.get_array().get(a)) return false;
    for (auto item : a) {
        od::object o;
        if (item.get_object().get(o)) return false;
        Link l;
        std::optional<core::Date> date;
        for (auto field : o) {
            std::string_view key;
            if (field.unescaped_key().get(key)) return false;
            if (key == "measure") l.measure = text_of(field.value());
            if (key == "replaces") l.replaces = text_of(field.value());
            if (key == "in_force") date = core::parse_date(text_of(field.value()));
        }
        if (!date || l.measure.empty() || l.replaces.empty()) return false;
        l.in_force = *date;
        out.push_back(std::move(l));
    }
    return true;
}

/// LANGUAGE.md §11: the report's `source_changes` (docs/json-format.md); the `diff` runs are
/// computed again from the two texts
bool read_source_changes(od::value v, std::vector<reports::SourceChange>& out) {
    od::array a;
    if (v.get_array().get(a)) return false;
    for (auto item : a) {
        od::object o;
        if (item.get_object().get(o)) return false;
        reports::SourceChange c;
        for (auto field : o) {
            std::string_view key;
            if (field.unescaped_key().get(key)) return false;
            if (key == "id") c.id = text_of(field.value());
            if (key == "kind") c.provision = text_of(field.value()) == "provision";
            if (key == "akn") c.akn = text_of(field.value());
            if (key == "eId") c.eid = text_of(field.value());
            if (key == "locked") c.locked = text_of(field.value());
            if (key == "current") c.current = text_of(field.value());
        }
        if (c.id.empty()) return false;
        out.push_back(std::move(c));
    }
    return true;
}

bool read_findings(od::value v, std::vector<Finding>& out) {
    od::array a;
    if (v.get_array().get(a)) return false;
    for (auto item : a) {
        od::object o;
        std::string_view raw;
        if (item.get_object().get(o) || o.raw_json().get(raw)) return false;
        Finding f;
        f.json = std::string(raw);
        while (!f.json.empty() && (f.json.back() == ' ' || f.json.back() == '\n'))
            f.json.pop_back();  // raw_json keeps the white space before the next token
        if (!read_finding(f.json, f)) return false;
        out.push_back(std::move(f));
    }
    return true;
}

}  // namespace

ReadReport read_report(std::string_view json) {
    ReadReport r;
    od::parser parser;
    simdjson::padded_string padded(json);
    od::document doc;
    od::object root;
    if (parser.iterate(padded).get(doc) || doc.get_object().get(root)) {
        r.error = "is not a JSON object";
        return r;
    }
    bool tool = false, as_of = false, findings = false;
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key)) break;
        od::value v = field.value();
        if (key == "tool") {
            tool = text_of(v) == "lexcheck";
        } else if (key == "as_of") {
            auto d = core::parse_date(text_of(v));
            as_of = d.has_value();
            if (d) r.side.as_of = *d;
        } else if (key == "inputs") {
            read_inputs(v, r.inputs);
        } else if (key == "versions") {
            if (!read_links(v, r.side.links)) r.error = "has a malformed `versions` list";
        } else if (key == "source_changes") {
            if (!read_source_changes(v, r.source_changes))
                r.error = "has a malformed `source_changes` list";
        } else if (key == "findings") {
            findings = read_findings(v, r.side.findings);
            if (!findings) r.error = "has a malformed finding";
        }
    }
    if (r.error.empty() && (!tool || !as_of || !findings)) {
        r.error =
            "is not a JSON report of `lexcheck check` (it needs `tool`, `as_of` and "
            "`findings`)";
    }
    return r;
}

namespace {

// Steps of finding_detail, one per member of a finding's detail object (json-format.md).

void read_strings(od::value v, std::vector<std::string>& out) {
    od::array a;
    if (v.get_array().get(a)) return;
    for (auto s : a) {
        std::string_view t;
        if (!s.get_string().get(t)) out.emplace_back(t);
    }
}

/// One reading as a line: "under A, B: outcome"
std::string reading_line(od::object& ro) {
    std::string line;
    for (auto rf : ro) {
        std::string_view rk;
        if (rf.unescaped_key().get(rk)) break;
        if (rk == "chosen") {
            od::object chosen;
            if (rf.value().get_object().get(chosen)) break;
            for (auto c : chosen) line += (line.empty() ? "under " : ", ") + text_of(c.value());
        } else if (rk == "outcome") {
            line += ": " + text_of(rf.value());
        }
    }
    return line;
}

void read_readings(od::value v, std::vector<std::string>& out) {
    od::array a;
    if (v.get_array().get(a)) return;
    for (auto r : a) {
        od::object ro;
        if (r.get_object().get(ro)) break;
        out.push_back(reading_line(ro));
    }
}

/// Top-level trace steps only (depth 0), as "`condition` is value"
void read_trace(od::value v, std::vector<std::string>& steps) {
    od::array a;
    if (v.get_array().get(a)) return;
    for (auto s : a) {
        od::object so;
        if (s.get_object().get(so)) break;
        std::string condition, value;
        std::int64_t depth = 1;
        for (auto sf : so) {
            std::string_view sk;
            if (sf.unescaped_key().get(sk)) break;
            if (sk == "condition") condition = text_of(sf.value());
            if (sk == "value") value = text_of(sf.value());
            if (sk == "depth" && sf.value().get_int64().get(depth)) depth = 1;
        }
        if (depth == 0) steps.push_back("`" + condition + "` is " + value);
    }
}

}  // namespace

FindingDetail finding_detail(std::string_view json) {
    FindingDetail d;
    od::parser parser;
    simdjson::padded_string padded(json);
    od::document doc;
    od::object o;
    if (parser.iterate(padded).get(doc) || doc.get_object().get(o)) return d;
    for (auto field : o) {
        std::string_view key;
        if (field.unescaped_key().get(key)) break;
        od::value v = field.value();
        if (key == "defeated_by") {
            d.defeated_by = text_of(v);
        } else if (key == "missing_facts") {
            read_strings(v, d.missing_facts);
        } else if (key == "reasons") {
            read_strings(v, d.reasons);
        } else if (key == "readings") {
            read_readings(v, d.readings);
        } else if (key == "trace") {
            read_trace(v, d.steps);
        }
    }
    return d;
}

}  // namespace lexcheck::delta
