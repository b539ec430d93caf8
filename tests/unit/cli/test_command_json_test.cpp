// `lexcheck test --format json`: the tests, their failures with the explanation, and the
// coverage rows.
#include "cli_runner.hpp"
#include "json_reader.hpp"
#include "test_command_fixture.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace lexcheck::testing {
namespace {

TEST(TestCommand, JsonListsTestsFailuresAndCoverage) {
    std::string measures = std::string(kMeasures) + kUnsureMeasure;
    Fixture f("test-json", kPassingTests, measures);
    auto r = f.run({"--format", "json"});
    EXPECT_EQ(r.status, 1) << r.out << r.err;
    auto doc = parse_json(r.out);
    ASSERT_TRUE(doc) << r.out;
    EXPECT_EQ(doc->keys(), (std::vector<std::string>{"tests", "coverage", "passed", "failed"}));
    EXPECT_EQ((*doc)["passed"].number, 6);
    EXPECT_EQ((*doc)["failed"].number, 1);

    const Json& tests = (*doc)["tests"];
    ASSERT_EQ(tests.array.size(), 7u);
    const Json& first = tests.array[0];
    EXPECT_EQ(first.keys(),
              (std::vector<std::string>{"name", "kind", "as_of", "passed", "failures"}));
    EXPECT_EQ(first["name"].string, f.tests_path() + ":1 restricting workers violates Article 1");
    EXPECT_EQ(first["kind"].string, "test");
    EXPECT_EQ(first["as_of"].string, "2020-01-01");
    EXPECT_TRUE(first["passed"].boolean);
    EXPECT_TRUE(first["failures"].array.empty());
    EXPECT_EQ(tests.array[3]["as_of"].string, "2005-01-01");

    const Json& failed = tests.array[6];
    EXPECT_EQ(failed["name"].string, "ru.unsure \u2192 t.p1");
    EXPECT_EQ(failed["kind"].string, "expect");
    EXPECT_FALSE(failed["passed"].boolean);
    ASSERT_EQ(failed["failures"].array.size(), 1u);
    const Json& why = failed["failures"].array[0];
    EXPECT_EQ(why.keys(),
              (std::vector<std::string>{"provision", "expected", "actual", "explanation"}));
    EXPECT_EQ(why["provision"].string, "t.p1");
    EXPECT_EQ(why["expected"].string, "violation");
    EXPECT_EQ(why["actual"].string, "undetermined");
    EXPECT_EQ(
        why["explanation"].string.rfind("ru.unsure against t.p1 (Article 1) as of 2020-01-01\n"
                                        "outcome: undetermined\n",
                                        0),
        0u)
        << why["explanation"].string;

    const Json& coverage = (*doc)["coverage"];
    EXPECT_EQ(coverage.keys(), (std::vector<std::string>{"covered", "total", "percent", "rows"}));
    EXPECT_EQ(coverage["covered"].number, 9);
    EXPECT_EQ(coverage["total"].number, 12);
    EXPECT_EQ(coverage["percent"].string, "75.0");
    std::map<std::string, std::string> rows;
    for (const Json& row : coverage["rows"].array) {
        EXPECT_EQ(row.keys(), (std::vector<std::string>{"row", "kind", "instrument", "reached"}));
        std::string reached;
        for (const Json& o : row["reached"].array)
            reached += (reached.empty() ? "" : ",") + o.string;
        rows[row["row"].string] =
            row["kind"].string + " " + row["instrument"].string + " " + reached;
    }
    std::map<std::string, std::string> want = {
        {"t.late", "provision t "},
        {"t.p1", "provision t violation,compliant,undetermined"},
        {"t.p1#unless1", "unless t violation,compliant,undetermined"},
        {"t.p1_order", "exception t violation,compliant,undetermined"},
    };
    EXPECT_EQ(rows, want);
}

}  // namespace
}  // namespace lexcheck::testing
