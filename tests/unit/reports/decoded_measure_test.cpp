// The JSON report decodes a measure's head, facts and fact positions once for the findings of
// that measure that follow each other (json_measure.hpp, DecodedMeasure; issue 20).
#include "json_measure.hpp"

#include "lexcheck/core/measure.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace lexcheck {
namespace {

/// Measures behind core::MeasureImage, as the corpus cache's entries are read, that count how
/// often their facts are decoded
class CountingImage final : public core::MeasureImage {
public:
    explicit CountingImage(core::MeasureList measures) : measures_(std::move(measures)) {}

    std::uint32_t size() const override { return static_cast<std::uint32_t>(measures_.size()); }
    core::MeasureHead head(std::uint32_t r) const override { return measures_.head(r); }
    core::MeasureQuote quote(std::uint32_t r) const override {
        return {measures_[r].eid, measures_[r].eid_span};
    }
    void facts(std::uint32_t r, std::vector<core::FactValue>& out) const override {
        ++decoded;
        out = measures_[r].facts;
    }
    void build(std::uint32_t r, core::Measure& out) const override { out = measures_[r]; }
    bool fact_positions(std::uint32_t r, std::vector<core::FactPosition>& out) const override {
        out.clear();
        for (const core::FactValue& f : measures_[r].facts)
            out.push_back({f.fact, f.at.begin, {r + 1, f.fact + 1}});
        return true;
    }

    mutable int decoded = 0;

private:
    core::MeasureList measures_;
};

core::Measure measure(std::string id, std::uint32_t facts) {
    core::Measure m;
    m.id = std::move(id);
    m.jurisdiction = "RU";
    for (std::uint32_t f = 0; f < facts; ++f)
        m.facts.push_back({f + 10, core::make_enum(f), {1, f * 10, f * 10 + 2}});
    return m;
}

TEST(DecodedMeasure, DecodesAMeasureOnceForTheFindingsThatFollowEachOther) {
    auto image = std::make_shared<CountingImage>(
        core::MeasureList{measure("a", 2), measure("b", 3), measure("c", 0)});
    core::MeasureList list;
    list.append({}, {image}, {{0, 0}, {0, 1}, {0, 2}});

    reports::detail::DecodedMeasure decoded;
    const std::size_t order[] = {0, 0, 1, 1, 1, 0, 2, 2};
    int expected_decodes = 0;
    std::size_t last = 99;
    for (std::size_t i : order) {
        decoded.load(list, i);
        if (i != last) ++expected_decodes;
        last = i;
        EXPECT_EQ(image->decoded, expected_decodes) << "measure " << i;
        ASSERT_EQ(decoded.index(), i);
        EXPECT_EQ(decoded.head().id, std::string(1, static_cast<char>('a' + i)));
        std::vector<core::FactValue> facts;
        const auto want = list.facts(i, facts);
        --image->decoded;  // the comparison's own decoding
        ASSERT_EQ(decoded.facts().size(), want.size());
        ASSERT_EQ(decoded.positions().size(), want.size());
        for (std::size_t f = 0; f < want.size(); ++f) {
            EXPECT_EQ(decoded.facts()[f].fact, want[f].fact);
            EXPECT_EQ(decoded.facts()[f].value.integer, want[f].value.integer);
            EXPECT_EQ(decoded.positions()[f].at.line, i + 1);
        }
    }
}

TEST(DecodedMeasure, MeasuresReadFromTheirFilesHaveNoKeptPositions) {
    core::MeasureList list{measure("a", 2), measure("b", 1)};
    reports::detail::DecodedMeasure decoded;
    decoded.load(list, 1);
    EXPECT_EQ(decoded.head().id, "b");
    ASSERT_EQ(decoded.facts().size(), 1u);
    EXPECT_TRUE(decoded.positions().empty());
    decoded.load(list, 0);
    EXPECT_EQ(decoded.head().id, "a");
    EXPECT_EQ(decoded.facts().size(), 2u);
}

}  // namespace
}  // namespace lexcheck
