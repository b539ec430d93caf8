#include "lexcheck/reports/reporter.hpp"

#include "json_reporter.hpp"
#include "text_reporter.hpp"

namespace lexcheck::reports {

std::unique_ptr<Reporter> make_reporter(std::string_view format) {
    if (format == "text") return std::make_unique<TextReporter>();
    if (format == "json") return std::make_unique<JsonReporter>();
    return nullptr;
}

std::vector<std::string> reporter_formats() { return {"text", "json"}; }

}  // namespace lexcheck::reports
