// Atoms on every kind of fact, each side of the operator, present and absent: the checker's
// outcome is what LANGUAGE.md §3 and §5.6 say (the commonest atoms are decoded ahead, the
// rest read from the condition; both must agree with this table).
#include "temp_dir.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lexcheck {
namespace {

/// One measure's facts; an empty optional leaves the fact out (unknown)
struct Facts {
    std::optional<int> n;                       ///< int
    std::optional<int> year;                    ///< date: YEAR-06-01
    std::optional<int> weeks;                   ///< duration in weeks
    std::optional<bool> flag;                   ///< bool
    std::optional<std::string> k;               ///< enum kinds { a, b, c }
    std::optional<std::vector<std::string>> s;  ///< set<kinds>
    std::optional<double> x;                    ///< number
};

using Truth = std::optional<bool>;  ///< nullopt: unknown
template <class T>
Truth test(const std::optional<T>& v, const std::function<bool(const T&)>& f) {
    if (!v) return std::nullopt;
    return f(*v);
}

struct Atom {
    std::string condition;
    std::function<Truth(const Facts&)> expected;
};

std::vector<Atom> atoms() {
    using S = std::vector<std::string>;
    auto has = [](const S& s, const char* m) {
        return std::find(s.begin(), s.end(), m) != s.end();
    };
    return {
        {"n == 3", [](const Facts& f) { return test<int>(f.n, [](int n) { return n == 3; }); }},
        {"n != 3", [](const Facts& f) { return test<int>(f.n, [](int n) { return n != 3; }); }},
        {"n < 3", [](const Facts& f) { return test<int>(f.n, [](int n) { return n < 3; }); }},
        {"n <= 3", [](const Facts& f) { return test<int>(f.n, [](int n) { return n <= 3; }); }},
        {"n > 3", [](const Facts& f) { return test<int>(f.n, [](int n) { return n > 3; }); }},
        {"n >= 3", [](const Facts& f) { return test<int>(f.n, [](int n) { return n >= 3; }); }},
        {"3 < n", [](const Facts& f) { return test<int>(f.n, [](int n) { return 3 < n; }); }},
        {"3 >= n", [](const Facts& f) { return test<int>(f.n, [](int n) { return 3 >= n; }); }},
        {"-1 == n", [](const Facts& f) { return test<int>(f.n, [](int n) { return n == -1; }); }},
        {"d < 2020-01-01",
         [](const Facts& f) { return test<int>(f.year, [](int y) { return y < 2020; }); }},
        {"2020-01-01 <= d",
         [](const Facts& f) { return test<int>(f.year, [](int y) { return y >= 2020; }); }},
        {"w > 2w", [](const Facts& f) { return test<int>(f.weeks, [](int w) { return w > 2; }); }},
        {"w <= 14d",
         [](const Facts& f) { return test<int>(f.weeks, [](int w) { return w <= 2; }); }},
        {"flag == true",
         [](const Facts& f) { return test<bool>(f.flag, [](bool b) { return b; }); }},
        {"false != flag",
         [](const Facts& f) { return test<bool>(f.flag, [](bool b) { return b; }); }},
        {"flag", [](const Facts& f) { return test<bool>(f.flag, [](bool b) { return b; }); }},
        {"k == b",
         [](const Facts& f) { return test<std::string>(f.k, [](auto& k) { return k == "b"; }); }},
        {"a != k",
         [](const Facts& f) { return test<std::string>(f.k, [](auto& k) { return k != "a"; }); }},
        {"k in {a, c}",
         [](const Facts& f) {
             return test<std::string>(f.k, [](auto& k) { return k == "a" || k == "c"; });
         }},
        {"s has b",
         [=](const Facts& f) { return test<S>(f.s, [=](auto& s) { return has(s, "b"); }); }},
        {"s has any {a, c}",
         [=](const Facts& f) {
             return test<S>(f.s, [=](auto& s) { return has(s, "a") || has(s, "c"); });
         }},
        {"s has all {a, b}",
         [=](const Facts& f) {
             return test<S>(f.s, [=](auto& s) { return has(s, "a") && has(s, "b"); });
         }},
        {"x > 2.5",
         [](const Facts& f) { return test<double>(f.x, [](double x) { return x > 2.5; }); }},
        {"x == 3",
         [](const Facts& f) { return test<double>(f.x, [](double x) { return x == 3; }); }},
    };
}

std::string yaml_of(const std::string& id, const Facts& f) {
    std::string out = "  - id: " + id + "\n    jurisdiction: RU\n    facts:\n";
    if (f.n) out += "      n: " + std::to_string(*f.n) + "\n";
    if (f.year) out += "      d: " + std::to_string(*f.year) + "-06-01\n";
    if (f.weeks) out += "      w: " + std::to_string(*f.weeks) + "w\n";
    if (f.flag) out += std::string("      flag: ") + (*f.flag ? "true" : "false") + "\n";
    if (f.k) out += "      k: " + *f.k + "\n";
    if (f.s) {
        out += "      s: [";
        for (std::size_t i = 0; i < f.s->size(); ++i) out += (i ? ", " : "") + (*f.s)[i];
        out += "]\n";
    }
    if (f.x) out += "      x: " + std::to_string(*f.x) + "\n";
    return out;
}

TEST(Atoms, OutcomeFollowsTheValueOfEveryKindOfAtom) {
    const std::vector<Atom> table = atoms();
    std::string rules =
        "instrument t \"T\" { kind treaty origin regional in_force 2000-01-01 party RU from "
        "2000-01-01 }\n"
        "vocabulary v {\n  enum kinds { a, b, c }\n"
        "  fact n : int  fact d : date  fact w : duration  fact flag : bool  fact k : kinds\n"
        "  fact s : set<kinds>  fact x : number\n}\n";
    for (std::size_t i = 0; i < table.size(); ++i) {
        rules += "provision t.p" + std::to_string(100 + i) + " { of t cite \"c\" text \"t\" " +
                 "prohibits " + table[i].condition + " }\n";
    }
    const std::vector<Facts> measures = {
        {2, 2019, 1, false, "a", std::vector<std::string>{}, 2.0},
        {3, 2020, 2, true, "b", std::vector<std::string>{"a", "b"}, 3.0},
        {4, 2021, 3, true, "c", std::vector<std::string>{"c"}, 2.5},
        {-1, 1999, 0, false, "b", std::vector<std::string>{"b", "c"}, -4.0},
        {},  // every fact unknown
    };
    std::string yaml = "measures:\n";
    for (std::size_t m = 0; m < measures.size(); ++m)
        yaml += yaml_of("m" + std::to_string(m), measures[m]);

    testing::TempDir dir("atoms");
    dir.write("r.lex", rules);
    dir.write("m.yaml", yaml);
    core::SourceManager sources;
    core::DiagnosticSink sink;
    core::RuleSet rule_set;
    core::Corpus corpus;
    parser::load_rule_set({dir.str() + "/r.lex"}, sources, rule_set, sink);
    parser::load_corpus({dir.str() + "/m.yaml"}, rule_set.schema, sources, corpus, sink, 1);
    for (const auto& d : sink.sorted(sources)) ADD_FAILURE() << core::render_diagnostic(sources, d);
    ASSERT_FALSE(sink.has_errors());

    checker::CheckOptions options;
    options.as_of = *core::parse_date("2024-01-01");
    checker::CheckResult result = checker::check(rule_set, corpus, sources, options);
    std::map<std::pair<std::string, std::string>, core::Outcome> got;
    for (const core::Finding& f : result.findings) {
        got[{corpus.measures[f.measure].id, rule_set.provisions[f.provision].id.text}] = f.outcome;
    }
    for (std::size_t m = 0; m < measures.size(); ++m) {
        for (std::size_t i = 0; i < table.size(); ++i) {
            Truth t = table[i].expected(measures[m]);
            core::Outcome want = !t   ? core::Outcome::undetermined
                                 : *t ? core::Outcome::violation
                                      : core::Outcome::compliant;
            std::string id = "m" + std::to_string(m);
            std::string provision = "t.p" + std::to_string(100 + i);
            auto it = got.find({id, provision});
            ASSERT_NE(it, got.end()) << id << " " << table[i].condition;
            EXPECT_EQ(core::outcome_name(it->second), core::outcome_name(want))
                << id << ": " << table[i].condition;
        }
    }
}

}  // namespace
}  // namespace lexcheck
