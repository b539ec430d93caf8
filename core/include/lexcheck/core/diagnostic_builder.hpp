// Builds a Diagnostic in one expression, labels and help included:
//   sink.report(diagnose::error(code, at, message).label(first, "first written here").help("…"));
#pragma once

#include "lexcheck/core/diagnostic.hpp"

#include <optional>
#include <string>

namespace lexcheck::core {

/// Adds labels and help to a Diagnostic in one chain, then converts to it
class DiagnosticBuilder {
public:
    DiagnosticBuilder(Severity severity, std::string code, std::optional<SourceSpan> at,
                      std::string message);
    /// A secondary underline, shown after the primary one
    DiagnosticBuilder&& label(SourceSpan span, std::string text) &&;
    /// An optional label: none when `l` is empty
    DiagnosticBuilder&& label(std::optional<Label> l) &&;
    /// The help line; none when `text` is empty
    DiagnosticBuilder&& help(std::optional<std::string> text) &&;
    operator Diagnostic() && { return std::move(d_); }

private:
    Diagnostic d_;
};

/// Starts a diagnostic of each severity at `at`
namespace diagnose {
DiagnosticBuilder error(std::string code, SourceSpan at, std::string message);
DiagnosticBuilder warning(std::string code, SourceSpan at, std::string message);
DiagnosticBuilder note(std::string code, SourceSpan at, std::string message);
/// An error at no position in any file: a path or a file the command line names
DiagnosticBuilder error(std::string code, std::string message);
}  // namespace diagnose

}  // namespace lexcheck::core
