// core::MeasureList: measures as objects or as records of an image, built on first access
// (once, from any number of threads), reordered by reference, with documents set either way.
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/parallel.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace lexcheck::core {
namespace {

/// An image of `n` records `r0`, `r1`… (jurisdiction RU, one fact: the record number) that
/// counts how often a record is built
class CountingImage final : public MeasureImage {
public:
    explicit CountingImage(std::uint32_t n) : n_(n), ids_(n) {
        for (std::uint32_t r = 0; r < n; ++r) {
            ids_[r] = "r" + std::to_string(r);
            eids_.push_back("e" + std::to_string(r));
        }
    }
    std::uint32_t size() const override { return n_; }
    MeasureHead head(std::uint32_t r) const override {
        MeasureHead h;
        h.id = ids_[r];
        h.jurisdiction = "RU";
        return h;
    }
    /// Record r quotes `e<r>` (span r to r + 1 of file 1), as its built measure does
    MeasureQuote quote(std::uint32_t r) const override {
        return {eids_[r], SourceSpan{1, r, r + 1}};
    }
    void facts(std::uint32_t r, std::vector<FactValue>& out) const override {
        out.assign(1, FactValue{7, make_int(r), {}});
    }
    void build(std::uint32_t r, Measure& out) const override {
        ++builds;
        out.id = ids_[r];
        out.jurisdiction = "RU";
        out.facts.push_back(FactValue{7, make_int(r), {}});
        out.eid = eids_[r];
        out.eid_span = SourceSpan{1, r, r + 1};
    }
    /// Record r's one fact at offset r, line r + 1, column 2, when `keeps_positions`
    bool fact_positions(std::uint32_t r, std::vector<FactPosition>& out) const override {
        if (!keeps_positions) return false;
        out.assign(1, FactPosition{7, r, {r + 1, 2}});
        return true;
    }
    mutable std::atomic<int> builds{0};
    bool keeps_positions = false;

private:
    std::uint32_t n_;
    std::vector<std::string> ids_, eids_;
};

Measure object(const std::string& id) {
    Measure m;
    m.id = id;
    m.jurisdiction = "KZ";
    return m;
}

/// objects a, b, then the image's records 0..2: positions a b r0 r1 r2
MeasureList mixed(const std::shared_ptr<CountingImage>& image) {
    MeasureList list;
    std::vector<Measure> objects{object("a"), object("b")};
    std::vector<MeasureList::Ref> order{{kNone, 0}, {kNone, 1}, {0, 0}, {0, 1}, {0, 2}};
    list.append(std::move(objects), {image}, order);
    return list;
}

std::vector<std::string> ids(const MeasureList& list) {
    std::vector<std::string> out;
    for (const Measure& m : list) out.push_back(m.id);
    return out;
}

TEST(MeasureList, ObjectsOnlyIsAVectorOfMeasures) {
    MeasureList list{object("a"), object("b")};
    list.push_back(object("c"));
    EXPECT_EQ(ids(list), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(list.head(1).jurisdiction, "KZ");
    std::vector<FactValue> scratch;
    EXPECT_TRUE(list.facts(0, scratch).empty());
    EXPECT_EQ(list.built(), 0u);
}

TEST(MeasureList, RecordsAreReadInPlaceAndBuiltOnceOnFirstAccess) {
    auto image = std::make_shared<CountingImage>(3);
    MeasureList list = mixed(image);
    ASSERT_EQ(list.size(), 5u);
    EXPECT_EQ(list.head(3).id, "r1");
    std::vector<FactValue> scratch;
    auto facts = list.facts(4, scratch);
    ASSERT_EQ(facts.size(), 1u);
    EXPECT_EQ(facts[0].value.integer, 2);
    EXPECT_EQ(image->builds.load(), 0) << "heads and facts build nothing";

    EXPECT_EQ(list[3].id, "r1");
    EXPECT_EQ(&list[3], &list[3]) << "built once, then the same object";
    EXPECT_EQ(image->builds.load(), 1);
    EXPECT_EQ(list.built(), 1u);
    EXPECT_EQ(ids(list), (std::vector<std::string>{"a", "b", "r0", "r1", "r2"}));
    EXPECT_EQ(image->builds.load(), 3);
}

// Where a record's facts were written comes from its image, when it keeps that (the corpus
// cache does, for the JSON report); objects, and images that keep none, give none.
TEST(MeasureList, FactPositionsComeFromImagesThatKeepThem) {
    auto image = std::make_shared<CountingImage>(3);
    MeasureList list = mixed(image);
    std::vector<FactPosition> scratch;
    EXPECT_TRUE(list.fact_positions(4, scratch).empty()) << "this image keeps none";
    image->keeps_positions = true;
    EXPECT_TRUE(list.fact_positions(0, scratch).empty()) << "an object";
    auto at = list.fact_positions(4, scratch);
    ASSERT_EQ(at.size(), 1u);
    EXPECT_EQ(at[0].fact, 7u);
    EXPECT_EQ(at[0].offset, 2u);
    EXPECT_EQ(at[0].at.line, 3u);
    EXPECT_EQ(at[0].at.column, 2u);
    EXPECT_EQ(image->builds.load(), 0) << "nothing built";
}

TEST(MeasureList, ThreadsAskingForTheSameRecordGetOneMeasure) {
    auto image = std::make_shared<CountingImage>(64);
    MeasureList list;
    std::vector<MeasureList::Ref> order;
    for (std::uint32_t r = 0; r < 64; ++r) order.push_back({0, r});
    list.append({}, {image}, order);
    std::vector<const Measure*> seen(8 * 64);
    parallel_for(seen.size(), 4, [&](std::size_t i) { seen[i] = &list[i % 64]; });
    for (std::size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], seen[i % 64]) << i;
    EXPECT_EQ(list.built(), 64u);  // a losing thread's measure is dropped, never kept
}

TEST(MeasureList, ReorderMovesReferencesAndDocumentsFollowTheirMeasures) {
    auto image = std::make_shared<CountingImage>(3);
    MeasureList list = mixed(image);
    list.set_document(4, 9);  // r2, not built yet
    EXPECT_EQ(list[2].document, kNone);
    list.set_document(2, 5);     // r0, built: updated in place
    list.set_document(1, 3);     // b, an object
    list.reorder(1, {4, 1, 2});  // keep a; then r2, b, r0 (r1 dropped)
    EXPECT_EQ(ids(list), (std::vector<std::string>{"a", "r2", "b", "r0"}));
    EXPECT_EQ(list[1].document, 9u);
    EXPECT_EQ(list[2].document, 3u);
    EXPECT_EQ(list[3].document, 5u);
}

TEST(MeasureList, ACopySharesTheImageAndBuildsItsOwnMeasures) {
    auto image = std::make_shared<CountingImage>(3);
    MeasureList list = mixed(image);
    list.set_document(3, 4);
    const Measure& original = list[3];
    MeasureList copy = list;
    EXPECT_NE(&copy[3], &original);
    EXPECT_EQ(copy[3].document, 4u);
    list = MeasureList{};
    EXPECT_EQ(ids(copy), (std::vector<std::string>{"a", "b", "r0", "r1", "r2"}));
    EXPECT_EQ(image.use_count(), 2) << "the copy keeps the image alive";
}

// What a measure quotes is read without building it (loading looks every eId up): from the
// object, the built measure, or the image's record.
TEST(MeasureList, QuotesAreReadWithoutBuilding) {
    auto image = std::make_shared<CountingImage>(3);
    MeasureList list = mixed(image);
    Measure quoting = object("c");
    quoting.eid = "art_1";
    quoting.eid_span = SourceSpan{2, 5, 10};
    list.push_back(quoting);
    EXPECT_EQ(list.quote(0).eid, "");
    EXPECT_EQ(list.quote(3).eid, "e1");
    EXPECT_EQ(list.quote(3).eid_span, (SourceSpan{1, 1, 2}));
    EXPECT_EQ(list.quote(5).eid, "art_1");
    EXPECT_EQ(list.quote(5).eid_span, (SourceSpan{2, 5, 10}));
    EXPECT_EQ(image->builds, 0);
    (void)list[4];  // built: read from the measure
    EXPECT_EQ(list.quote(4).eid, "e2");
    EXPECT_EQ(image->builds, 1);
}

}  // namespace
}  // namespace lexcheck::core
