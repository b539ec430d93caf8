// The JSON report of a warm run writes the line and column of each fact a step read as the
// corpus cache kept them (LXCACHEA, issue 20) instead of looking for them in the measure's
// file: an image that keeps every position 1,000 lines lower shows that they are read from
// it, and one that keeps the true positions gives the report of the measures themselves.
#include "report_fixture.hpp"

#include "lexcheck/core/measure.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace lexcheck {
namespace {

/// Measures behind core::MeasureImage, as the corpus cache's entries are read, that keep each
/// fact's position `shift` lines below where SourceManager::line_col finds it
class KeptPositions final : public core::MeasureImage {
public:
    KeptPositions(const core::MeasureList& measures, const core::SourceManager& sources,
                  std::uint32_t shift)
        : measures_(measures), sources_(sources), shift_(shift) {}

    std::uint32_t size() const override { return static_cast<std::uint32_t>(measures_.size()); }
    core::MeasureHead head(std::uint32_t r) const override { return measures_.head(r); }
    core::MeasureQuote quote(std::uint32_t r) const override {
        return {measures_[r].eid, measures_[r].eid_span};
    }
    void facts(std::uint32_t r, std::vector<core::FactValue>& out) const override {
        out = measures_[r].facts;
    }
    void build(std::uint32_t r, core::Measure& out) const override { out = measures_[r]; }
    bool fact_positions(std::uint32_t r, std::vector<core::FactPosition>& out) const override {
        out.clear();
        for (const core::FactValue& f : measures_[r].facts) {
            core::LineCol at = sources_.line_col(f.at.file, f.at.begin);
            at.line += shift_;
            out.push_back({f.fact, f.at.begin, at});
        }
        return true;
    }

private:
    core::MeasureList measures_;  ///< Objects: what their heads are read from
    const core::SourceManager& sources_;
    std::uint32_t shift_;
};

/// The fixture's measures read through a KeptPositions image
core::MeasureList through_image(const testing::ReportFixture& fx, std::uint32_t shift) {
    auto image = std::make_shared<KeptPositions>(fx.corpus.measures, fx.sources, shift);
    std::vector<core::MeasureList::Ref> order;
    for (std::uint32_t r = 0; r < image->size(); ++r) order.push_back({0, r});
    core::MeasureList list;
    list.append({}, {image}, order);
    for (std::size_t i = 0; i < list.size(); ++i)
        list.set_document(i, fx.corpus.measures.document(i));
    return list;
}

TEST(JsonReport, FactPositionsAreWrittenAsTheCorpusKeptThem) {
    testing::ReportFixture fx;
    const std::string plain = fx.render("json");
    const std::string fact_at = "\"at\": \"corpus/m.yaml:";
    ASSERT_NE(plain.find(fact_at), std::string::npos) << "the fixture's steps read facts";

    fx.corpus.measures = through_image(fx, 0);
    EXPECT_EQ(fx.render("json"), plain);

    testing::ReportFixture shifted_fx;
    shifted_fx.corpus.measures = through_image(shifted_fx, 1000);
    const std::string shifted = shifted_fx.render("json");
    std::size_t facts = 0;
    for (std::size_t a = plain.find(fact_at), b = shifted.find(fact_at); a != std::string::npos;
         a = plain.find(fact_at, a + 1), b = shifted.find(fact_at, b + 1), ++facts) {
        ASSERT_NE(b, std::string::npos);
        const std::size_t line_a = a + fact_at.size(), line_b = b + fact_at.size();
        EXPECT_EQ(std::stoul(shifted.substr(line_b)), std::stoul(plain.substr(line_a)) + 1000)
            << plain.substr(a, 40);
    }
    EXPECT_GT(facts, 0u);
}

}  // namespace
}  // namespace lexcheck
