// A small Report built by hand, so reporter tests need neither the parser nor the checker.
#pragma once

#include "lexcheck/reports/reporter.hpp"

#include <string>

namespace lexcheck::testing {

/// Two measures (kz.m2, ru.m1), three provisions (s.g1 soft law, t.p1, t.p2) and four
/// findings: a binding and an advisory violation, a compliant and an undetermined finding.
/// Rule text, a fact, labels and a measure cite contain `<script>`; three findings have
/// reasons (LANGUAGE.md §13).
class ReportFixture {
public:
    ReportFixture();
    ReportFixture(const ReportFixture&) = delete;
    ReportFixture& operator=(const ReportFixture&) = delete;

    reports::Report report() const;
    std::string render(std::string_view format) const;

    core::SourceManager sources;
    core::RuleSet rules;
    core::Corpus corpus;
    checker::CheckResult result;
    std::vector<reports::InputFile> inputs;
    std::optional<std::string> timestamp;
    bool print_traces = false;
};

}  // namespace lexcheck::testing
