#include "lexcheck/reports/reporter.hpp"

namespace lexcheck::reports {

std::unique_ptr<Reporter> make_reporter(std::string_view format) {
    (void)format;
    return nullptr;
}

std::vector<std::string> reporter_formats() { return {}; }

}  // namespace lexcheck::reports
