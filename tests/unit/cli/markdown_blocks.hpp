// Fenced code blocks of a Markdown file and the `<!-- example: … -->` comments that mark
// them, for tests that run the examples of the documentation (docs/language.md).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::testing {

/// One fenced code block: a line of three or more backticks at the start of a line, the
/// text, and a closing line of at least as many backticks
struct MarkdownBlock {
    std::size_t line = 0;      ///< 1-based line of the opening fence
    std::size_t end_line = 0;  ///< 1-based line of the closing fence
    std::string info;          ///< the first word after the opening fence ("lex", "console", …)
    std::string text;          ///< the lines between the fences, each ending in '\n'
    /// What follows `example:` in a `<!-- example: … -->` line just before the fence
    std::optional<std::string> annotation;
};

/// Something in the Markdown that breaks the example convention
struct MarkdownProblem {
    std::size_t line = 0;
    std::string message;
};

struct MarkdownDocument {
    std::vector<MarkdownBlock> blocks;
    std::vector<MarkdownProblem> problems;
};

/// The fenced blocks of `text` in order; an `example:` comment that does not stand on the
/// line right before an opening fence, and a fence that is never closed, are problems
MarkdownDocument read_markdown_blocks(std::string_view text);

/// The annotation `SET key=value flag …`: the first word names the set, the others are
/// `key=value` pairs or flags (kept with an empty value)
struct ExampleAttributes {
    std::string set;
    std::map<std::string, std::string> keys;

    bool has(const std::string& key) const { return keys.count(key) > 0; }
    std::string get(const std::string& key, const std::string& fallback = "") const {
        auto it = keys.find(key);
        return it == keys.end() ? fallback : it->second;
    }
};

/// Parses an annotation; on a malformed one, returns nothing and says why in `error`
std::optional<ExampleAttributes> parse_example_attributes(std::string_view annotation,
                                                          std::string& error);

/// Splits a command line into words: blanks separate words, and "…" or '…' group them
/// (without escapes); an unclosed quote is an error
std::optional<std::vector<std::string>> split_command(std::string_view line, std::string& error);

/// `document` with the text of the given blocks replaced (block → new text, each line
/// ending in '\n'); used to rewrite expected outputs
std::string replace_block_texts(std::string_view document,
                                const std::vector<std::pair<MarkdownBlock, std::string>>& edits);

}  // namespace lexcheck::testing
