#include "diagnostic_matchers.hpp"

#include <lexcheck/parser/parse.hpp>
#include <lexcheck/parser/resolve.hpp>

#include <gtest/gtest.h>

namespace lexcheck::testing {

std::string ParsedFile::rendered() const {
    std::string out;
    for (const core::Diagnostic& d : diagnostics) out += core::render_diagnostic(sources, d, false);
    return out;
}

std::unique_ptr<ParsedFile> parse_lex_files(std::vector<SourceFile> files, bool resolve) {
    auto parsed = std::make_unique<ParsedFile>();
    core::DiagnosticSink sink;
    for (std::size_t i = 0; i < files.size(); ++i) {
        core::SourceId id = parsed->sources.add(std::move(files[i].path), std::move(files[i].text));
        if (i == 0) parsed->file = id;
        parsed->rules.files.push_back(id);
        parser::parse_rule_file(parsed->sources, id, parsed->rules, sink);
    }
    if (resolve) parser::resolve(parsed->sources, parsed->rules, sink);
    parsed->diagnostics = sink.sorted(parsed->sources);
    return parsed;
}

std::unique_ptr<ParsedFile> parse_lex(std::string src, bool resolve) {
    std::vector<SourceFile> files;
    files.push_back({"test.lex", std::move(src)});
    return parse_lex_files(std::move(files), resolve);
}

std::unique_ptr<ParsedFile> parse_clean(std::string src, bool resolve) {
    auto parsed = parse_lex(std::move(src), resolve);
    EXPECT_TRUE(parsed->diagnostics.empty()) << parsed->rendered();
    return parsed;
}

ExpectDiagnostics::ExpectDiagnostics(std::string src, bool resolve)
    : parsed_(parse_lex(std::move(src), resolve)) {}

ExpectDiagnostics::ExpectDiagnostics(std::vector<SourceFile> files, bool resolve)
    : parsed_(parse_lex_files(std::move(files), resolve)) {}

ExpectDiagnostics::Expected& ExpectDiagnostics::current() {
    if (expected_.empty()) expected_.emplace_back();
    return expected_.back();
}

ExpectDiagnostics& ExpectDiagnostics::code(std::string code) {
    Expected e;
    e.code = std::move(code);
    expected_.push_back(std::move(e));
    return *this;
}
ExpectDiagnostics& ExpectDiagnostics::message(std::string message) {
    current().message = std::move(message);
    return *this;
}
ExpectDiagnostics& ExpectDiagnostics::underlines(std::string text) {
    current().underlined = std::move(text);
    return *this;
}
ExpectDiagnostics& ExpectDiagnostics::at(std::uint32_t line, std::uint32_t column) {
    current().line = line;
    current().column = column;
    return *this;
}
ExpectDiagnostics& ExpectDiagnostics::help(std::string help) {
    current().help = std::move(help);
    return *this;
}
ExpectDiagnostics& ExpectDiagnostics::no_help() {
    current().no_help = true;
    return *this;
}
ExpectDiagnostics& ExpectDiagnostics::in_file(std::string path) {
    current().file = std::move(path);
    return *this;
}
ExpectDiagnostics& ExpectDiagnostics::label(std::string text, std::string underlined,
                                            std::uint32_t line, std::uint32_t column) {
    current().labels.push_back({std::move(text), std::move(underlined), line, column});
    return *this;
}

ExpectDiagnostics::~ExpectDiagnostics() {
    const auto& actual = parsed_->diagnostics;
    if (actual.size() != expected_.size()) {
        ADD_FAILURE() << "expected " << expected_.size() << " diagnostic(s), got " << actual.size()
                      << ":\n"
                      << parsed_->rendered();
    }
    for (std::size_t i = 0; i < std::min(actual.size(), expected_.size()); ++i) {
        const core::Diagnostic& d = actual[i];
        const Expected& e = expected_[i];
        SCOPED_TRACE("diagnostic #" + std::to_string(i + 1) + ": " +
                     core::render_diagnostic(parsed_->sources, d, true));
        EXPECT_EQ(d.code, e.code);
        if (e.message) {
            EXPECT_EQ(d.message, *e.message);
        }
        if (e.help) {
            EXPECT_EQ(d.help.value_or("<none>"), *e.help);
        }
        if (e.no_help) {
            EXPECT_FALSE(d.help.has_value()) << "help: " << d.help.value_or("");
        }
        if (!e.labels.empty()) {
            EXPECT_EQ(d.labels.size(), e.labels.size()) << "labels";
            for (std::size_t k = 0; k < std::min(d.labels.size(), e.labels.size()); ++k) {
                const core::Label& l = d.labels[k];
                const ExpectedLabel& el = e.labels[k];
                EXPECT_EQ(l.text, el.text) << "label #" << k + 1;
                EXPECT_EQ(parsed_->sources.slice(l.span), el.underlined) << "label #" << k + 1;
                core::LineCol lc = parsed_->sources.line_col(l.span.file, l.span.begin);
                EXPECT_EQ(lc.line, el.line) << "label #" << k + 1 << " line";
                EXPECT_EQ(lc.column, el.column) << "label #" << k + 1 << " column";
            }
        }
        if (!d.primary) {
            ADD_FAILURE() << "diagnostic has no position";
            continue;
        }
        if (e.underlined) {
            EXPECT_EQ(parsed_->sources.slice(*d.primary), *e.underlined);
        }
        if (e.file) {
            EXPECT_EQ(parsed_->sources.path(d.primary->file), *e.file) << "file";
        }
        if (e.line) {
            core::LineCol lc = parsed_->sources.line_col(d.primary->file, d.primary->begin);
            EXPECT_EQ(lc.line, *e.line) << "line";
            EXPECT_EQ(lc.column, *e.column) << "column";
        }
    }
}

}  // namespace lexcheck::testing
