// `--format json`: LANGUAGE.md §7, documented in docs/json-format.md.
#pragma once

#include "lexcheck/reports/reporter.hpp"

namespace lexcheck::reports {

class JsonReporter final : public Reporter {
public:
    /// Findings are formatted on `threads` threads (0: hardware concurrency); the output is
    /// the same for any number
    explicit JsonReporter(unsigned threads = 0) : threads_(threads) {}
    void write(const Report& report, std::ostream& out) const override;

private:
    unsigned threads_;
};

}  // namespace lexcheck::reports
