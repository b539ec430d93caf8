#include "lint_fixture.hpp"

#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

namespace lexcheck::testing {

std::vector<core::Diagnostic> Linted::with_code(const std::string& code) const {
    std::vector<core::Diagnostic> out;
    for (const core::Diagnostic& d : all) {
        if (d.code == code) out.push_back(d);
    }
    return out;
}

std::string Linted::rendered() const {
    std::string out;
    for (const core::Diagnostic& d : all) out += core::render_diagnostic(sources, d, false);
    return out;
}

std::unique_ptr<Linted> lint_with(const Linter& linter, const std::string& lex,
                                  const std::string& yaml) {
    auto l = std::make_unique<Linted>();
    core::DiagnosticSink load;
    parser::load_rule_set({l->dir.write("rules.lex", lex)}, l->sources, l->rules, load);
    std::vector<std::string> corpus;
    if (!yaml.empty()) corpus.push_back(l->dir.write("measures.yaml", yaml));
    if (!load.has_errors())
        parser::load_corpus(corpus, l->rules.schema, l->sources, l->corpus, load, 1);
    std::string errors;
    for (const core::Diagnostic& d : load.sorted(l->sources))
        errors += core::render_diagnostic(l->sources, d, false);
    EXPECT_FALSE(load.has_errors()) << errors;
    core::DiagnosticSink sink;
    linter(l->rules, l->corpus, sink);
    l->all = sink.sorted(l->sources);
    return l;
}

void expect_lint(const Linted& l, const std::string& code, const std::vector<Want>& want) {
    auto got = l.with_code(code);
    ASSERT_EQ(got.size(), want.size()) << l.rendered();
    for (std::size_t i = 0; i < got.size(); ++i) {
        const core::Diagnostic& d = got[i];
        const Want& w = want[i];
        SCOPED_TRACE(core::render_diagnostic(l.sources, d, true));
        EXPECT_EQ(d.severity, w.severity);
        ASSERT_TRUE(d.primary.has_value());
        std::string path = l.sources.path(d.primary->file);
        EXPECT_EQ(path.substr(path.rfind('/') + 1), w.file);
        core::LineCol lc = l.sources.line_col(d.primary->file, d.primary->begin);
        EXPECT_EQ(lc.line, w.line) << "line";
        EXPECT_EQ(lc.column, w.column) << "column";
        EXPECT_EQ(l.sources.slice(*d.primary), w.underlined);
        EXPECT_EQ(d.message, w.message);
        EXPECT_EQ(d.help.value_or("<none>"), w.help);
    }
}

void expect_no_lint(const Linted& l, const std::string& code) {
    EXPECT_TRUE(l.with_code(code).empty()) << l.rendered();
}

void expect_label(const core::Diagnostic& d, const Linted& l, const std::string& underlined,
                  const std::string& text) {
    ASSERT_EQ(d.labels.size(), 1u);
    EXPECT_EQ(l.sources.slice(d.labels[0].span), underlined);
    EXPECT_EQ(d.labels[0].text, text);
}

std::string base() {
    return std::string(kPrelude) + kProvision;
}

}  // namespace lexcheck::testing
