// The JSON report writes a finding whose shape it has seen (core::Finding::shape) from a
// template with holes for the measure's id, jurisdiction and facts read (json_template.hpp,
// issue 20). Each finding must be, byte for byte, the one written whole (findings_json), on
// any number of threads: enum, set, integer and absent values, reasons that quote the
// measure's values (never kept in a template) and ones that do not, and a finding whose
// measure has a `replaces`.
#include "loaded_inputs.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace lexcheck {
namespace {

constexpr const char* kRules = R"(
instrument t "T" { kind treaty origin regional in_force 2000-01-01
  party RU from 2000-01-01 party KZ from 2000-01-01 }
vocabulary v {
  enum kinds { a, b, c }
  fact kind : kinds "kind"  fact x : bool "x"  fact n : int "n" as "the number is"
  fact g : set<kinds> "g" as "the measure names"
}
provision t.p1 { of t cite "c" text "t" scope kind == a prohibits x "sanctions x"
  unless g has b "justified" }
provision t.p2 { of t cite "c" text "t" scope kind != c prohibits n > 5 unless g has c }
provision t.p3 { of t cite "c" text "t" requires x or n < 3 }
)";

std::string random_measures(std::size_t count) {
    std::mt19937 random(7);
    auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    const char* kinds[] = {"a", "b", "c"};
    std::string out = "measures:\n";
    for (std::size_t i = 0; i < count; ++i) {
        out += "  - id: m" + std::to_string(100 + i) + "\n";
        out += std::string("    jurisdiction: ") + (i % 2 ? "RU" : "KZ") + "\n";
        if (i > 1 && pick(10) == 0) {  // a version of the measure two before, of its state
            char date[16];             // later for a later measure: versions may replace versions
            std::snprintf(date, sizeof date, "%04zu-%02zu-%02zu", 2001 + i / 336, 1 + i / 28 % 12,
                          1 + i % 28);
            out += "    replaces: m" + std::to_string(98 + i) + "\n    in_force: " + date + "\n";
        }
        out += "    facts:\n";
        out += std::string("      kind: ") + kinds[pick(3)] + "\n";
        if (pick(5)) out += std::string("      x: ") + (pick(2) ? "true" : "false") + "\n";
        if (pick(5)) out += "      n: " + std::to_string(pick(9)) + "\n";
        if (pick(5)) {
            out += "      g: [";
            for (int k = 0, sep = 0; k < 3; ++k)
                if (pick(2)) out += std::string(sep++ ? ", " : "") + kinds[k];
            out += "]\n";
        }
    }
    return out;
}

TEST(JsonTemplate, EachFindingIsTheOneWrittenWhole) {
    const auto in = testing::load_inputs(kRules, random_measures(400));
    ASSERT_EQ(in->errors, "");
    checker::CheckOptions options;
    options.as_of = *core::parse_date("2020-01-01");
    options.threads = 1;
    options.include_not_applicable = true;
    const checker::CheckResult result = checker::check(in->rules, in->corpus, in->sources, options);
    const reports::Report report{in->sources, in->rules, in->corpus, result, {}, {}, {}, false};

    std::vector<std::size_t> all(result.findings.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    const std::vector<std::string> whole = reports::findings_json(report, all);
    std::size_t shaped = 0;
    for (const core::Finding& f : result.findings) shaped += f.shape != 0;
    ASSERT_GT(shaped, result.findings.size() / 2) << "most findings have a shape";

    for (unsigned threads : {1u, 3u}) {
        std::ostringstream out;
        reports::make_reporter("json", threads)->write(report, out);
        const std::string json = out.str();
        std::size_t at = json.find("\"findings\": [");
        ASSERT_NE(at, std::string::npos);
        at += 13;
        for (std::size_t i = 0; i < whole.size(); ++i) {
            const std::string expected = (i == 0 ? "\n    " : ",\n    ") + whole[i];
            ASSERT_EQ(json.substr(at, expected.size()), expected)
                << "finding " << i << " on " << threads << " threads";
            at += expected.size();
        }
        EXPECT_EQ(json.substr(at), "\n  ]\n}\n");
    }
}

}  // namespace
}  // namespace lexcheck
