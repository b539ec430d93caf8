// The fast YAML reader (parser/measures/src/yaml/fast_reader.*) against yaml-cpp: on every measure
// file of the repository, the guide's examples and the generator's output it returns exactly
// what the yaml-cpp reader returns (spans included) or gives up; it does not give up on the
// shipped corpus or the generator's output. Inline samples: fast_yaml_samples_test.cpp (inside
// the subset) and fast_yaml_give_up_test.cpp (outside it).
#include "fast_yaml_support.hpp"

#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/parser/load.hpp"
#include "lexcheck/parser/measures.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lexcheck::test {
namespace {

namespace fs = std::filesystem;

/// The rules under `dir`, which must load without errors
std::unique_ptr<core::RuleSet> load_rules(const fs::path& dir) {
    auto rules = std::make_unique<core::RuleSet>();
    core::SourceManager sources;
    core::DiagnosticSink sink;
    parser::load_rule_set({dir.string()}, sources, *rules, sink);
    EXPECT_FALSE(sink.has_errors()) << dir;
    return rules;
}

const core::Schema& shipped_schema() {
    static const auto rules = load_rules(fs::path(LEXCHECK_SOURCE_DIR) / "rules");
    return rules->schema;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<fs::path> yaml_files(const fs::path& root) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
        std::string ext = e.path().extension().string();
        if (e.is_regular_file() && (ext == ".yaml" || ext == ".yml")) out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// ---- differential ---------------------------------------------------------------------------

TEST(FastYaml, ReadsTheShippedCorpusExactlyAsYamlCpp) {
    auto files = yaml_files(fs::path(LEXCHECK_SOURCE_DIR) / "corpus");
    ASSERT_GE(files.size(), 6u);
    for (const fs::path& f : files) {
        auto b = read_both(read(f), shipped_schema(), f.string());
        bool accepted = false;
        EXPECT_TRUE(same_or_gave_up(*b, accepted)) << f;
        // `affects` (the shipped amnesties state it) is a key of the one measure schema, so the
        // fast reader reads it too.
        EXPECT_TRUE(accepted) << "the fast reader gave up on " << f;
        EXPECT_FALSE(b->slow.measures.empty()) << f;
    }
}

TEST(FastYaml, EveryYamlFileOfTheRepositoryIsReadAsYamlCppReadsItOrLeftToIt) {
    std::vector<fs::path> files;
    for (const char* dir : {"corpus", "tests", "docs"}) {
        auto more = yaml_files(fs::path(LEXCHECK_SOURCE_DIR) / dir);
        files.insert(files.end(), more.begin(), more.end());
    }
    std::size_t accepted_count = 0;
    for (const fs::path& f : files) {
        for (const core::Schema* s : {&shipped_schema(), &schema()}) {
            auto b = read_both(read(f), *s, f.string());
            bool accepted = false;
            EXPECT_TRUE(same_or_gave_up(*b, accepted)) << f;
            accepted_count += accepted;
        }
    }
    EXPECT_GE(accepted_count, 8u);
}

/// The ```yaml blocks of a Markdown file
std::vector<std::string> yaml_blocks(const fs::path& markdown) {
    std::vector<std::string> blocks;
    std::istringstream in(read(markdown));
    std::string line;
    std::string* block = nullptr;
    while (std::getline(in, line)) {
        if (line.rfind("```", 0) == 0) {
            block = !block && line == "```yaml" ? &blocks.emplace_back() : nullptr;
        } else if (block) {
            *block += line + "\n";
        }
    }
    return blocks;
}

TEST(FastYaml, ReadsTheGuidesExamplesAsYamlCppReadsThemOrLeavesThemToIt) {
    std::size_t accepted_count = 0;
    auto blocks = yaml_blocks(fs::path(LEXCHECK_SOURCE_DIR) / "docs" / "language.md");
    ASSERT_GE(blocks.size(), 8u);
    for (const std::string& text : blocks) {
        auto b = read_both(text, shipped_schema());
        bool accepted = false;
        EXPECT_TRUE(same_or_gave_up(*b, accepted)) << text;
        accepted_count += accepted;
        // The examples of errors must be left to yaml-cpp, which reports them.
        EXPECT_EQ(accepted, b->sink.sorted(b->sources).empty()) << text;
    }
    EXPECT_GE(accepted_count, 3u);
}

TEST(FastYaml, ReadsTheGeneratorsOutputExactlyAsYamlCpp) {
#ifndef LEXCHECK_PYTHON
    GTEST_SKIP() << "no python3 to run bench/generate.py";
#else
    testing::TempDir dir("fast_yaml_bench");
    std::string command = std::string(LEXCHECK_PYTHON) + " " + LEXCHECK_SOURCE_DIR +
                          "/bench/generate.py instance --measures 2000 --provisions 5 --seed 1 "
                          "--formats yaml --out " +
                          dir.str();
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    auto rules = load_rules(dir.path() / "rules");
    auto files = yaml_files(dir.path() / "corpus");
    ASSERT_EQ(files.size(), 2u);
    std::size_t measures = 0;
    for (const fs::path& f : files) {
        auto b = read_both(read(f), rules->schema, f.string());
        bool accepted = false;
        EXPECT_TRUE(same_or_gave_up(*b, accepted)) << f;
        EXPECT_TRUE(accepted) << "the fast reader gave up on " << f;
        measures += b->slow.measures.size();
    }
    EXPECT_EQ(measures, 2000u);
#endif
}

}  // namespace
}  // namespace lexcheck::test
