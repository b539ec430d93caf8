#include "lexcheck/audit/delta.hpp"

#include <gtest/gtest.h>

namespace lexcheck::audit {
namespace {

using core::Outcome;

TEST(Delta, AddedRemovedChangedUnchangedSortedByProvisionThenMeasure) {
    std::vector<FindingKey> before = {{"m1", "p.art12", Outcome::violation, true},
                                      {"m1", "p.art7", Outcome::compliant, true},
                                      {"m2", "p.art7", Outcome::undetermined, true},
                                      {"m3", "p.art7", Outcome::violation, true}};
    std::vector<FindingKey> after = {{"m1", "p.art12", Outcome::violation, false},
                                     {"m1", "p.art7", Outcome::compliant, true},
                                     {"m10", "p.art7", Outcome::violation, true},
                                     {"m3", "p.art7", Outcome::compliant, true}};
    Delta d = compute_delta(before, after);
    EXPECT_EQ(d.unchanged, 1u);
    ASSERT_EQ(d.changes.size(), 4u);
    // Natural order: p.art7 before p.art12, m3 before m10.
    EXPECT_EQ(d.changes[0].key().measure, "m2");
    EXPECT_EQ(d.changes[0].kind, ChangeKind::removed);
    EXPECT_FALSE(d.changes[0].after);
    EXPECT_EQ(d.changes[1].key().measure, "m3");
    EXPECT_EQ(d.changes[1].kind, ChangeKind::changed);
    EXPECT_EQ(d.changes[2].key().measure, "m10");
    EXPECT_EQ(d.changes[2].kind, ChangeKind::added);
    EXPECT_FALSE(d.changes[2].before);
    EXPECT_EQ(d.changes[3].key().provision, "p.art12");
    EXPECT_EQ(d.changes[3].kind, ChangeKind::changed);  // binding only
    EXPECT_EQ(change_kind_name(d.changes[3].kind), "changed");
}

}  // namespace
}  // namespace lexcheck::audit
