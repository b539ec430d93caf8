// `--format md`: the audit report as GitHub-flavoured Markdown, for memos and pull
// requests; the same content as the HTML report without any HTML (docs/reports.md).
#pragma once

#include "lexcheck/reports/reporter.hpp"

namespace lexcheck::reports {

class MarkdownReporter final : public Reporter {
public:
    void write(const Report& report, std::ostream& out) const override;
};

}  // namespace lexcheck::reports
