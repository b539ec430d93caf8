// diagnose::error(…).label(…).help(…): the builder fills exactly the fields it is given,
// and a diagnostic built by it renders like one built field by field.
#include <lexcheck/core/diagnostic_builder.hpp>

#include <gtest/gtest.h>

namespace {

using lexcheck::core::Diagnostic;
using lexcheck::core::Label;
using lexcheck::core::Severity;
using lexcheck::core::SourceSpan;
namespace diagnose = lexcheck::core::diagnose;

TEST(DiagnosticBuilder, ErrorWithoutLabelsOrHelp) {
    Diagnostic d = diagnose::error("lex_unknown_name", SourceSpan{0, 3, 8}, "no fact");
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_EQ(d.code, "lex_unknown_name");
    EXPECT_EQ(d.message, "no fact");
    ASSERT_TRUE(d.primary);
    EXPECT_EQ(d.primary->begin, 3u);
    EXPECT_EQ(d.primary->end, 8u);
    EXPECT_TRUE(d.labels.empty());
    EXPECT_FALSE(d.help);
}

TEST(DiagnosticBuilder, LabelsKeepTheirOrderAndHelpIsSet) {
    Diagnostic d = diagnose::warning("lex_w", SourceSpan{0, 10, 12}, "m")
                       .label(SourceSpan{0, 1, 2}, "first")
                       .label(std::optional<Label>{})
                       .label(Label{SourceSpan{0, 4, 5}, "second"})
                       .help("do this");
    EXPECT_EQ(d.severity, Severity::warning);
    ASSERT_EQ(d.labels.size(), 2u);
    EXPECT_EQ(d.labels[0].text, "first");
    EXPECT_EQ(d.labels[1].text, "second");
    EXPECT_EQ(d.labels[1].span.begin, 4u);
    EXPECT_EQ(d.help, "do this");
}

TEST(DiagnosticBuilder, AnEmptyHelpLeavesNone) {
    Diagnostic d = diagnose::note("n", SourceSpan{0, 0, 1}, "m").help(std::nullopt);
    EXPECT_EQ(d.severity, Severity::note);
    EXPECT_FALSE(d.help);
}

TEST(DiagnosticBuilder, AnErrorWithoutPositionRendersAsLexcheckError) {
    Diagnostic d = diagnose::error("cli_missing_path", "`x` does not exist").help("check it");
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_FALSE(d.primary);
    EXPECT_EQ(d.help, "check it");
    lexcheck::core::SourceManager sources;
    EXPECT_EQ(lexcheck::core::render_diagnostic(sources, d)
                  .rfind("lexcheck: error: `x` does not exist", 0),
              0u);
}

TEST(DiagnosticBuilder, RendersLikeAHandBuiltDiagnostic) {
    lexcheck::core::SourceManager sources;
    auto id = sources.add("a.lex", "fact kind : bool\nfact kind : int\n");
    Diagnostic hand;
    hand.code = "lex_duplicate_id";
    hand.message = "fact `kind` is declared twice";
    hand.primary = SourceSpan{id, 22, 26};
    hand.labels.push_back({SourceSpan{id, 5, 9}, "first declared here"});
    hand.help = "rename one of them";
    Diagnostic built =
        diagnose::error("lex_duplicate_id", SourceSpan{id, 22, 26}, "fact `kind` is declared twice")
            .label(SourceSpan{id, 5, 9}, "first declared here")
            .help("rename one of them");
    EXPECT_EQ(lexcheck::core::render_diagnostic(sources, built),
              lexcheck::core::render_diagnostic(sources, hand));
}

}  // namespace
