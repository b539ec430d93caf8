// Golden tests (STYLE.md §8): every folder tests/golden/parse/<case>/ and
// tests/golden/resolve/<case>/ holds input.lex and expected.txt — the sorted diagnostics of
// parse + resolve if there are any, else the AST dump. parse/ holds the grammar and lowering
// cases, resolve/ one resolver diagnostic per case, so a new diagnostic needs no C++.
// LEXCHECK_UPDATE_GOLDEN=1 rewrites expected.txt.
#include <lexcheck/core/ast_dump.hpp>
#include <lexcheck/parser/parse.hpp>
#include <lexcheck/parser/resolve.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kGoldenDir = fs::path(LEXCHECK_TEST_DIR) / "golden";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The cases of one suite folder (`parse` or `resolve`), sorted
std::vector<std::string> case_names(const std::string& suite) {
    std::vector<std::string> names;
    if (!fs::exists(kGoldenDir / suite)) return names;
    for (const auto& entry : fs::directory_iterator(kGoldenDir / suite)) {
        if (entry.is_directory() && fs::exists(entry.path() / "input.lex")) {
            names.push_back(entry.path().filename().string());
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

/// What the case produces: its diagnostics, or its AST when there are none
std::string run_case(const fs::path& dir, const std::string& name) {
    lexcheck::core::SourceManager sources;
    lexcheck::core::RuleSet rules;
    lexcheck::core::DiagnosticSink sink;
    auto id = sources.add(name + "/input.lex", read_file(dir / "input.lex"));
    rules.files.push_back(id);
    lexcheck::parser::parse_rule_file(sources, id, rules, sink);
    lexcheck::parser::resolve(sources, rules, sink);
    if (!sink.has_errors() && sink.sorted(sources).empty()) {
        return lexcheck::core::dump_rule_set(rules, sources);
    }
    std::string out;
    for (const auto& d : sink.sorted(sources)) out += lexcheck::core::render_diagnostic(sources, d);
    return out;
}

/// Compares the case `suite/name` with its expected.txt (or rewrites it)
void check_case(const std::string& suite, const std::string& name) {
    fs::path dir = kGoldenDir / suite / name;
    std::string actual = run_case(dir, name);
    fs::path expected_path = dir / "expected.txt";
    const char* update = std::getenv("LEXCHECK_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::ofstream(expected_path, std::ios::binary) << actual;
        GTEST_SKIP() << "rewrote " << expected_path;
    }
    ASSERT_TRUE(fs::exists(expected_path))
        << "missing " << expected_path << "; run with LEXCHECK_UPDATE_GOLDEN=1";
    EXPECT_EQ(actual, read_file(expected_path));
}

std::string test_id(const ::testing::TestParamInfo<std::string>& info) {
    std::string id;
    for (char c : info.param) id += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return id;
}

class GoldenParse : public ::testing::TestWithParam<std::string> {};
class GoldenResolve : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenParse, MatchesExpected) {
    check_case("parse", GetParam());
}

TEST_P(GoldenResolve, MatchesExpected) {
    check_case("resolve", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenParse, ::testing::ValuesIn(case_names("parse")), test_id);
INSTANTIATE_TEST_SUITE_P(Cases, GoldenResolve, ::testing::ValuesIn(case_names("resolve")), test_id);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(GoldenParse);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(GoldenResolve);

}  // namespace
