// Every folder under tests/golden/report/ is one case: its rules and corpus are checked and
// each format's report must equal expected.<ext> byte for byte (tests/golden/report/README.md).
#include "golden_case.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/parser/load.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace lexcheck {
namespace {

namespace fs = std::filesystem;

const fs::path kCases = fs::path(LEXCHECK_TEST_DIR) / "golden/report";

struct Format {
    const char* name;
    const char* extension;
};
constexpr Format kFormats[] = {
    {"json", "json"}, {"html", "html"}, {"md", "md"}, {"sarif", "sarif"}};

std::vector<fs::path> case_dirs() {
    std::vector<fs::path> out;
    if (!fs::exists(kCases)) return out;
    for (const auto& e : fs::directory_iterator(kCases)) {
        if (e.is_directory() && fs::exists(e.path() / "report.options")) out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

struct Options {
    checker::CheckOptions check;
    std::optional<std::string> timestamp;
};

Options read_options(const fs::path& file) {
    Options o;
    std::istringstream in(testing::read_text(file));
    std::string key, value;
    while (in >> key) {
        if (key == "all") {
            o.check.include_not_applicable = true;
            continue;
        }
        in >> value;
        if (key == "as_of") o.check.as_of = *core::parse_date(value);
        if (key == "jurisdiction") o.check.jurisdictions.push_back(value);
        if (key == "timestamp") o.timestamp = value;
    }
    o.check.threads = 1;
    return o;
}

/// The reports of one case, by format name; paths relative to the repository root
class CaseRun {
public:
    explicit CaseRun(const fs::path& dir) {
        fs::path rel = fs::relative(dir, LEXCHECK_SOURCE_DIR);
        fs::current_path(LEXCHECK_SOURCE_DIR);
        options_ = read_options(dir / "report.options");
        parser::load_rule_set({(rel / "rules").string()}, sources_, rules_, sink_);
        if (!sink_.has_errors()) {
            parser::load_corpus({(rel / "corpus").string()}, rules_.schema, sources_, corpus_,
                                sink_, 1);
        }
        for (const auto& d : sink_.sorted(sources_))
            errors_ += core::render_diagnostic(sources_, d, false);
        if (sink_.has_errors()) return;
        result_ = checker::check(rules_, corpus_, sources_, options_.check);
        auto add = [&](core::SourceId id) {
            inputs_.push_back({sources_.path(id), core::sha256_hex(sources_.text(id))});
        };
        for (core::SourceId id : rules_.files) add(id);
        for (core::SourceId id : corpus_.files) add(id);
        std::sort(inputs_.begin(), inputs_.end(),
                  [](const auto& a, const auto& b) { return a.path < b.path; });
    }

    const std::string& errors() const { return errors_; }

    std::string render(std::string_view format) const {
        reports::Report report{sources_,          rules_,  corpus_,
                               result_,           inputs_, options_.check.jurisdictions,
                               options_.timestamp};
        std::ostringstream out;
        reports::make_reporter(format)->write(report, out);
        return out.str();
    }

private:
    Options options_;
    core::SourceManager sources_;
    core::RuleSet rules_;
    core::Corpus corpus_;
    core::DiagnosticSink sink_;
    checker::CheckResult result_;
    std::vector<reports::InputFile> inputs_;
    std::string errors_;
};

class GoldenReport : public ::testing::TestWithParam<fs::path> {};

TEST_P(GoldenReport, EveryFormatMatchesItsExpectedFile) {
    CaseRun run(GetParam());
    ASSERT_TRUE(run.errors().empty()) << run.errors();
    for (const Format& format : kFormats) {
        std::string got = run.render(format.name);
        EXPECT_EQ(got, run.render(format.name)) << format.name << " output is not deterministic";
        fs::path expected = GetParam() / (std::string("expected.") + format.extension);
        if (testing::update_golden()) {
            testing::write_text(expected, got);
            continue;
        }
        ASSERT_TRUE(fs::exists(expected))
            << expected << " is missing; run with LEXCHECK_UPDATE_GOLDEN=1";
        EXPECT_EQ(got, testing::read_text(expected)) << "report differs from " << expected;
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenReport, ::testing::ValuesIn(case_dirs()),
                         [](const ::testing::TestParamInfo<fs::path>& info) {
                             return testing::test_name(info.param.filename());
                         });

}  // namespace
}  // namespace lexcheck
