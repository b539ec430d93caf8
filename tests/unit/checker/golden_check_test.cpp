// LANGUAGE.md §5 conformance: every tests/golden/check/*.case is one test. A case gives
// rules, measures and an as-of date, and lists every finding it expects (including
// not_applicable ones); the check runs with 1 and 4 threads and both must match. A case with
// an `errors` section instead lists the diagnostics that loading its inputs must give.
#include "golden_case.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

namespace lexcheck {
namespace {

namespace fs = std::filesystem;

/// ` missing=a,b` when there are missing facts
std::string missing_text(const std::vector<std::string>& missing) {
    std::string out;
    for (std::size_t i = 0; i < missing.size(); ++i) out += (i ? "," : " missing=") + missing[i];
    return out;
}

/// One line per finding: measure provision outcome binding|advisory [toward=A,B]
/// [defeated_by=…] [missing=a,b] [reason=…]; a contested finding adds one line per assignment:
/// `  under POINT=READING,…: outcome [defeated_by=…] [missing=…]` (LANGUAGE.md §8)
std::string describe(const core::RuleSet& rules, const core::Corpus& corpus,
                     const checker::CheckResult& result) {
    std::ostringstream out;
    for (const core::Finding& f : result.findings) {
        out << corpus.measures[f.measure].id << " " << rules.provisions[f.provision].id.text << " "
            << core::outcome_name(f.outcome) << " " << (f.binding ? "binding" : "advisory");
        if (f.binding_toward) {
            out << " toward=";
            for (std::size_t i = 0; i < f.binding_toward->size(); ++i)
                out << (i ? "," : "") << (*f.binding_toward)[i];
        }
        if (!f.defeated_by.empty()) out << " defeated_by=" << f.defeated_by;
        out << missing_text(f.missing_facts);
        if (f.reason != core::Reason::none) out << " reason=" << core::reason_name(f.reason);
        out << "\n";
        for (const core::ReadingOutcome& a : f.readings) {
            out << "  under";
            for (std::size_t i = 0; i < a.chosen.size(); ++i) {
                const core::ChosenReading& c = a.chosen[i];
                out << (i ? "," : " ") << rules.provisions[c.provision].id.text << "="
                    << (c.reading == core::kNone ? "primary" : rules.readings[c.reading].id.text);
            }
            out << ": " << core::outcome_name(a.outcome);
            if (!a.defeated_by.empty()) out << " defeated_by=" << a.defeated_by;
            out << missing_text(a.missing_facts) << "\n";
        }
    }
    return out.str();
}

/// `fail_on violation=0 contested=1 undetermined=1 never=0`: whether each `--fail-on` level
/// is reached (LANGUAGE.md §6, §8)
std::string fail_on_text(const checker::Summary& s) {
    std::string out = "fail_on";
    for (const char* level : {"violation", "contested", "undetermined", "never"})
        out += std::string(" ") + level + "=" + (checker::fails(s, level) ? "1" : "0");
    return out + "\n";
}

/// One line per diagnostic, `FILE:LINE:COL: severity[code]: message` (FILE relative to the
/// case's folder) and its help line: the errors a case with an `errors` section expects instead of
/// findings
std::string describe_diagnostics(const core::SourceManager& sources,
                                 const core::DiagnosticSink& sink, const fs::path& dir) {
    std::string out;
    const std::string prefix = dir.string() + "/";
    for (const core::Diagnostic& d : sink.sorted(sources)) {
        std::string at = d.primary ? sources.location(*d.primary) : "";
        if (at.starts_with(prefix)) at = at.substr(prefix.size());
        out += at + ": " + (d.severity == core::Severity::error ? "error" : "warning") + "[" +
               d.code + "]: " + d.message + "\n";
        if (d.help) out += "  help: " + *d.help + "\n";
    }
    return out;
}

/// Rewrites the section after `--- NAME` (the last one of the file) with `got`
void update_section(const fs::path& file, const std::string& name, const std::string& got) {
    std::string text = testing::read_text(file);
    auto at = text.find("--- " + name);
    testing::write_text(file, text.substr(0, at) + "--- " + name + "\n" + got);
}

class GoldenCheck : public ::testing::TestWithParam<fs::path> {};

TEST_P(GoldenCheck, MatchesExpectedFindings) {
    testing::GoldenCase c = testing::read_golden_case(GetParam());
    fs::path dir = fs::temp_directory_path() / ("lexcheck-golden-" + c.name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    testing::write_text(dir / "rules.lex", c.sections["rules"]);
    testing::write_text(dir / "measures.yaml", c.sections["measures"]);

    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    core::DiagnosticSink sink;
    parser::load_rule_set({(dir / "rules.lex").string()}, sources, rules, sink);
    if (!sink.has_errors())
        parser::load_corpus({(dir / "measures.yaml").string()}, rules.schema, sources, corpus, sink,
                            1);
    if (c.sections.count("errors")) {  // A case of input errors: nothing is checked
        std::string got = describe_diagnostics(sources, sink, dir);
        if (testing::update_golden()) return update_section(GetParam(), "errors", got);
        EXPECT_EQ(got, c.sections["errors"]);
        fs::remove_all(dir);
        return;
    }
    std::string errors;
    for (const auto& d : sink.sorted(sources)) errors += core::render_diagnostic(sources, d, false);
    ASSERT_FALSE(sink.has_errors()) << errors;

    checker::CheckOptions options;
    options.as_of = *core::parse_date(c.arguments["as_of"]);
    options.include_not_applicable = true;
    options.threads = 1;
    auto one = checker::check(rules, corpus, sources, options);
    options.threads = 4;
    auto four = checker::check(rules, corpus, sources, options);
    std::string got = describe(rules, corpus, one);
    EXPECT_EQ(got, describe(rules, corpus, four)) << "thread count changed the findings";
    if (c.arguments.count("fail_on")) got += fail_on_text(one.summary);
    if (testing::update_golden()) return update_section(GetParam(), "want", got);
    EXPECT_EQ(got, c.sections["want"]);
    fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, GoldenCheck,
    ::testing::ValuesIn(testing::golden_files(fs::path(LEXCHECK_TEST_DIR) / "golden/check",
                                              ".case")),
    [](const ::testing::TestParamInfo<fs::path>& info) { return testing::test_name(info.param); });

}  // namespace
}  // namespace lexcheck
