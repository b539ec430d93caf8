// What the HTML and Markdown reports quote once: here, the facts to annotate.
#include "quoted.hpp"

#include "report_fixture.hpp"

#include <gtest/gtest.h>

namespace lexcheck::reports::detail {
namespace {

TEST(FactsToAnnotate, ListsWhatUndeterminedAndContestedFindingsMissOnceSorted) {
    testing::ReportFixture fx;
    std::vector<core::Finding>& findings = fx.result.findings;
    ASSERT_EQ(findings[0].outcome, core::Outcome::undetermined);
    findings[0].missing_facts = {"kind", "banned"};
    findings[2].missing_facts = {"only.in.a.violation"};
    findings[3].outcome = core::Outcome::contested;
    findings[3].missing_facts = {"banned", "area"};
    EXPECT_EQ(facts_to_annotate(fx.report()), (std::vector<std::string>{"area", "banned", "kind"}));
    EXPECT_TRUE(asks_for_facts(findings[0]));
    EXPECT_FALSE(asks_for_facts(findings[2]));
    EXPECT_TRUE(asks_for_facts(findings[3]));
}

}  // namespace
}  // namespace lexcheck::reports::detail
