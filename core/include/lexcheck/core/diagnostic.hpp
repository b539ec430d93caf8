// One Diagnostic type for every input problem (rule files, measures, AKN, command line).
// Library code collects them in a DiagnosticSink; only the CLI prints them.
#pragma once

#include "lexcheck/core/source.hpp"

#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace lexcheck::core {

enum class Severity { error, warning, note };

/// A secondary underline with its own short message
struct Label {
    SourceSpan span;
    std::string text;
};

/// An input problem. Message style (docs/diagnostics.md): lowercase, no final period,
/// user input in backticks.
struct Diagnostic {
    Severity severity = Severity::error;
    std::string code;  ///< Stable: "lex_parse_error", "yaml_schema_error", ...
    std::string message;
    std::optional<SourceSpan> primary;
    std::vector<Label> labels;
    std::optional<std::string> help;  ///< E.g. "did you mean `eaeu_worker`?"
};

/// Collects diagnostics; safe to share between loader threads
class DiagnosticSink {
public:
    DiagnosticSink() = default;
    DiagnosticSink(const DiagnosticSink&) = delete;
    DiagnosticSink& operator=(const DiagnosticSink&) = delete;

    void report(Diagnostic d);
    /// Shorthand for an error at one span
    void error(std::string code, SourceSpan at, std::string message,
               std::optional<std::string> help = std::nullopt);
    void warning(std::string code, SourceSpan at, std::string message,
                 std::optional<std::string> help = std::nullopt);
    void note(std::string code, SourceSpan at, std::string message,
              std::optional<std::string> help = std::nullopt);

    bool has_errors() const;
    std::size_t error_count() const;
    /// Every diagnostic so far, sorted by (file, position, code, message) for stable output
    std::vector<Diagnostic> sorted(const SourceManager& sources) const;
    std::vector<Diagnostic> take();

private:
    mutable std::mutex mutex_;
    std::vector<Diagnostic> diagnostics_;
};

/// "FILE:LINE:COL: error: message", the source line, a ^~~~ underline, labels and help.
/// Diagnostics without a position render as "lexcheck: error: message".
std::string render_diagnostic(const SourceManager& sources, const Diagnostic& d,
                              bool with_snippet = true);

std::string_view severity_name(Severity s);

}  // namespace lexcheck::core
