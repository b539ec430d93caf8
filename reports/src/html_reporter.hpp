// `--format html`: the self-contained audit report a lawyer signs off (docs/reports.md).
#pragma once

#include "lexcheck/reports/reporter.hpp"

namespace lexcheck::reports {

class HtmlReporter final : public Reporter {
public:
    void write(const Report& report, std::ostream& out) const override;
};

}  // namespace lexcheck::reports
