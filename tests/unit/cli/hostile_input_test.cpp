// `lexcheck check` on inputs found by fuzzing: each is an input error at a position (exit
// status 2), reported at once, never a crash or an exhausted memory.
#include "cli_runner.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace lexcheck::testing {
namespace {

std::string seed(const std::string& name) {
    std::ifstream in(std::string(LEXCHECK_TEST_DIR) + "/fuzz/seeds/measures/" + name,
                     std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

CliResult check_corpus_file(TempDir& dir, const std::string& name) {
    std::string corpus = dir.write("corpus/" + name, seed(name));
    return run_cli({"check", "--rules", std::string(LEXCHECK_SOURCE_DIR) + "/rules", "--corpus",
                    corpus, "--no-cache"});
}

struct Hostile {
    const char* seed;      ///< In tests/fuzz/seeds/measures/
    const char* expected;  ///< A line of the error output
};

const Hostile kHostile[] = {
    // ../shared/fixtures/bad/yaml-cpp-blowup.yaml: yaml-cpp 0.7 used to allocate ~4 GB on it
    // for 25 s and abort on std::bad_alloc (a `,` after a top-level flow map, yaml-cpp#1040).
    {"yaml-cpp-blowup.yaml",
     "yaml-cpp-blowup.yaml:3:64: error: malformed yaml: a document "
     "cannot start with `,` [yaml_syntax_error]"},
    // yaml-cpp makes `&x {a: *x}` a cycle; reading its facts used to overflow the stack.
    {"alias_inside_itself.yaml",
     "alias_inside_itself.yaml:5:10: error: malformed yaml: an "
     "alias cannot stand inside the node it names"},
    // 40 levels of `{x: *a, y: *a}` name 2^40 values.
    {"aliases_expanding.yaml",
     "error: malformed yaml: aliases expand this file to too many values [yaml_syntax_error]"},
};

TEST(HostileInput, IsOneErrorAtAPositionAndExitTwo) {
    for (const Hostile& h : kHostile) {
        TempDir dir("hostile");
        CliResult r = check_corpus_file(dir, h.seed);
        EXPECT_EQ(r.status, 2) << h.seed << "\n" << r.err;
        EXPECT_TRUE(contains(r.err, h.expected)) << h.seed << "\n" << r.err;
        EXPECT_TRUE(contains(r.err, "1 error in the input")) << r.err;
        EXPECT_EQ(r.out, "");
    }
}

}  // namespace
}  // namespace lexcheck::testing
