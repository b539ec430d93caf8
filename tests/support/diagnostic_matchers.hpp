// Test helpers for rule-file diagnostics, in the style of Cedar's ExpectedErrorMessageBuilder:
//   expect_diagnostics(src).code("lex_parse_error").message("expected `}`")
//       .underlines("provision").at(3, 1);
// checks every diagnostic of parsing `src` (sorted), in order, and that there are no others.
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

/// Parses `src` as the file "test.lex"; with `resolve`, runs the resolver too
std::unique_ptr<ParsedFile> parse_lex(std::string src, bool resolve = false);

/// Fluent expectation on the diagnostics of one source text; checks when destroyed
class ExpectDiagnostics {
   public:
    explicit ExpectDiagnostics(std::string src, bool resolve = false);
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

    const ParsedFile& parsed() const { return *parsed_; }

   private:
    struct Expected {
        std::string code;
        std::optional<std::string> message, underlined, help;
        std::optional<std::uint32_t> line, column;
    };
    Expected& current();

    std::unique_ptr<ParsedFile> parsed_;
    std::vector<Expected> expected_;
};

inline ExpectDiagnostics expect_diagnostics(std::string src) {
    return ExpectDiagnostics(std::move(src));
}

/// Parses `src`, expects no diagnostic at all and returns the result
std::unique_ptr<ParsedFile> parse_clean(std::string src);

}  // namespace lexcheck::testing
