// The rule set, tests and measures that `lexcheck test`'s tests run on
// (test_command_test.cpp, test_command_coverage_test.cpp, test_command_json_test.cpp).
#pragma once

#include "cli_runner.hpp"
#include "temp_dir.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace lexcheck::testing {

inline constexpr const char* kRules = R"lex(instrument t "Test treaty" {
  kind treaty origin regional in_force 2000-01-01
  party RU from 2000-01-01
}
vocabulary v {
  enum person { worker, other }
  fact applies_to : set<person> "whom it applies to"
  fact security : bool "whether it serves national security"
  fact order : bool "whether it serves public order"
}
provision t.p1 {
  of t cite "Article 1" text "No restrictions on workers."
  prohibits applies_to has worker "restricts workers"
  unless security "national security"
}
provision t.p1_order {
  of t cite "Article 1(2)" text "Except for public order."
  exception to t.p1
  when order
}
provision t.late {
  of t cite "Article 2" text "A later duty." in_force 2010-01-01
  prohibits applies_to has other
}
)lex";

// Lines 1, 7, 13 and 19 open the tests.
inline constexpr const char* kPassingTests = R"lex(test "restricting workers violates Article 1" {
  as_of 2020-01-01
  measure { jurisdiction RU applies_to = {worker} security = false order = false }
  expect t.p1 violation
  expect t.p1 binding
}
test "a security measure complies" {
  as_of 2020-01-01
  measure { jurisdiction RU applies_to = {worker} security = true order = false }
  expect t.p1 compliant
  expect t.p1 binding
}
test "unknown grounds leave it undetermined" {
  as_of 2020-01-01
  measure { jurisdiction RU applies_to = {worker} }
  expect t.p1 undetermined
  expect t.p1 binding
}
test "Article 2 is not in force in 2005" {
  as_of 2005-01-01
  measure { jurisdiction RU applies_to = {other} }
  expect t.late not_applicable
}
)lex";

inline constexpr const char* kMeasures = R"yaml(measures:
  - id: ru.ban
    jurisdiction: RU
    facts:
      applies_to: [worker]
      security: false
      order: false
    expect:
      t.p1: violation
  - id: ru.order
    jurisdiction: RU
    facts:
      applies_to: [worker]
      security: false
      order: true
    expect:
      t.p1: compliant
)yaml";

/// A measure whose expectation fails: without `security` and `order`, t.p1 is undetermined
inline constexpr const char* kUnsureMeasure = R"yaml(  - id: ru.unsure
    jurisdiction: RU
    facts:
      applies_to: [worker]
    expect:
      t.p1: violation
)yaml";

/// The rules above with `tests` and `measures` in a temporary folder, and `lexcheck test` on them
struct Fixture {
    TempDir dir;
    std::string rules_dir, corpus_dir;
    Fixture(const std::string& name, const std::string& tests,
            const std::string& measures = kMeasures)
        : dir(name) {
        dir.write("rules/rules.lex", kRules);
        dir.write("rules/tests.lex", tests);
        if (!measures.empty()) dir.write("corpus/measures.yaml", measures);
        rules_dir = (dir.path() / "rules").generic_string();
        corpus_dir = (dir.path() / "corpus").generic_string();
        std::filesystem::create_directories(dir.path() / "corpus");
    }
    std::string tests_path() const { return rules_dir + "/tests.lex"; }
    CliResult run(std::vector<std::string> extra = {}) const {
        std::vector<std::string> a{"test",     "--rules", rules_dir,    "--corpus",
                                   corpus_dir, "--as-of", "2020-01-01", "--no-cache"};
        a.insert(a.end(), extra.begin(), extra.end());
        return run_cli(a);
    }
};

}  // namespace lexcheck::testing
