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

TEST(Diff, OfTwoRunsIsDiffOfTheirJsonReports) {
    // One `diff` command, one delta: the runs' JSON reports rendered from the database and
    // compared by `diff OLD NEW` give the bytes `diff --db` gives, in every format but the
    // heading's subject
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db, {"--only", "violation"})).status, 1);
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    std::string one = dir.str() + "/1.json", two = dir.str() + "/2.json";
    ASSERT_EQ(
        run_cli({"report", "--db", db, "--run", "1", "--format", "json", "--output", one}).status,
        0);
    ASSERT_EQ(
        run_cli({"report", "--db", db, "--run", "2", "--format", "json", "--output", two}).status,
        0);
    for (std::string format : {"json", "text", "md", "html"}) {
        CliResult runs = run_cli({"diff", "--db", db, "2", "1", "--format", format});
        CliResult files = run_cli({"diff", two, one, "--format", format});
        ASSERT_EQ(runs.status, 0) << runs.err;
        ASSERT_EQ(files.status, 0) << files.err;
        std::string expected = files.out;
        std::string arrow = format == "html" ? " -&gt; " : " -> ";
        std::string subject = two + arrow + one;
        for (std::size_t at = expected.find(subject); at != std::string::npos;
             at = expected.find(subject)) {
            expected.replace(at, subject.size(), "run 2" + arrow + "run 1");
        }
        EXPECT_EQ(runs.out, expected) << format;
    }
    CliResult text = run_cli({"diff", "--db", db, "2", "1"});
    EXPECT_TRUE(contains(text.out, "lexcheck diff run 2 -> run 1 as of 2020-01-01: 0 added, "))
        << text.out;
    CliResult same = run_cli({"diff", "--db", db, "2", "2", "--format", "json"});
    EXPECT_TRUE(contains(same.out, "\"changes\": []\n}\n")) << same.out;
}

TEST(Diff, NotARunNumberIsAnError) {
    TempDir dir("audit");
    std::string db = dir.str() + "/audit.db";
    ASSERT_EQ(run_cli(recorded_check(db)).status, 1);
    CliResult diff = run_cli({"diff", "--db", db, "1", "first"});
    EXPECT_EQ(diff.status, 2);
    EXPECT_TRUE(contains(diff.err, "`first` is not a run number")) << diff.err;
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
