// `--format sarif`: SARIF 2.1.0 for code scanning: one rule per provision, one result per
// violation or undetermined finding, at the measure's YAML line (docs/reports.md).
#pragma once

#include "lexcheck/reports/reporter.hpp"

namespace lexcheck::reports {

class SarifReporter final : public Reporter {
public:
    void write(const Report& report, std::ostream& out) const override;
};

}  // namespace lexcheck::reports
