#include "lexcheck/reports/reporter.hpp"

#include "html_reporter.hpp"
#include "json_reporter.hpp"
#include "markdown_reporter.hpp"
#include "sarif_reporter.hpp"
#include "text_reporter.hpp"

namespace lexcheck::reports {

std::unique_ptr<Reporter> make_reporter(std::string_view format, unsigned threads) {
    if (format == "text") return std::make_unique<TextReporter>();
    if (format == "json") return std::make_unique<JsonReporter>(threads);
    if (format == "html") return std::make_unique<HtmlReporter>();
    if (format == "md") return std::make_unique<MarkdownReporter>();
    if (format == "sarif") return std::make_unique<SarifReporter>();
    return nullptr;
}

std::vector<std::string> reporter_formats() {
    return {"text", "json", "html", "md", "sarif"};
}

}  // namespace lexcheck::reports
