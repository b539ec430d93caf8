// The Markdown report on a hand-built report: no raw HTML, escaped user text, well-formed
// GFM tables, the same findings as the other formats.
#include "report_fixture.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace lexcheck {
namespace {

/// Unescaped `|` outside code spans: the cell separators GFM sees
std::size_t cell_bars(const std::string& line) {
    std::size_t n = 0;
    bool code = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\') {
            ++i;
            continue;
        }
        if (line[i] == '`') code = !code;
        if (line[i] == '|' && !code) ++n;
    }
    return n;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

TEST(MarkdownReport, UserTextNeverBecomesHtml) {
    testing::ReportFixture fx;
    std::string md = fx.render("md");
    for (std::string line : lines_of(md)) {
        // The report's own markup: the `<details>` that folds each trace.
        for (const char* own : {"<details><summary>", "</summary>", "</details>"}) {
            for (auto at = line.find(own); at != std::string::npos; at = line.find(own))
                line.erase(at, std::string_view(own).size());
        }
        bool code = false;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '\\') {
                ++i;
                continue;
            }
            if (line[i] == '`') code = !code;
            EXPECT_FALSE(line[i] == '<' && !code) << "raw `<` in: " << line;
        }
    }
    EXPECT_NE(md.find("No \\<script\\>alert(1)\\</script\\> bans \\| at all."), std::string::npos);
    EXPECT_NE(md.find("note = \"\\<script\\>x\\</script\\>\""), std::string::npos);
    // Labels (LANGUAGE.md §13) are user text too.
    EXPECT_NE(md.find("- The measure falls under the prohibition in Art 1 (\u201cbans "
                      "workers\u201d): the \\<b\\>measure\\</b\\> bans \\& \"quotes\" \\| "
                      "\\`ticks\\` \\*stars\\*; it \\<script\\>covers\\</script\\> "
                      "\\[workers\\](x).\n"),
              std::string::npos)
        << md;
}

TEST(MarkdownReport, TablesHaveOneCellCountPerTable) {
    testing::ReportFixture fx;
    std::size_t expected = 0, tables = 0;
    for (const std::string& line : lines_of(fx.render("md"))) {
        if (line.empty() || line[0] != '|') {
            expected = 0;
            continue;
        }
        if (expected == 0) {
            expected = cell_bars(line);
            ++tables;
        }
        EXPECT_EQ(cell_bars(line), expected) << line;
    }
    EXPECT_GE(tables, 7u);  // Provenance, summary, matrix, overlap x2, one per measure
}

TEST(MarkdownReport, ListsEveryFindingWithItsOutcome) {
    testing::ReportFixture fx;
    std::string md = fx.render("md");
    EXPECT_NE(md.find("#### \u2717 Violation: `t.p1` Art 1"), std::string::npos);
    // s is soft law: an advisory violation is titled and worded as what it is.
    EXPECT_NE(md.find("#### \u2717 Would violate (advisory): `s.g1` G 1"), std::string::npos);
    EXPECT_NE(md.find("The measure would violate G 1 if RU were bound ([G 1](#provision-sg1))."),
              std::string::npos);
    EXPECT_NE(md.find("#### \u2713 Compliant: `t.p2` Art 2"), std::string::npos);
    EXPECT_NE(md.find("#### ? Undetermined: `t.p1` Art 1"), std::string::npos);
    EXPECT_NE(md.find("*advisory* \u2014 s is soft law and binds no state"), std::string::npos);
    EXPECT_NE(md.find("\n### Provision `s.g1`\n"), std::string::npos);
    EXPECT_NE(md.find("<details><summary>Full trace (1 step)</summary>\n\n1. **prohibits**: "),
              std::string::npos)
        << "the trace follows, folded";
    EXPECT_NE(md.find("- `banned` \u2014 the measure bans"), std::string::npos);
    EXPECT_NE(md.find("| \u2717 Violation | 2 | 1 | 1 |"), std::string::npos);
    EXPECT_NE(md.find("[`ru.m1`](#measure-rum1)"), std::string::npos);
    EXPECT_NE(md.find("### Measure `ru.m1`"), std::string::npos);
}

TEST(MarkdownReport, QuotesTheLinkedAknElementAfterTheRuleText) {
    testing::ReportFixture fx;
    for (core::Provision& p : fx.rules.provisions) {
        if (p.id.text != "t.p1") continue;
        p.source = core::SourceLink{
            "t.akn.xml", {"art_1__para_1", {}}, {}, "rules/t.akn.xml", "1. No bans."};
    }
    std::string md = fx.render("md");
    EXPECT_NE(md.find("Akoma Ntoso: `rules/t.akn.xml` eId `art_1__para_1`, which reads:\n\n> "
                      "1\\. No bans."),
              std::string::npos)
        << md;
    EXPECT_EQ(md.find("No bans"), md.rfind("No bans")) << "quoted once";
}

TEST(MarkdownReport, ExecutiveSummaryListsBindingFindingsMostSevereFirst) {
    testing::ReportFixture fx;
    // RU's compliant finding under t.p2 made contested under a critical provision: it comes
    // before the binding violation under t.p1 (high) though it follows it in finding order.
    fx.rules.provisions[1].severity = core::ProvisionSeverity::critical;
    fx.result.findings[3].outcome = core::Outcome::contested;
    std::string md = fx.render("md");
    const auto regime = md.find("\n### RU under Treaty");
    ASSERT_NE(regime, std::string::npos) << md;
    const std::string part = md.substr(regime, md.find("\n### ", regime + 1) - regime);
    const auto contested = part.find("- **critical** ");
    const auto violation = part.find("- **high** ");
    ASSERT_NE(contested, std::string::npos) << part;
    ASSERT_NE(violation, std::string::npos) << part;
    EXPECT_LT(contested, violation) << part;
    EXPECT_NE(part.find("is contested under Art 2", contested), std::string::npos) << part;
}

TEST(MarkdownReport, SameInputGivesSameBytes) {
    testing::ReportFixture fx;
    std::string first = fx.render("md");
    EXPECT_EQ(first, fx.render("md"));
    EXPECT_EQ(first.find("Generated"), std::string::npos);
    fx.timestamp = "2024-05-06T07:08:09Z";
    EXPECT_NE(fx.render("md").find("- **Generated:** 2024-05-06T07:08:09Z"), std::string::npos);
}

}  // namespace
}  // namespace lexcheck
