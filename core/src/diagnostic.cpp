#include "lexcheck/core/diagnostic.hpp"

#include "lexcheck/core/diagnostic_builder.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

namespace lexcheck::core {

void DiagnosticSink::report(Diagnostic d) {
    std::lock_guard lock(mutex_);
    diagnostics_.push_back(std::move(d));
}

DiagnosticBuilder::DiagnosticBuilder(Severity severity, std::string code,
                                     std::optional<SourceSpan> at, std::string message) {
    d_.severity = severity;
    d_.code = std::move(code);
    d_.message = std::move(message);
    d_.primary = at;
}

DiagnosticBuilder&& DiagnosticBuilder::label(SourceSpan span, std::string text) && {
    d_.labels.push_back({span, std::move(text)});
    return std::move(*this);
}

DiagnosticBuilder&& DiagnosticBuilder::label(std::optional<Label> l) && {
    if (l) d_.labels.push_back(std::move(*l));
    return std::move(*this);
}

DiagnosticBuilder&& DiagnosticBuilder::help(std::optional<std::string> text) && {
    d_.help = std::move(text);
    return std::move(*this);
}

DiagnosticBuilder diagnose::error(std::string code, SourceSpan at, std::string message) {
    return {Severity::error, std::move(code), at, std::move(message)};
}
DiagnosticBuilder diagnose::warning(std::string code, SourceSpan at, std::string message) {
    return {Severity::warning, std::move(code), at, std::move(message)};
}
DiagnosticBuilder diagnose::note(std::string code, SourceSpan at, std::string message) {
    return {Severity::note, std::move(code), at, std::move(message)};
}
DiagnosticBuilder diagnose::error(std::string code, std::string message) {
    return {Severity::error, std::move(code), std::nullopt, std::move(message)};
}

void DiagnosticSink::error(std::string code, SourceSpan at, std::string message,
                           std::optional<std::string> help) {
    report(diagnose::error(std::move(code), at, std::move(message)).help(std::move(help)));
}
void DiagnosticSink::warning(std::string code, SourceSpan at, std::string message,
                             std::optional<std::string> help) {
    report(diagnose::warning(std::move(code), at, std::move(message)).help(std::move(help)));
}
void DiagnosticSink::note(std::string code, SourceSpan at, std::string message,
                          std::optional<std::string> help) {
    report(diagnose::note(std::move(code), at, std::move(message)).help(std::move(help)));
}

bool DiagnosticSink::has_errors() const {
    return error_count() > 0;
}

std::size_t DiagnosticSink::error_count() const {
    std::lock_guard lock(mutex_);
    return static_cast<std::size_t>(
        std::count_if(diagnostics_.begin(), diagnostics_.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::vector<Diagnostic> DiagnosticSink::sorted(const SourceManager& sources) const {
    std::vector<Diagnostic> result;
    {
        std::lock_guard lock(mutex_);
        result = diagnostics_;
    }
    auto key = [&](const Diagnostic& d) {
        std::string path = d.primary ? sources.path(d.primary->file) : std::string();
        std::uint32_t begin = d.primary ? d.primary->begin : 0;
        return std::make_tuple(std::move(path), begin, d.code, d.message);
    };
    std::stable_sort(result.begin(), result.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    return result;
}

std::vector<Diagnostic> DiagnosticSink::take() {
    std::lock_guard lock(mutex_);
    return std::exchange(diagnostics_, {});
}

std::string_view severity_name(Severity s) {
    switch (s) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::note:
            return "note";
    }
    return "error";
}

namespace {

// Width in characters of the bytes [from, to) of a line (UTF-8 aware).
std::size_t char_width(std::string_view line, std::size_t from, std::size_t to) {
    std::size_t n = 0;
    for (std::size_t i = from; i < to && i < line.size(); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++n;
    }
    return n;
}

void append_snippet(std::string& out, const SourceManager& sources, SourceSpan span,
                    const std::string& label) {
    LineCol start = sources.line_col(span.file, span.begin);
    std::string_view line = sources.line_text(span.file, start.line);
    std::uint32_t line_begin = sources.offset_of(span.file, start.line, 1);
    std::size_t from = span.begin - line_begin;
    std::size_t to = std::min<std::size_t>(span.end - line_begin, line.size());
    if (span.end <= span.begin || to <= from) to = from + 1;  // point span: one caret

    std::string gutter = std::to_string(start.line);
    std::string pad(gutter.size(), ' ');
    out += pad + " |\n";
    out += gutter + " | ";
    out += line;
    out += '\n';
    out += pad + " | ";
    for (char c : line.substr(0, from)) out += (c == '\t' ? '\t' : ' ');
    std::size_t width = std::max<std::size_t>(1, char_width(line, from, to));
    if (from >= line.size()) width = 1;
    out += '^';
    out += std::string(width - 1, '~');
    if (!label.empty()) out += " " + label;
    out += '\n';
}

}  // namespace

std::string render_diagnostic(const SourceManager& sources, const Diagnostic& d,
                              bool with_snippet) {
    std::string out;
    if (d.primary) {
        out += sources.location(*d.primary) + ": ";
    } else {
        out += "lexcheck: ";
    }
    out += severity_name(d.severity);
    out += ": ";
    out += d.message;
    if (!d.code.empty()) out += " [" + d.code + "]";
    out += '\n';
    if (with_snippet && d.primary && d.primary->file != 0) {
        append_snippet(out, sources, *d.primary, "");
        for (const Label& l : d.labels) {
            out += sources.location(l.span) + ": note: " + l.text + "\n";
            append_snippet(out, sources, l.span, "");
        }
    }
    if (d.help) {
        // Under the snippets' `|` column, as rustc aligns it.
        std::size_t indent = 2;
        auto widen = [&](SourceSpan span) {
            auto digits = std::to_string(sources.line_col(span.file, span.begin).line).size();
            indent = std::max(indent, digits + 1);
        };
        if (with_snippet && d.primary && d.primary->file != 0) {
            widen(*d.primary);
            for (const Label& l : d.labels) widen(l.span);
        }
        out += std::string(indent, ' ') + "= help: " + *d.help + "\n";
    }
    return out;
}

}  // namespace lexcheck::core
