// `--format text`: a summary a lawyer can scan in a terminal.
#pragma once

#include "lexcheck/reports/reporter.hpp"

namespace lexcheck::reports {

class TextReporter final : public Reporter {
public:
    void write(const Report& report, std::ostream& out) const override;
};

}  // namespace lexcheck::reports
