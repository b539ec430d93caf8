// `--format json`: LANGUAGE.md §7, documented in docs/json-format.md.
#pragma once

#include "lexcheck/reports/reporter.hpp"

namespace lexcheck::reports {

class JsonReporter final : public Reporter {
public:
    void write(const Report& report, std::ostream& out) const override;
};

}  // namespace lexcheck::reports
