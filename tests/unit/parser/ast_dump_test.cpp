// core::dump_rule_set: position-free, so layout changes leave it unchanged (used by fmt).
#include "lexcheck/core/ast_dump.hpp"

#include "diagnostic_matchers.hpp"

#include <gtest/gtest.h>

namespace {

using lexcheck::testing::parse_clean;

std::string dump(const std::string& src) {
    auto p = parse_clean(src);
    return lexcheck::core::dump_rule_set(p->rules, p->sources);
}

TEST(AstDump, IgnoresLayoutCommentsAndParentheses) {
    std::string compact =
        "provision a.b { of i cite \"C\" text \"T\" prohibits x and (y or not z) unless w }";
    std::string spread =
        "// comment\nprovision a.b {\n  of i\n  cite \"C\"\n  text \"T\"\n"
        "  prohibits x\n    and ((y) or not z)  /* note */\n  unless (w)\n}\n";
    EXPECT_EQ(dump(compact), dump(spread));
}

TEST(AstDump, ShowsLiteralKinds) {
    std::string out = dump("define d = a == 3 or b == 3y or c == \"3\" or d == 2020-01-01\n");
    EXPECT_NE(out.find("compare name(a) == int(3)"), std::string::npos) << out;
    EXPECT_NE(out.find("compare name(b) == duration(3y)"), std::string::npos) << out;
    EXPECT_NE(out.find("compare name(c) == string(\"3\")"), std::string::npos) << out;
    EXPECT_NE(out.find("compare name(d) == date(2020-01-01)"), std::string::npos) << out;
}

TEST(AstDump, DeepNegationNeedsNoRecursion) {
    std::string src = "define d = ";
    for (int i = 0; i < 500; ++i) src += "not ";
    std::string out = dump(src + "x\n");
    EXPECT_NE(out.find(std::string(2 * 500 + 2, ' ') + "ref x"), std::string::npos);
}

}  // namespace
