// The JSON report is written by a fast path (a byte buffer, findings formatted in parallel
// chunks); on a report large enough to need many chunks, with escapes, non-ASCII text and
// every optional key, it must equal the straightforward JsonWriter rendering of
// docs/json-format.md byte for byte.
#include "report_fixture.hpp"

#include "lexcheck/core/version.hpp"
#include "lexcheck/reports/json_writer.hpp"
#include "lexcheck/reports/reasons.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace lexcheck {
namespace {

using reports::JsonWriter;

std::string location(const core::SourceManager& sources, core::SourceSpan span) {
    return span.file == 0 ? std::string() : sources.location(span);
}

std::optional<std::string> read_value(const reports::Report& r, const core::Measure& m,
                                      const core::FactRead& read) {
    if (!read.present) return std::nullopt;
    if (read.fact == core::kFactJurisdiction) return m.jurisdiction;
    if (read.fact == core::kFactInForce) return m.in_force ? core::format_date(*m.in_force) : "";
    if (read.fact == core::kFactUntil) return m.until ? core::format_date(*m.until) : "";
    const core::FactValue* v = m.find(read.fact);
    if (!v) return std::string();
    return r.rules.schema.format_value(v->value, r.rules.schema.fact(v->fact).type.enum_id);
}

/// docs/json-format.md, one JsonWriter call per token
std::string reference_json(const reports::Report& r) {
    std::ostringstream out;
    JsonWriter w(out);
    const checker::Summary& s = r.result.summary;
    w.begin_object();
    w.member("tool", "lexcheck");
    w.member("version", core::version());
    w.member("as_of", core::format_date(r.result.as_of));
    if (r.timestamp) w.member("timestamp", *r.timestamp);
    w.key("inputs");
    w.begin_array();
    for (const reports::InputFile& in : r.inputs) {
        w.begin_object();
        w.member("path", in.path);
        w.member("sha256", in.sha256);
        w.end_object();
    }
    w.end_array();
    w.key("summary");
    w.begin_object();
    w.member("measures", static_cast<std::uint64_t>(s.measures));
    w.member("measures_not_in_force", static_cast<std::uint64_t>(s.measures_not_in_force));
    w.member("provisions", static_cast<std::uint64_t>(s.provisions));
    w.member("violation", static_cast<std::uint64_t>(s.violation));
    w.member("compliant", static_cast<std::uint64_t>(s.compliant));
    w.member("undetermined", static_cast<std::uint64_t>(s.undetermined));
    w.member("not_applicable", static_cast<std::uint64_t>(s.not_applicable));
    w.member("contested", static_cast<std::uint64_t>(s.contested));
    w.end_object();
    w.key("findings");
    w.begin_array();
    for (const core::Finding& f : r.result.findings) {
        const core::Measure& m = r.corpus.measures[f.measure];
        const core::Provision& p = r.rules.provisions[f.provision];
        w.begin_object();
        w.member("measure", m.id);
        w.member("provision", p.id.text);
        w.member("instrument", p.instrument == core::kNone
                                   ? std::string()
                                   : r.rules.instruments[p.instrument].id.text);
        w.member("jurisdiction", m.jurisdiction);
        w.member("outcome", core::outcome_name(f.outcome));
        w.member("binding", f.binding);
        if (f.binding_toward) {
            w.key("binding_toward");
            w.begin_array();
            for (const std::string& state : *f.binding_toward) w.value(state);
            w.end_array();
        }
        w.member("severity", core::provision_severity_name(p.severity));
        w.key("paradigm");
        if (p.paradigm)
            w.value(core::paradigm_name(*p.paradigm));
        else
            w.null();
        w.key("defeated_by");
        if (f.defeated_by.empty())
            w.null();
        else
            w.value(f.defeated_by);
        w.key("missing_facts");
        w.begin_array();
        for (const std::string& fact : f.missing_facts) w.value(fact);
        w.end_array();
        w.key("reason");
        if (f.reason == core::Reason::none)
            w.null();
        else
            w.value(core::reason_name(f.reason));
        const reports::ReasonContext at{r.sources, r.rules, m, r.result.as_of};
        w.key("reasons");
        w.begin_array();
        for (const std::string& reason : reports::reason_texts(at, f.reasons)) w.value(reason);
        w.end_array();
        if (f.outcome == core::Outcome::contested) {
            w.key("readings");
            w.begin_array();
            for (const core::ReadingOutcome& a : f.readings) {
                w.begin_object();
                w.key("chosen");
                w.begin_object();
                for (const core::ChosenReading& c : a.chosen) {
                    w.member(r.rules.provisions[c.provision].id.text,
                             c.reading == core::kNone ? r.rules.provisions[c.provision].id.text
                                                      : r.rules.readings[c.reading].id.text);
                }
                w.end_object();
                w.member("outcome", core::outcome_name(a.outcome));
                w.key("defeated_by");
                if (a.defeated_by.empty())
                    w.null();
                else
                    w.value(a.defeated_by);
                w.key("missing_facts");
                w.begin_array();
                for (const std::string& fact : a.missing_facts) w.value(fact);
                w.end_array();
                w.key("reasons");
                w.begin_array();
                for (const std::string& reason : reports::reason_texts(at, a.reasons))
                    w.value(reason);
                w.end_array();
                w.end_object();
            }
            w.end_array();
        }
        w.key("trace");
        w.begin_array();
        for (const core::TraceStep& step : f.trace) {
            w.begin_object();
            w.member("condition", step.condition);
            w.member("value", core::truth_name(step.value));
            w.member("at", location(r.sources, step.at));
            w.member("depth", static_cast<unsigned>(step.depth));
            if (!step.label.empty()) w.member("label", step.label);
            if (!step.facts.empty()) {
                w.key("facts");
                w.begin_array();
                for (const core::FactRead& read : step.facts) {
                    w.begin_object();
                    w.member("fact", r.rules.schema.fact(read.fact).path);
                    w.key("value");
                    if (auto v = read_value(r, m, read))
                        w.value(*v);
                    else
                        w.null();
                    w.key("at");
                    if (read.present)
                        w.value(location(r.sources, read.at));
                    else
                        w.null();
                    w.end_object();
                }
                w.end_array();
            }
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.end_object();
    w.flush();
    return out.str();
}

/// The fixture, grown to hundreds of measures and ~1,000 findings: ids, text and a file path
/// with quotes, control characters and Cyrillic, traces from empty to several steps, and
/// fact positions after non-ASCII text on their line (columns count characters) or past the
/// end of their file.
class LargeReport : public testing::ReportFixture {
public:
    LargeReport() {
        std::string text;
        std::vector<std::uint32_t> at;
        for (int i = 0; i < 400; ++i) {
            text += "  - id: \"мера\\t" + std::to_string(i) + "\"  # «примечание» ";
            at.push_back(static_cast<std::uint32_t>(text.size()));
            text += "value\n";
        }
        core::SourceId yaml = sources.add("corpus/ру \"quoted\"\\dir.yaml", text);
        corpus.files.push_back(yaml);
        std::uint32_t colour_enum =
            rules.schema.add_enum({"colour", {}, {"red", "green", "blue"}, {}});
        core::Type colour{core::TypeKind::enumeration};
        colour.enum_id = colour_enum;
        std::uint32_t fact = rules.schema.add_fact({"colour.of\x01", colour, "", {}, false});
        core::Type colours{core::TypeKind::set};
        colours.enum_id = colour_enum;
        std::uint32_t set_fact = rules.schema.add_fact({"colours", colours, "", {}, false});
        rules.provisions[1].paradigm.reset();
        rules.provisions[2].instrument = core::kNone;

        const core::TraceStep& base = result.findings[2].trace.at(0);
        auto store = std::make_shared<core::TraceStore>();  // what the steps below view
        for (std::uint32_t i = 0; i < 400; ++i) {
            core::Measure m;
            m.id = "m" + std::to_string(i) + (i % 3 == 0 ? "\x02\"é\"" : "");
            m.jurisdiction = i % 2 ? "RU" : "K\tZ";
            m.span = {yaml, at[i], at[i] + 5};
            if (i % 4 != 0) {
                core::Value v = core::make_enum(i % 3);
                m.facts.push_back({fact, v, {yaml, at[i], at[i] + 5}});
            }
            if (i % 5 == 0) {
                m.facts.push_back({set_fact, core::make_set({2, 0}), {yaml, at[i] + 1, at[i] + 5}});
            }
            if (i % 7 == 0) m.in_force = core::make_date(2001, 2, 3);
            auto index = static_cast<std::uint32_t>(corpus.measures.size());
            corpus.measures.push_back(m);
            for (std::uint32_t p = 0; p < 3; ++p) {
                core::Finding f;
                f.measure = index;
                f.provision = p;
                f.outcome = static_cast<core::Outcome>((i + p) % 4);
                f.binding = (i + p) % 2 == 0;
                if ((i + p) % 6 == 1) f.defeated_by = "t.p1#unless" + std::to_string(p) + "\n";
                if ((i + p) % 5 == 2) f.missing_facts = {"colour.of\x01", "z\u00e9"};
                if ((i + p) % 9 == 3) f.reason = core::Reason::out_of_scope;
                for (std::uint32_t s = 0; s < (i + p) % 5; ++s) {
                    core::TraceStep step = base;
                    step.depth = static_cast<std::uint16_t>(s);
                    step.condition = s % 2 ? "colour == red and note == \"x\\y\"" : "не \u2717";
                    step.label = s == 0 ? "prohibits" : "";
                    step.value = static_cast<core::Truth>(s % 3);
                    if (s == 3) step.at = {};
                    step.facts = {};
                    if (s % 2) {
                        // Past the end of the file: clamped to it, as SourceManager::line_col does.
                        core::SourceSpan far =
                            i % 50 == 0 ? core::SourceSpan{yaml, 1u << 30, 1u << 30} : m.span;
                        const core::FactRead reads[] = {
                            {fact, i % 4 != 0, {yaml, at[i], at[i] + 5}},
                            {set_fact, i % 5 == 0, {yaml, at[i] + 1, at[i] + 5}},
                            {core::kFactJurisdiction, true, far},
                            // A stated fact without a position: `"at": ""`
                            {core::kFactInForce, true, s == 3 ? core::SourceSpan{} : m.span},
                            {core::kFactUntil, false, {}}};
                        step.facts = store->keep(reads);
                    }
                    f.trace.push_back(step);
                }
                f.store = store;
                result.findings.push_back(f);
            }
        }
        inputs.push_back({"corpus/ру \"quoted\"\\dir.yaml", std::string(64, 'c')});
        timestamp = "2024-05-06T07:08:09Z";
    }
};

TEST(JsonReport, FixtureEqualsTheReferenceRendering) {
    testing::ReportFixture fx;
    EXPECT_EQ(fx.render("json"), reference_json(fx.report()));
}

TEST(JsonReport, ManyChunksWithEscapesEqualTheReferenceRendering) {
    LargeReport fx;
    ASSERT_GT(fx.result.findings.size(), 1000u);
    std::string json = fx.render("json");
    EXPECT_EQ(json, reference_json(fx.report()));
    EXPECT_NE(json.find("\"measure\": \"m3\\u0002\\\"é\\\"\""), std::string::npos);
    EXPECT_NE(json.find("\"at\": \"corpus/ру \\\"quoted\\\"\\\\dir.yaml:4:35\""), std::string::npos)
        << "columns count characters, not bytes";
    EXPECT_NE(json.find("\"value\": \"{red, blue}\""), std::string::npos);
}

TEST(JsonReport, EveryRunGivesTheSameBytes) {
    LargeReport fx;
    std::string first = fx.render("json");
    for (int run = 0; run < 5; ++run) EXPECT_EQ(fx.render("json"), first);
}

TEST(JsonReport, NoFindingsAndNoInputs) {
    testing::ReportFixture fx;
    fx.result.findings.clear();
    fx.inputs.clear();
    std::string json = fx.render("json");
    EXPECT_EQ(json, reference_json(fx.report()));
    EXPECT_NE(json.find("\"inputs\": [],"), std::string::npos);
    EXPECT_NE(json.find("\"findings\": []\n}\n"), std::string::npos);
}

}  // namespace
}  // namespace lexcheck
