// One entry of the corpus cache, mapped read-only and read where it lies: the image of its
// measure file (image.hpp) behind core::MeasureImage, so that a corpus holds its records
// without building a Measure for each (core::MeasureList). The mapping lives as long as the
// corpus that reads it.
#pragma once

#include "akn_ref.hpp"
#include "cache/image.hpp"

#include "lexcheck/core/measure.hpp"
#include "lexcheck/parser/cache.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::parser::detail {

/// What a lookup found
enum class Lookup { miss, rejected, hit };

class MappedEntry final : public core::MeasureImage {
public:
    /// The entry stored under `key` in `cache` when its header (magic, key, payload size),
    /// checksum and every record are sound, with spans in `file`; the `akn:` paths of its
    /// measures go to `akn`. Else null: `how` says whether there was none (a miss) or one
    /// that was damaged, stale or foreign (rejected). Counted either way.
    static std::shared_ptr<const MappedEntry> open(const CorpusCache& cache, const std::string& key,
                                                   core::SourceId file, std::vector<AknRef>& akn,
                                                   Lookup& how);

    MappedEntry(std::string_view mapping, Image image) : mapping_(mapping), image_(image) {}
    MappedEntry(const MappedEntry&) = delete;
    MappedEntry& operator=(const MappedEntry&) = delete;
    ~MappedEntry() override;

    std::uint32_t size() const override { return image_.size(); }
    core::MeasureHead head(std::uint32_t record) const override { return image_.head(record); }
    core::MeasureQuote quote(std::uint32_t record) const override { return image_.quote(record); }
    void facts(std::uint32_t record, std::vector<core::FactValue>& out) const override {
        image_.facts(record, out);
    }
    void values(std::uint32_t record, std::vector<core::FactValue>& out) const override {
        image_.values(record, out);
    }
    void add_spans(std::uint32_t record, std::span<core::FactValue> facts) const override {
        image_.add_spans(record, facts);
    }
    void build(std::uint32_t record, core::Measure& out) const override {
        image_.build(record, out);
    }
    bool fact_positions(std::uint32_t record, std::vector<core::FactPosition>& out) const override {
        return image_.fact_positions(record, out);
    }

private:
    std::string_view mapping_;
    Image image_;
};

}  // namespace lexcheck::parser::detail
