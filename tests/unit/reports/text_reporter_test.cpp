// The text report and SARIF's result messages give each finding's reasons in words
// (LANGUAGE.md §13), not the bare outcome.
#include "report_fixture.hpp"

#include <gtest/gtest.h>

namespace lexcheck {
namespace {

constexpr const char* kBreach =
    "The measure falls under the prohibition in Art 1 (\u201cbans workers\u201d): the <b>measure"
    "</b> bans & \"quotes\" | `ticks` *stars*; it <script>covers</script> [workers](x).";

TEST(TextReport, GivesTheReasonsUnderEachFinding) {
    testing::ReportFixture fx;
    std::string text = fx.render("text");
    EXPECT_NE(text.find(std::string("  VIOLATION  binding  t.p1  Art 1 (high)\n"
                                    "      RU is a party to t since 2000-01-01\n      ") +
                        kBreach + "\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("  UNDETERMINED  advisory  t.p1  Art 1 (high)\n"
                        "      KZ is not a party to t\n"
                        "      Whether the measure falls under the prohibition in Art 1 "
                        "(\u201cbans workers\u201d) is not known: it is not known whether the "
                        "<b>measure</b> bans & \"quotes\" | `ticks` *stars*.\n"
                        "      missing facts: banned\n"),
              std::string::npos)
        << text;
}

TEST(SarifReport, MessageGivesTheVerdictAndTheReasons) {
    testing::ReportFixture fx;
    std::string sarif = fx.render("sarif");
    EXPECT_NE(sarif.find("\"text\": \"Whether kz.m2 complies with t.p1 (Art 1) is undetermined. "
                         "Whether the measure falls under the prohibition in Art 1 (\u201cbans "
                         "workers\u201d) is not known: it is not known whether the <b>measure</b> "
                         "bans & \\\"quotes\\\" | `ticks` *stars*. State these facts of the "
                         "measure to decide it: banned. advisory: KZ is not a party to t.\""),
              std::string::npos)
        << sarif;
    std::string breach = kBreach;  // as a JSON string
    for (auto at = breach.find('"'); at != std::string::npos; at = breach.find('"', at + 2))
        breach.insert(at, "\\");
    const auto violation = sarif.find("\"text\": \"ru.m1 (Art <1>) violates t.p1");
    ASSERT_NE(violation, std::string::npos) << sarif;
    EXPECT_EQ(sarif.find(breach, violation), sarif.find(". " + breach, violation) + 2) << sarif;
}

}  // namespace
}  // namespace lexcheck
