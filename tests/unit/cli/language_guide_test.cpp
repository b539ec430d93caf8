// Runs every example of the language guide, docs/language.md, so the guide cannot go stale.
//
// The convention (summarised in an HTML comment at the top of the guide):
//
// - An example is a fenced code block (``` at the start of a line) whose opening fence is
//   directly preceded by a line `<!-- example: SET key=value flag … -->`. Examples belong to
//   example sets; each set is a folder of its own, and the examples of a set run in the
//   order of the guide, so a tutorial's steps accumulate into one rule set and corpus.
// - A block with `file=PATH` (any language: lex, yaml, json, xml) writes its text to PATH
//   inside the set's folder, replacing an earlier file of that name, or adding to its end
//   with the flag `append`. Afterwards the whole set must load: every `*.lex` file as the
//   rules and every `*.yaml`/`*.json`/`*.jsonl` file as the measures, with no diagnostic
//   at all (`lexcheck lint --rules SET --corpus SET` prints nothing on stderr and exits 0),
//   and a `.lex` file must already be in the layout of `lexcheck fmt`, so that what a
//   lawyer copies from the guide is canonical.
//   With `error=CODE` the set must instead fail to load (exit status 2) with a diagnostic
//   `[CODE]` — the examples of erroneous input; with `warning=CODE` it must load (exit
//   status 0) with that warning. The flag `continued` puts the check off until the next
//   file block of the set, for a file that refers to one the guide shows just after it.
// - A ```console block runs a command: its first line is `$ lexcheck ARGS…` (words
//   separated by blanks, "…" or '…' group them), run in-process in the set's folder, so
//   relative paths name the set's files; the remaining lines are exactly what the command
//   prints, standard output first, then standard error. `status=N` gives the expected exit
//   status (default 0). The set's folder (an absolute temporary path) would be replaced by
//   `.` in the output, should the tool ever print it.
// - `from=OTHER` on the first block of a set starts the set as a copy of the set OTHER as it
//   is at that point of the guide (e.g. an error example on top of the reference rules).
// - Every lex, yaml, json, jsonl, xml and console block must be an example: illustrations
//   that are not meant to run go in ```text blocks. An `example:` comment not directly
//   before a fence, an unknown key or an unknown `from` set fails the test.
//
// LEXCHECK_UPDATE_GOLDEN=1 rewrites the expected output of every console block in
// docs/language.md with what the tool prints (review the diff before committing).
// What the guide must cover: language_guide_coverage_test.cpp.
#include "language_guide.hpp"

#include "cli_runner.hpp"
#include "fmt/format.hpp"
#include "golden_case.hpp"
#include "markdown_blocks.hpp"
#include "temp_dir.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace lexcheck::testing {
namespace {

namespace fs = std::filesystem;

const std::set<std::string> kRunLanguages = {"lex",   "yaml", "yml",  "json",
                                             "jsonl", "xml",  "toml", "console"};
const std::set<std::string> kFileKeys = {"file", "append", "from", "error", "warning", "continued"};
const std::set<std::string> kConsoleKeys = {"status", "from"};

std::string where(const MarkdownBlock& b) {
    return "docs/language.md:" + std::to_string(b.line) + ": ";
}

/// `[CODE]`, as a diagnostic ends (built with append: GCC 12 misreads `"[" + s + "]"` under
/// -O3 as an overlapping memcpy, -Wrestrict)
std::string code_tag(const std::string& code) {
    std::string tag = "[";
    tag.append(code);
    tag.push_back(']');
    return tag;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos;
         at = s.find(from, at + to.size())) {
        s.replace(at, from.size(), to);
    }
    return s;
}

/// The example sets of one run of the guide, each a folder under one temporary folder
class GuideRunner {
public:
    /// The folder of the block's set, created (as a copy of `from=`) on first use
    std::optional<fs::path> set_dir(const MarkdownBlock& b, const ExampleAttributes& a) {
        auto it = sets_.find(a.set);
        if (it != sets_.end()) {
            if (a.has("from"))
                ADD_FAILURE() << where(b) << "`from=` belongs on the first block of set `" << a.set
                              << "`";
            return it->second;
        }
        fs::path dir = root_.path() / a.set;
        fs::create_directories(dir);
        if (a.has("from")) {
            auto from = sets_.find(a.get("from"));
            if (from == sets_.end()) {
                ADD_FAILURE() << where(b) << "no example set `" << a.get("from")
                              << "` before this block";
                return std::nullopt;
            }
            fs::copy(from->second, dir, fs::copy_options::recursive);
        }
        sets_.emplace(a.set, dir);
        return dir;
    }

    void file_block(const MarkdownBlock& b, const ExampleAttributes& a) {
        for (const auto& [key, value] : a.keys) {
            if (!kFileKeys.count(key))
                ADD_FAILURE() << where(b) << "unknown key `" << key << "` on a file example";
        }
        if (!a.has("file") || a.get("file").empty()) {
            ADD_FAILURE() << where(b) << "a ```" << b.info << " example needs `file=PATH`";
            return;
        }
        auto dir = set_dir(b, a);
        if (!dir) return;
        fs::path file = *dir / a.get("file");
        fs::create_directories(file.parent_path());
        std::string text = b.text;
        if (a.has("append") && fs::exists(file)) text = read_text(file) + "\n" + text;
        write_text(file, text);
        ++files_;

        if (a.has("continued")) {
            if (a.has("error") || a.has("warning"))
                ADD_FAILURE() << where(b) << "`continued` cannot expect a diagnostic";
            unchecked_[a.set] = b;
            return;
        }
        unchecked_.erase(a.set);
        if (file.extension() == ".lex" && !a.has("error") && !a.has("warning")) {
            std::string whole = read_text(file);
            EXPECT_EQ(cli::fmt::format_source(whole), whole)
                << where(b) << a.get("file") << " is not in the layout of `lexcheck fmt`";
        }
        CliResult r = run_cli({"lint", "--rules", dir->string(), "--corpus", dir->string()});
        if (a.has("error")) {
            ++errors_;
            EXPECT_EQ(r.status, 2) << where(b) << "set `" << a.set << "` should not load";
            EXPECT_NE(r.err.find(code_tag(a.get("error"))), std::string::npos)
                << where(b) << "set `" << a.set << "` should fail with `" << a.get("error")
                << "`:\n"
                << r.err;
        } else if (a.has("warning")) {
            ++errors_;
            EXPECT_EQ(r.status, 0) << where(b) << "set `" << a.set << "` should load:\n" << r.err;
            EXPECT_NE(r.err.find("warning: "), std::string::npos) << where(b) << r.err;
            EXPECT_NE(r.err.find(code_tag(a.get("warning"))), std::string::npos)
                << where(b) << "set `" << a.set << "` should warn `" << a.get("warning") << "`:\n"
                << r.err;
        } else {
            EXPECT_EQ(r.status, 0) << where(b) << "set `" << a.set << "` should load:\n" << r.err;
            EXPECT_EQ(r.err, "") << where(b) << "set `" << a.set
                                 << "` should load without diagnostics";
        }
    }

    void console_block(const MarkdownBlock& b, const ExampleAttributes& a,
                       std::vector<std::pair<MarkdownBlock, std::string>>& updates) {
        for (const auto& [key, value] : a.keys) {
            if (!kConsoleKeys.count(key))
                ADD_FAILURE() << where(b) << "unknown key `" << key << "` on a console example";
        }
        std::size_t nl = b.text.find('\n');
        std::string command = nl == std::string::npos ? b.text : b.text.substr(0, nl);
        std::string expected = nl == std::string::npos ? "" : b.text.substr(nl + 1);
        const std::string prompt = "$ lexcheck ";
        if (command.rfind(prompt, 0) != 0) {
            ADD_FAILURE() << where(b) << "a console example starts with `$ lexcheck …`, not `"
                          << command << "`";
            return;
        }
        std::string error;
        auto args = split_command(command.substr(prompt.size()), error);
        if (!args) {
            ADD_FAILURE() << where(b) << error;
            return;
        }
        auto dir = set_dir(b, a);
        if (!dir) return;
        CliResult r = run_cli_in(*dir, *args);
        std::string actual = r.out + r.err;
        actual = replace_all(actual, dir->generic_string() + "/", "");
        actual = replace_all(actual, dir->generic_string(), ".");
        ++commands_;
        int status = std::stoi(a.get("status", "0"));
        EXPECT_EQ(r.status, status) << where(b) << command << "\n" << actual;
        EXPECT_EQ(actual, expected) << where(b) << command;
        if (actual != expected) updates.push_back({b, command + "\n" + actual});
    }

    /// Fails for every set whose last file block was `continued`
    void finish() {
        for (const auto& [set, b] : unchecked_) {
            ADD_FAILURE() << where(b) << "`continued`, but no later file block of set `" << set
                          << "` checks it";
        }
    }

    std::size_t files_ = 0, errors_ = 0, commands_ = 0;

private:
    TempDir root_{"language-guide"};
    std::map<std::string, fs::path> sets_;
    std::map<std::string, MarkdownBlock> unchecked_;  ///< set → its last, `continued` block
};

TEST(LanguageGuide, FollowsTheExampleConvention) {
    const Guide& g = guide();
    ASSERT_FALSE(g.text.empty()) << "cannot read " << guide_path();
    for (const MarkdownProblem& p : g.doc.problems) {
        ADD_FAILURE() << "docs/language.md:" << p.line << ": " << p.message;
    }
    for (const MarkdownBlock& b : g.doc.blocks) {
        if (!b.annotation && kRunLanguages.count(b.info)) {
            ADD_FAILURE() << where(b) << "a ```" << b.info
                          << " block must be an example (an `example:` comment before it); "
                             "use ```text for an illustration that does not run";
        }
        if (!b.annotation) continue;
        std::string error;
        if (!parse_example_attributes(*b.annotation, error)) ADD_FAILURE() << where(b) << error;
    }
}

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens
std::string heading_anchor(const std::string& heading) {
    std::string anchor;
    for (unsigned char c : heading) {
        if (std::isalnum(c) || c == '_' || c == '-' || c >= 0x80) {
            anchor += static_cast<char>(std::tolower(c));
        } else if (c == ' ') {
            anchor += '-';
        }
    }
    return anchor;
}

TEST(LanguageGuide, LinksPointToHeadingsAndFiles) {
    // Headings outside code blocks, as GitHub's anchors.
    std::set<std::string> anchors;
    static const std::regex heading(R"(^#{1,6} (.*)$)");
    const auto& blocks = guide().doc.blocks;
    std::istringstream lines(guide().text);
    std::string line;
    std::smatch m;
    std::size_t n = 0, block = 0;
    while (std::getline(lines, line)) {
        ++n;
        while (block < blocks.size() && blocks[block].end_line < n) ++block;
        bool in_block = block < blocks.size() && blocks[block].line <= n;
        if (!in_block && std::regex_match(line, m, heading)) anchors.insert(heading_anchor(m[1]));
    }
    EXPECT_GE(anchors.size(), 20u);
    static const std::regex link(R"(\]\(#([^)]+)\))");
    const std::string& text = guide().text;
    for (std::sregex_iterator it(text.begin(), text.end(), link), end; it != end; ++it) {
        EXPECT_TRUE(anchors.count((*it)[1]))
            << "docs/language.md links to a missing heading #" << (*it)[1];
    }
    static const std::regex file_link(R"(\]\(([A-Za-z0-9_./-]+\.md)\))");
    for (std::sregex_iterator it(text.begin(), text.end(), file_link), end; it != end; ++it) {
        EXPECT_TRUE(fs::exists(guide_path().parent_path() / std::string((*it)[1])))
            << "docs/language.md links to a missing file " << (*it)[1];
    }
}

TEST(LanguageGuide, EveryExampleRunsAndPrintsWhatTheGuideShows) {
    const Guide& g = guide();
    GuideRunner runner;
    std::vector<std::pair<MarkdownBlock, std::string>> updates;
    for (const MarkdownBlock& b : g.doc.blocks) {
        if (!b.annotation) continue;
        std::string error;
        auto a = parse_example_attributes(*b.annotation, error);
        if (!a) continue;  // reported by FollowsTheExampleConvention
        if (b.info == "console") {
            runner.console_block(b, *a, updates);
        } else {
            runner.file_block(b, *a);
        }
    }
    runner.finish();
    // The guide has a tutorial, a reference and error examples; a parser that silently
    // found no examples would pass everything.
    EXPECT_GE(runner.files_, 40u);
    EXPECT_GE(runner.errors_, 15u);
    EXPECT_GE(runner.commands_, 15u);
    if (update_golden() && !updates.empty()) {
        write_text(guide_path(), replace_block_texts(g.text, updates));
    }
}

}  // namespace
}  // namespace lexcheck::testing
