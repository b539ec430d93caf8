// `lexcheck diff --db FILE RUN RUN` (LANGUAGE.md §12 through issue 16's audit database).
#include "audit_helpers.hpp"
#include "json_reader.hpp"

#include "lexcheck/core/natural_order.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace lexcheck::testing {
namespace {

/// A canonical text of a JSON value, to compare two documents' objects
std::string dump(const Json& j) {
    switch (j.type) {
        case Json::Type::null:
            return "null";
        case Json::Type::boolean:
            return j.boolean ? "true" : "false";
        case Json::Type::number:
            return std::to_string(j.number);
        case Json::Type::string:
            return "\"" + j.string + "\"";
        case Json::Type::array: {
            std::string s = "[";
            for (const Json& e : j.array) s += dump(e) + ",";
            return s + "]";
        }
        case Json::Type::object: {
            std::string s = "{";
            for (const auto& [k, v] : j.object) s += k + ":" + dump(v) + ",";
            return s + "}";
        }
    }
    return "";
}

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(Diff, JsonIsTheDeltaOfLanguage12WithTheReportsFindingObjects) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    std::string all = dir.str() + "/all.json";
    ASSERT_EQ(run_cli(recorded_check(db, {"--only", "violation"})).status, 1);
    ASSERT_EQ(run_cli(recorded_check(db, {"--format", "json", "--output", all})).status, 1);
    CliResult diff = run_cli({"diff", "--db", db, "1", "2", "--format", "json"});
    ASSERT_EQ(diff.status, 0) << diff.err;
    auto delta = parse_json(diff.out);
    auto report = parse_json(read_all(all));
    ASSERT_TRUE(delta && report);
    EXPECT_EQ(delta->keys(), (std::vector<std::string>{"tool", "version", "as_of", "inputs",
                                                       "summary", "changes"}));
    EXPECT_EQ(dump((*delta)["inputs"]), dump((*report)["inputs"]));
    const Json& summary = (*delta)["summary"];
    std::size_t listed = (*report)["findings"].array.size();
    std::size_t violations = static_cast<std::size_t>((*report)["summary"]["violation"].number);
    EXPECT_EQ(summary["added"].number, static_cast<double>(listed - violations));
    EXPECT_EQ(summary["removed"].number, 0);
    EXPECT_EQ(summary["changed"].number, 0);
    EXPECT_EQ(summary["unchanged"].number, static_cast<double>(violations));
    const std::vector<Json>& changes = (*delta)["changes"].array;
    ASSERT_EQ(changes.size(), listed - violations);
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const Json& c = changes[i];
        EXPECT_EQ(c.keys(),
                  (std::vector<std::string>{"kind", "measure", "provision", "before", "after"}));
        EXPECT_EQ(c["kind"].string, "added");
        EXPECT_EQ(c["before"].type, Json::Type::null);
        bool found = false;  // `after` is the very object the run's own JSON report wrote
        for (const Json& f : (*report)["findings"].array) {
            if (f["measure"].string == c["measure"].string &&
                f["provision"].string == c["provision"].string) {
                EXPECT_EQ(dump(c["after"]), dump(f));
                found = true;
            }
        }
        EXPECT_TRUE(found);
        if (i == 0) continue;
        const Json& p = changes[i - 1];  // sorted by provision, then measure
        bool ordered = core::natural_less(p["provision"].string, c["provision"].string) ||
                       (p["provision"].string == c["provision"].string &&
                        core::natural_less(p["measure"].string, c["measure"].string));
        EXPECT_TRUE(ordered) << i;
    }
}

TEST(Diff, TextAndMarkdownAndTheOtherDirection) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db, {"--only", "violation"})).status, 1);
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    CliResult text = run_cli({"diff", "--db", db, "2", "1"});
    ASSERT_EQ(text.status, 0) << text.err;
    std::vector<std::string> lines = lines_of(text.out);
    ASSERT_GT(lines.size(), 1u);
    EXPECT_EQ(lines[0],
              "0 added, " + std::to_string(lines.size() - 1) + " removed, 0 changed, 3 unchanged");
    EXPECT_TRUE(contains(lines[1], "  removed  ")) << lines[1];
    EXPECT_TRUE(contains(lines[1], " → no finding")) << lines[1];
    CliResult md = run_cli({"diff", "--db", db, "1", "2", "--format", "md"});
    EXPECT_TRUE(contains(md.out, "# Changes between two runs\n\nAs of 2020-01-01: "));
    EXPECT_TRUE(contains(md.out, "| change | provision | measure | before | after |"));
    CliResult same = run_cli({"diff", "--db", db, "2", "2", "--format", "json"});
    EXPECT_TRUE(contains(same.out, "\"changes\": []\n}\n")) << same.out;
    CliResult html = run_cli({"diff", "--db", db, "1", "2", "--format", "html"});
    EXPECT_TRUE(contains(html.out, "<td>added</td>")) << html.out;
}

TEST(Diff, UnknownRunIsAnError) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    CliResult diff = run_cli({"diff", "--db", db, "1", "9"});
    EXPECT_EQ(diff.status, 2);
    EXPECT_TRUE(contains(diff.err, "has no run 9")) << diff.err;
}

}  // namespace
}  // namespace lexcheck::testing
