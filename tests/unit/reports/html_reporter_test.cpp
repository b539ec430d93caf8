// The HTML audit report on a hand-built report: escaping, self-containment, determinism,
// the data the filters and the browser test read.
#include "report_fixture.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>

namespace lexcheck {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

TEST(HtmlReport, UserTextWithScriptAppearsAsText) {
    testing::ReportFixture fx;
    std::string html = fx.render("html");
    EXPECT_EQ(count(html, "<script"), 1u) << "only the report's own script element";
    EXPECT_NE(html.find("No &lt;script&gt;alert(1)&lt;/script&gt; bans"), std::string::npos);
    EXPECT_NE(html.find("note = &quot;&lt;script&gt;x&lt;/script&gt;&quot;"), std::string::npos);
    EXPECT_NE(html.find("Art &lt;1&gt;"), std::string::npos);
    EXPECT_NE(html.find("Workers are &lt;b&gt;banned&lt;/b&gt;."), std::string::npos);
    EXPECT_NE(html.find("Treaty &lt;T&gt; (t): treaty, regional"), std::string::npos);
}

/// Links t.p1 to an Akoma Ntoso element, as the loader does for `source FILE EID`
void link_source(testing::ReportFixture& fx) {
    for (core::Provision& p : fx.rules.provisions) {
        if (p.id.text != "t.p1") continue;
        core::SourceLink link;
        link.file = "t.akn.xml";
        link.eid.text = "art_1__para_1";
        link.resolved_path = "rules/t.akn.xml";
        link.quoted_text = "1. No <b>bans</b> on workers.";
        p.source = link;
    }
}

TEST(HtmlReport, QuotesTheLinkedAknElementBesideTheRuleText) {
    testing::ReportFixture fx;
    link_source(fx);
    std::string html = fx.render("html");
    EXPECT_NE(html.find("Akoma Ntoso: <code>rules/t.akn.xml</code> eId "
                        "<code>art_1__para_1</code>, which reads:</p>\n"
                        "<blockquote class=\"quote akn\">1. No &lt;b&gt;bans&lt;/b&gt; on "
                        "workers.</blockquote>"),
              std::string::npos);
    EXPECT_NE(html.find("No &lt;script&gt;alert(1)&lt;/script&gt; bans"), std::string::npos)
        << "the rule text stays";
}

TEST(HtmlReport, AnAknTextThatReadsLikeTheRuleTextIsNotQuotedAgain) {
    testing::ReportFixture fx;
    link_source(fx);
    fx.rules.provisions[0].source->quoted_text = "No <script>alert(1)</script>\n  bans | at all.";
    std::string html = fx.render("html");
    EXPECT_NE(html.find("<code>art_1__para_1</code>, the same text</p>"), std::string::npos);
    EXPECT_EQ(html.find("class=\"quote akn\""), std::string::npos);
}

TEST(HtmlReport, QuotesEachProvisionAndMeasureOnceAndLinksToThem) {
    testing::ReportFixture fx;
    std::string html = fx.render("html");
    EXPECT_EQ(count(html, "No &lt;script&gt;alert(1)&lt;/script&gt; bans | at all."), 1u)
        << "t.p1 has two findings; its text is quoted once";
    EXPECT_EQ(count(html, "Workers are &lt;b&gt;banned&lt;/b&gt;."), 1u)
        << "ru.m1 has three findings; its text is quoted once";
    EXPECT_EQ(count(html, "<a href=\"#p-t.p1\">Art 1</a>"), 2u) << "each finding links to it";
    EXPECT_NE(html.find("<article class=\"provision\" id=\"p-t.p1\">"), std::string::npos);
}

TEST(HtmlReport, ReasonsComeBeforeTheFoldedTraceWhichPrintLeavesOut) {
    testing::ReportFixture fx;
    std::string html = fx.render("html");
    std::size_t finding = html.find("<section class=\"finding o-violation\" id=\"f-ru.m1__t.p1\"");
    ASSERT_NE(finding, std::string::npos);
    std::size_t reasons = html.find("<ul class=\"reasons\">", finding);
    std::size_t trace =
        html.find("<details class=\"trace\"><summary>Full trace (1 step)</summary>", finding);
    ASSERT_NE(reasons, std::string::npos);
    ASSERT_NE(trace, std::string::npos);
    EXPECT_LT(reasons, trace);
    EXPECT_NE(html.find("@media print { details.trace { display: none; } }"), std::string::npos);
    EXPECT_NE(html.find("@bottom-right { content: \"Page \" counter(page) \" of \" "
                        "counter(pages);"),
              std::string::npos);
    EXPECT_NE(html.find("@top-right { content: \"as of 2020-01-01\";"), std::string::npos);
    fx.print_traces = true;
    std::string printed = fx.render("html");
    EXPECT_EQ(printed.find("details.trace { display: none; }"), std::string::npos);
    EXPECT_NE(printed.find("details.trace::details-content { content-visibility: visible;"),
              std::string::npos);
}

TEST(HtmlReport, LabelsFromRuleFilesAreEscaped) {
    testing::ReportFixture fx;
    std::string html = fx.render("html");
    EXPECT_NE(
        html.find("<li class=\"d0\">The measure falls under the prohibition in Art 1 "
                  "(\u201cbans workers\u201d): the &lt;b&gt;measure&lt;/b&gt; bans &amp; "
                  "&quot;quotes&quot; | `ticks` *stars*; it &lt;script&gt;covers&lt;/script&gt; "
                  "[workers](x).</li>"),
        std::string::npos);
    EXPECT_EQ(count(html, "<script"), 1u) << "only the report's own script element";
    EXPECT_EQ(html.find("<b>measure"), std::string::npos);
}

TEST(HtmlReport, IsSelfContained) {
    testing::ReportFixture fx;
    std::string html = fx.render("html");
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    for (const char* banned : {"<link", " src=", "url(", "@import", "<iframe", "<img"}) {
        EXPECT_EQ(html.find(banned), std::string::npos) << banned;
    }
    std::regex url("https?://[^\"' ]+");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), url);
         it != std::sregex_iterator(); ++it) {
        EXPECT_EQ(it->str(), "http://www.w3.org/2000/svg") << "network reference " << it->str();
    }
    EXPECT_NE(html.find("@media print"), std::string::npos);
}

TEST(HtmlReport, SameInputGivesSameBytesAndNoClockWithoutTimestamp) {
    testing::ReportFixture fx;
    std::string first = fx.render("html");
    EXPECT_EQ(first, fx.render("html"));
    EXPECT_EQ(first.find("Generated"), std::string::npos);
    fx.timestamp = "2024-05-06T07:08:09Z";
    std::string stamped = fx.render("html");
    EXPECT_NE(stamped.find("<dt>Generated</dt><dd><time datetime=\"2024-05-06T07:08:09Z\">"),
              std::string::npos);
}

TEST(HtmlReport, SummaryCountsCarryDataAttributes) {
    testing::ReportFixture fx;
    std::string html = fx.render("html");
    EXPECT_NE(html.find("data-outcome=\"violation\" data-kind=\"total\" data-count=\"2\""),
              std::string::npos);
    EXPECT_NE(html.find("data-outcome=\"violation\" data-kind=\"binding\" data-count=\"1\""),
              std::string::npos);
    EXPECT_NE(html.find("data-outcome=\"undetermined\" data-kind=\"advisory\" data-count=\"1\""),
              std::string::npos);
    EXPECT_NE(html.find("data-outcome=\"compliant\" data-kind=\"binding\" data-count=\"1\""),
              std::string::npos);
    // Two not-applicable pairs are counted but none is listed: no split to show.
    EXPECT_NE(html.find("data-outcome=\"not_applicable\" data-kind=\"binding\">"),
              std::string::npos);
}

TEST(HtmlReport, EveryInternalLinkHasItsTarget) {
    testing::ReportFixture fx;
    std::string html = fx.render("html");
    std::set<std::string> ids;
    std::regex id(" id=\"([^\"]+)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), id); it != std::sregex_iterator();
         ++it) {
        EXPECT_TRUE(ids.insert((*it)[1]).second) << "duplicate id " << (*it)[1];
    }
    std::regex href("href=\"#([^\"]+)\"");
    std::size_t links = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href);
         it != std::sregex_iterator(); ++it, ++links) {
        EXPECT_TRUE(ids.count((*it)[1])) << "dangling link #" << (*it)[1];
    }
    EXPECT_GT(links, 10u);
}

TEST(HtmlReport, FindingsCarryWhatTheFiltersRead) {
    testing::ReportFixture fx;
    std::string html = fx.render("html");
    EXPECT_EQ(count(html, "<section class=\"finding "), 4u);
    EXPECT_NE(html.find("data-finding data-outcome=\"undetermined\" data-binding=\"advisory\" "
                        "data-jurisdiction=\"KZ\" data-instrument=\"t\""),
              std::string::npos);
    EXPECT_NE(
        html.find("<button type=\"button\" aria-pressed=\"true\" data-outcome=\"violation\">"),
        std::string::npos);
    EXPECT_NE(html.find("<option value=\"KZ\">KZ</option><option value=\"RU\">RU</option>"),
              std::string::npos);
}

TEST(HtmlReport, ExplainsBindingAndWhatToAnnotate) {
    testing::ReportFixture fx;
    std::string html = fx.render("html");
    EXPECT_NE(html.find("RU is a party to t since 2000-01-01"), std::string::npos);
    EXPECT_NE(html.find("s is soft law and binds no state"), std::string::npos);
    EXPECT_NE(html.find("KZ is not a party to t"), std::string::npos);
    EXPECT_NE(html.find("Facts to annotate"), std::string::npos);
    EXPECT_NE(html.find("<dt id=\"fact-banned\"><code>banned</code></dt><dd>the measure "
                        "bans</dd>"),
              std::string::npos)
        << "each fact's description once, in the list of facts to annotate";
    EXPECT_NE(html.find("<strong>Facts to annotate:</strong> <a href=\"#fact-banned\">"),
              std::string::npos);
    EXPECT_NE(html.find("banned is not stated"), std::string::npos);
    EXPECT_NE(html.find("FRBR expression</dt><dd><code>/akn/ru/act/law/2000/1/eng@/!main</code>"),
              std::string::npos);
    EXPECT_NE(html.find("class=\"badge wording w-paraphrase\""), std::string::npos);
}

/// The fixture with RU's compliant finding under t.p2 made a contested one under a critical
/// provision: in the executive summary it must come before the binding violation under t.p1
/// (high), although it follows it in finding order.
void make_critical_contested(testing::ReportFixture& fx) {
    fx.rules.provisions[1].severity = core::ProvisionSeverity::critical;
    fx.result.findings[3].outcome = core::Outcome::contested;
}

TEST(HtmlReport, ExecutiveSummaryListsBindingFindingsMostSevereFirst) {
    testing::ReportFixture fx;
    make_critical_contested(fx);
    std::string html = fx.render("html");
    const std::string executive =
        html.substr(html.find("<section id=\"executive\""),
                    html.find("<section id=\"summary\"") - html.find("<section id=\"executive\""));
    const auto regime = executive.find("RU under Treaty &lt;T&gt;");
    ASSERT_NE(regime, std::string::npos) << executive;
    const auto contested = executive.find("href=\"#f-ru.m1__t.p2\"", regime);
    const auto violation = executive.find("href=\"#f-ru.m1__t.p1\"", regime);
    ASSERT_NE(contested, std::string::npos) << executive;
    ASSERT_NE(violation, std::string::npos) << executive;
    EXPECT_LT(contested, violation) << executive;
}

TEST(HtmlReport, SeeLinksPointAtTheOtherFinding) {
    testing::ReportFixture fx;
    std::string html = fx.render("html");
    EXPECT_NE(
        html.find(
            "<strong>See also:</strong> <a href=\"#f-ru.m1__t.p2\"><code>t.p2</code></a> Art 2"),
        std::string::npos);
}

TEST(HtmlReport, ElementsAreBalanced) {
    testing::ReportFixture fx;
    std::string html = fx.render("html");
    for (const char* tag : {"section", "article", "table", "dl", "ol", "ul", "figure", "blockquote",
                            "svg", "a", "h4"}) {
        EXPECT_EQ(
            count(html, std::string("<") + tag + " ") + count(html, std::string("<") + tag + ">"),
            count(html, std::string("</") + tag + ">"))
            << tag;
    }
}

}  // namespace
}  // namespace lexcheck
