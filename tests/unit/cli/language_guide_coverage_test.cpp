// What docs/language.md must cover: every diagnostic code that the sources can emit (string
// literals `"lex_…"`, `"yaml_…"`, `"akn_…"`, `"cli_…"`, `"lint_…"`, `"source_…"` under
// parser/, checker/, cli/, core/ and reports/, except the grammar's rule names in
// parser/src/x3/), and in its lex examples every construct of LANGUAGE.md §1–§4.
#include "golden_case.hpp"
#include "language_guide.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

/// Every diagnostic code that appears as a string literal in the tool's sources
std::set<std::string> codes_in_sources() {
    static const std::regex code(R"re("((lex|yaml|akn|cli|lint|source)_[a-z0-9_]+)")re");
    std::set<std::string> codes;
    fs::path root = LEXCHECK_SOURCE_DIR;
    for (const char* module : {"parser", "checker", "cli", "core", "reports"}) {
        for (const auto& e : fs::recursive_directory_iterator(root / module)) {
            if (!e.is_regular_file()) continue;
            std::string ext = e.path().extension().string();
            if (ext != ".cpp" && ext != ".hpp") continue;
            // The grammar names its rules (`"source_clause"`); those are not codes.
            if (e.path().parent_path().filename() == "x3") continue;
            std::string text = read_text(e.path());
            for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) {
                codes.insert((*it)[1]);
            }
        }
    }
    return codes;
}

TEST(LanguageGuide, NamesEveryDiagnosticCode) {
    std::set<std::string> codes = codes_in_sources();
    EXPECT_GE(codes.size(), 50u) << "the source scan found too few codes";
    for (const std::string& c : codes) {
        EXPECT_NE(guide().text.find("`" + c + "`"), std::string::npos)
            << "docs/language.md does not explain the diagnostic code `" << c << "`";
    }
}

TEST(LanguageGuide, ExamplesUseEveryConstruct) {
    std::string lex, yaml;
    for (const MarkdownBlock& b : guide().doc.blocks) {
        if (!b.annotation) continue;
        if (b.info == "lex") lex += b.text;
        if (b.info == "yaml") yaml += b.text;
    }
    // LANGUAGE.md §1–§3: declarations, clauses, keyword values, types, literals, operators.
    const std::vector<std::string> lex_patterns = {
        R"(\binstrument \w+ ")",
        R"(\bkind treaty\b)",
        R"(\bkind convention\b)",
        R"(\bkind agreement\b)",
        R"(\bkind protocol\b)",
        R"(\bkind national_law\b)",
        R"(\bkind soft_law\b)",
        R"(\borigin regional\b)",
        R"(\borigin universal\b)",
        R"(\borigin external\b)",
        R"(\bsigned \d{4}-)",
        R"(\bparty [A-Z]{2} from \d{4}-\d\d-\d\d until \d{4}-)",
        R"(\bparty [A-Z]{2} observer\b)",
        R"(\bvocabulary \w+ \{)",
        R"(\benum \w+ \{)",
        R"(: bool\b)",
        R"(: int\b)",
        R"(: number\b)",
        R"(: date\b)",
        R"(: duration\b)",
        R"(: text\b)",
        R"(: state\b)",
        R"(: set<\w+>)",
        R"(\bfact \w+\.\w+ :)",
        R"(\bdefine \w+ =)",
        R"(\bprovision [\w.]+ \{)",
        R"(\bof \w+\n)",
        R"(\bcite ")",
        R"(\btext """)",
        R"(\btext ")",
        R"(\bwording verbatim\b)",
        R"(\bwording translation\b)",
        R"(\bwording paraphrase\b)",
        R"(\bparadigm economic\b)",
        R"(\bparadigm rights\b)",
        R"(\bparadigm security\b)",
        R"(\bseverity critical\b)",
        R"(\bseverity high\b)",
        R"(\bseverity medium\b)",
        R"(\bseverity low\b)",
        R"(\bseverity info\b)",
        R"(\n\s*in_force \d{4}-)",
        R"(\n\s*until \d{4}-)",
        R"(\bscope )",
        R"(\bprohibits )",
        R"(\brequires )",
        R"(\bunless )",
        R"(\bsee [\w.]+)",
        R"(\bsource "[^"]+" \w+)",
        R"(\bexception to [\w.]+)",
        R"(\bwhen )",
        R"(\btest ")",
        R"(\bas_of \d{4}-)",
        R"(\bmeasure \{)",
        R"(\bjurisdiction [A-Z]{2}\b)",
        R"(= \{\})",
        R"(= \{\w+, \w+)",
        R"(\bexpect [\w.]+ violation\b)",
        R"(\bexpect [\w.]+ compliant\b)",
        R"(\bexpect [\w.]+ undetermined\b)",
        R"(\bexpect [\w.]+ not_applicable\b)",
        R"(\bexpect [\w.]+ binding\b)",
        R"(\bexpect [\w.]+ advisory\b)",
        R"(//)",
        R"(/\*)",
        R"(\\")",
        R"(\\n)",
        R"(\\u[0-9A-Fa-f]{4})",
        R"(\b\d+d\b)",
        R"(\b\d+w\b)",
        R"(\b\d+m\b)",
        R"(\b\d+y\b)",
        R"(\b\d+\.\d+\b)",
        R"( == )",
        R"( != )",
        R"( < )",
        R"( <= )",
        R"( > )",
        R"( >= )",
        R"( in \{)",
        R"( has \w)",
        R"( has any \{)",
        R"( has all \{)",
        R"( is known\b)",
        R"( is unknown\b)",
        R"(\bnot )",
        R"( and )",
        R"( or )",
        R"(\(\w)",
        R"(\btrue\b)",
        R"(\bfalse\b)"};
    for (const std::string& p : lex_patterns) {
        EXPECT_TRUE(std::regex_search(lex, std::regex(p)))
            << "no lex example matches /" << p << "/";
    }
    // LANGUAGE.md §4: measure files.
    const std::vector<std::string> yaml_patterns = {
        R"(\ndocument:\n)",   R"(\n  id: )",
        R"(\n  title: )",     R"(\n  jurisdiction: [A-Z]{2})",
        R"(\n  akn: )",       R"(\nmeasures:\n)",
        R"(\bcite: )",        R"(\bwording: )",
        R"(\beId: )",         R"(\bin_force: \d{4}-)",
        R"(\buntil: \d{4}-)", R"(\bfacts:\n)",
        R"(\n\s+\w+\.\w+: )", R"(\n\s+\w+:\n\s+\w+: )",
        R"(: \[\w+, \w+)",    R"(: \[\])",
        R"(\bexpect:\n)"};
    for (const std::string& p : yaml_patterns) {
        EXPECT_TRUE(std::regex_search(yaml, std::regex(p)))
            << "no yaml example matches /" << p << "/";
    }
}

}  // namespace
}  // namespace lexcheck::testing
