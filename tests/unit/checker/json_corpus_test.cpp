// JSON and JSON Lines measure files (simdjson fast path): the same measures as YAML give the
// same findings, and on the same text the fast path returns exactly what the YAML reader
// returns, spans included; anything unusual falls back to the YAML reader's diagnostics.
#include "lexcheck/checker/check.hpp"
#include "lexcheck/parser/load.hpp"
#include "lexcheck/parser/measures.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace lexcheck;

constexpr const char* kRules = R"(
instrument t "T" { kind treaty origin universal in_force 2000-01-01 party RU from 2000-01-01 }
vocabulary v {
  enum measure_kind { entry_ban, expulsion }
  enum person { eaeu_worker, family_member }
  fact kind : measure_kind "kind"
  fact applies_to : set<person> "who"
  fact ban.duration : duration "how long"
  fact trigger.offence_count : int "offences"
  fact fee : number "fee"
  fact adopted : date "adopted"
  fact urgent : bool "urgent"
  fact note : text "note"
}
provision t.p { of t cite "1" text "1" scope kind == entry_ban
  prohibits applies_to has eaeu_worker and ban.duration > 1y
  unless urgent or fee > 10.5 }
provision t.q { of t cite "2" text "2" requires trigger.offence_count >= 2 and adopted < 2015-01-01 }
)";

constexpr const char* kYaml = R"(document:
  jurisdiction: RU
  title: "Law"
measures:
  - id: a1
    cite: "Art 1"
    in_force: 2010-01-01
    facts:
      kind: entry_ban
      applies_to: [eaeu_worker, family_member]
      ban: { duration: 3y }
      trigger.offence_count: 2
      fee: 12.25
      adopted: 2014-01-13
      urgent: false
      note: "n"
    expect:
      t.p: compliant
  - id: a2
    wording: paraphrase
    facts:
      kind: entry_ban
      applies_to: [eaeu_worker]
      ban.duration: 400d
  - id: a3
    jurisdiction: KZ
    facts:
      kind: expulsion
)";

constexpr const char* kJson = R"({"document": {"jurisdiction": "RU", "title": "Law"},
 "measures": [
  {"id": "a1", "cite": "Art 1", "in_force": "2010-01-01",
   "facts": {"kind": "entry_ban", "applies_to": ["eaeu_worker", "family_member"],
             "ban": {"duration": "3y"}, "trigger.offence_count": 2, "fee": 12.25,
             "adopted": "2014-01-13", "urgent": false, "note": "n"},
   "expect": {"t.p": "compliant"}},
  {"id": "a2", "wording": "paraphrase",
   "facts": {"kind": "entry_ban", "applies_to": ["eaeu_worker"], "ban.duration": "400d"}},
  {"id": "a3", "jurisdiction": "KZ", "facts": {"kind": "expulsion"}}
 ]}
)";

constexpr const char* kJsonl =
    R"({"id": "a1", "jurisdiction": "RU", "title": "Law", "cite": "Art 1", "in_force": "2010-01-01", "facts": {"kind": "entry_ban", "applies_to": ["eaeu_worker", "family_member"], "ban": {"duration": "3y"}, "trigger.offence_count": 2, "fee": 12.25, "adopted": "2014-01-13", "urgent": false, "note": "n"}, "expect": {"t.p": "compliant"}}

{"id": "a2", "jurisdiction": "RU", "title": "Law", "wording": "paraphrase", "facts": {"kind": "entry_ban", "applies_to": ["eaeu_worker"], "ban.duration": "400d"}}
{"id": "a3", "jurisdiction": "KZ", "title": "Law", "facts": {"kind": "expulsion"}}
)";

class JsonCorpus : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("lexcheck_json_test_" + std::to_string(::getpid()));
        fs::create_directories(dir_ / "rules");
        write("rules/r.lex", kRules);
        core::DiagnosticSink sink;
        parser::load_rule_set({(dir_ / "rules").string()}, sources_, rules_, sink);
        ASSERT_FALSE(sink.has_errors());
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string write(const std::string& name, const std::string& text) {
        fs::path p = dir_ / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }

    parser::MeasureFile parse(const std::string& name, const std::string& text,
                              core::DiagnosticSink& sink) {
        core::SourceId id = sources_.add(write(name, text), text);
        return parser::parse_measure_file(sources_, id, rules_.schema, sink);
    }

    /// Outcome, defeated_by, missing facts and the trace's conditions and values
    std::string findings(const std::string& corpus_dir) {
        core::Corpus corpus;
        core::DiagnosticSink sink;
        parser::load_corpus({(dir_ / corpus_dir).string()}, rules_.schema, sources_, corpus, sink,
                            1);
        EXPECT_FALSE(sink.has_errors());
        checker::CheckOptions o;
        o.as_of = *core::parse_date("2020-01-01");
        o.include_not_applicable = true;
        auto r = checker::check(rules_, corpus, sources_, o);
        std::string out;
        for (const core::Finding& f : r.findings) {
            out += corpus.measures[f.measure].id + " " + rules_.provisions[f.provision].id.text +
                   " " + std::string(core::outcome_name(f.outcome)) + " " + f.defeated_by;
            for (const auto& m : f.missing_facts) out += " missing=" + m;
            for (const auto& s : f.trace)
                out += " [" + std::string(s.condition) + "=" +
                       std::string(core::truth_name(s.value)) + "]";
            out += "\n";
        }
        return out;
    }

    fs::path dir_;
    core::SourceManager sources_;
    core::RuleSet rules_;
};

void expect_same_spans(const core::SourceSpan& a, const core::SourceSpan& b,
                       const std::string& what) {
    EXPECT_EQ(a.begin, b.begin) << what;
    EXPECT_EQ(a.end, b.end) << what;
}

void expect_same(const parser::MeasureFile& fast, const parser::MeasureFile& yaml, bool spans) {
    ASSERT_EQ(fast.measures.size(), yaml.measures.size());
    for (std::size_t i = 0; i < fast.measures.size(); ++i) {
        const core::Measure& a = fast.measures[i];
        const core::Measure& b = yaml.measures[i];
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.jurisdiction, b.jurisdiction);
        EXPECT_EQ(a.title, b.title);
        EXPECT_EQ(a.cite, b.cite);
        EXPECT_EQ(a.wording, b.wording);
        EXPECT_EQ(a.in_force, b.in_force);
        EXPECT_EQ(a.until, b.until);
        EXPECT_EQ(a.eid, b.eid);
        ASSERT_EQ(a.facts.size(), b.facts.size()) << a.id;
        for (std::size_t k = 0; k < a.facts.size(); ++k) {
            EXPECT_EQ(a.facts[k].fact, b.facts[k].fact);
            EXPECT_TRUE(a.facts[k].value == b.facts[k].value)
                << a.id << " fact " << a.facts[k].fact;
            if (spans) expect_same_spans(a.facts[k].at, b.facts[k].at, a.id + " fact value");
        }
        ASSERT_EQ(a.expects.size(), b.expects.size());
        for (std::size_t k = 0; k < a.expects.size(); ++k) {
            EXPECT_EQ(a.expects[k].provision, b.expects[k].provision);
            EXPECT_EQ(a.expects[k].outcome, b.expects[k].outcome);
            if (spans) expect_same_spans(a.expects[k].span, b.expects[k].span, a.id + " expect");
        }
        if (spans) expect_same_spans(a.span, b.span, a.id + " id");
    }
    EXPECT_EQ(fast.akn_paths, yaml.akn_paths);
}

TEST_F(JsonCorpus, FastPathReturnsWhatTheYamlReaderReturnsOnTheSameText) {
    core::DiagnosticSink sink;
    auto fast = parse("same.json", kJson, sink);
    auto yaml = parse("same.yaml", kJson, sink);  // JSON is YAML: the YAML reader on the same bytes
    EXPECT_FALSE(sink.has_errors());
    EXPECT_EQ(fast.measures.size(), 3u);
    expect_same(fast, yaml, true);
}

TEST_F(JsonCorpus, JsonAndJsonLinesReadTheSameMeasuresAsYaml) {
    core::DiagnosticSink sink;
    auto yaml = parse("m.yaml", kYaml, sink);
    auto json = parse("m.json", kJson, sink);
    auto jsonl = parse("m.jsonl", kJsonl, sink);
    EXPECT_FALSE(sink.has_errors());
    expect_same(json, yaml, false);
    expect_same(jsonl, yaml, false);
}

TEST_F(JsonCorpus, SameFindingsFromYamlJsonAndJsonLines) {
    write("y/m.yaml", kYaml);
    write("j/m.json", kJson);
    write("l/m.jsonl", kJsonl);
    std::string from_yaml = findings("y");
    EXPECT_NE(from_yaml.find("a1 t.p compliant t.p#unless1"), std::string::npos) << from_yaml;
    EXPECT_EQ(findings("j"), from_yaml);
    EXPECT_EQ(findings("l"), from_yaml);
}

TEST_F(JsonCorpus, ProblemsAreReportedByTheYamlReaderWithPositions) {
    core::DiagnosticSink sink;
    parse("bad.json",
          R"({"measures": [{"id": "b1", "jurisdiction": "RU", "facts": {"kindd": "entry_ban"}}]})",
          sink);
    auto ds = sink.take();
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].code, "yaml_unknown_fact");
    ASSERT_TRUE(ds[0].primary);
    EXPECT_EQ(sources_.slice(*ds[0].primary), "\"kindd\"");
}

TEST_F(JsonCorpus, EscapesAndTypeMismatchesTakeTheYamlReader) {
    core::DiagnosticSink sink;
    auto escaped =
        parse("esc.json", R"({"measures": [{"id": "e\u0031", "jurisdiction": "RU"}]})", sink);
    ASSERT_EQ(escaped.measures.size(), 1u);
    EXPECT_EQ(escaped.measures[0].id, "e1");
    parse("type.jsonl",
          R"({"id": "t1", "jurisdiction": "RU", "facts": {"urgent": "yes"}})"
          "\n",
          sink);
    auto ds = sink.take();
    ASSERT_EQ(ds.size(), 1u);
    EXPECT_EQ(ds[0].code, "yaml_type_error");
}

}  // namespace
