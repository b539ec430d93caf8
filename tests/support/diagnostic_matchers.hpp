// Test helpers for rule-file diagnostics, in the style of Cedar's ExpectedErrorMessageBuilder:
//   expect_diagnostics(src).code("lex_parse_error").message("expected `}`")
//       .underlines("provision").at(3, 1);
// checks every diagnostic of parsing `src` (sorted), in order, and that there are no others.
// With resolve=true the resolver runs too; several files form one rule set, e.g.
//   ExpectDiagnostics({{"a.lex", a}, {"b.lex", b}}, true).code(…).in_file("b.lex").at(2, 3);
// Help and labels are checked when asked for: .help("…") or .no_help(), and
// .label("first declared here", "flag", 16, 8) per label (then the count must match too).
#pragma once

#include <lexcheck/core/diagnostic.hpp>
#include <lexcheck/core/rule_set.hpp>
#include <lexcheck/core/source.hpp>

#include <memory>
#include <string>
#include <vector>

namespace lexcheck::testing {

/// One file parsed (and optionally resolved), with everything it reported
struct ParsedFile {
    core::SourceManager sources;
    core::SourceId file = 0;
    core::RuleSet rules;
    std::vector<core::Diagnostic> diagnostics;  ///< Sorted

    std::string_view slice(core::SourceSpan span) const { return sources.slice(span); }
    /// Every diagnostic rendered without snippets, one a line
    std::string rendered() const;
};

/// A rule file given to the parser: its path as shown in diagnostics, and its text
struct SourceFile {
    std::string path;
    std::string text;
};

/// Parses `src` as the file "test.lex"; with `resolve`, runs the resolver too
std::unique_ptr<ParsedFile> parse_lex(std::string src, bool resolve = false);
/// Parses every file into one rule set (`file` is the first); with `resolve`, resolves it
std::unique_ptr<ParsedFile> parse_lex_files(std::vector<SourceFile> files, bool resolve = false);

/// Fluent expectation on the diagnostics of one source text; checks when destroyed
class ExpectDiagnostics {
public:
    explicit ExpectDiagnostics(std::string src, bool resolve = false);
    ExpectDiagnostics(std::vector<SourceFile> files, bool resolve);
    ExpectDiagnostics(const ExpectDiagnostics&) = delete;
    ExpectDiagnostics& operator=(const ExpectDiagnostics&) = delete;
    ~ExpectDiagnostics();

    /// Starts the next expected diagnostic
    ExpectDiagnostics& code(std::string code);
    ExpectDiagnostics& message(std::string message);
    /// The primary span covers exactly this text
    ExpectDiagnostics& underlines(std::string text);
    /// The primary span starts at this 1-based line and column
    ExpectDiagnostics& at(std::uint32_t line, std::uint32_t column);
    ExpectDiagnostics& help(std::string help);
    /// The diagnostic has no help line
    ExpectDiagnostics& no_help();
    /// The primary span is in this file (by path)
    ExpectDiagnostics& in_file(std::string path);
    /// The next label has this text and underlines `underlined` at line/column
    ExpectDiagnostics& label(std::string text, std::string underlined, std::uint32_t line,
                             std::uint32_t column);

    const ParsedFile& parsed() const { return *parsed_; }

private:
    struct ExpectedLabel {
        std::string text, underlined;
        std::uint32_t line = 0, column = 0;
    };
    struct Expected {
        std::string code;
        std::optional<std::string> message, underlined, help, file;
        std::optional<std::uint32_t> line, column;
        bool no_help = false;
        std::vector<ExpectedLabel> labels;
    };
    Expected& current();

    std::unique_ptr<ParsedFile> parsed_;
    std::vector<Expected> expected_;
};

inline ExpectDiagnostics expect_diagnostics(std::string src) {
    return ExpectDiagnostics(std::move(src));
}

/// Parses (with `resolve`: and resolves) `src`, expects no diagnostic at all and returns the result
std::unique_ptr<ParsedFile> parse_clean(std::string src, bool resolve = false);
/// Parses and resolves `src`; expects no diagnostic at all
inline std::unique_ptr<ParsedFile> resolve_clean(std::string src) {
    return parse_clean(std::move(src), true);
}

}  // namespace lexcheck::testing
