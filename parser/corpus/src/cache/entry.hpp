// One entry of the corpus cache, opened in two steps so that load_corpus can decode every
// file's measures straight into their final place: open() maps the entry and checks its
// header and checksum (and learns how many measures it holds), decode() builds them.
#pragma once

#include "akn_ref.hpp"

#include "lexcheck/core/measure.hpp"
#include "lexcheck/parser/cache.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::parser::detail {

/// A mapped cache entry whose header (magic, key, payload size) and checksum match
class CacheEntry {
public:
    /// The entry stored under `key` in `cache`, or nullopt: counted as a miss when there is
    /// none, as rejected when it is damaged, stale or foreign
    static std::optional<CacheEntry> open(const CorpusCache& cache, const std::string& key);

    CacheEntry(CacheEntry&& other) noexcept;
    CacheEntry& operator=(CacheEntry&& other) noexcept;
    CacheEntry(const CacheEntry&) = delete;
    CacheEntry& operator=(const CacheEntry&) = delete;
    ~CacheEntry();

    /// How many measures the entry holds
    std::uint32_t size() const { return count_; }

    /// Decodes the measures into `out` (size() default-constructed measures) with spans in
    /// `file`, and the `akn:` path of each measure that has one into `akn`; the facts go to
    /// `facts_arena` (the heap when null). Counted as a hit; false, counted as rejected, when
    /// the payload does not decode exactly to its end
    bool decode(core::SourceId file, core::Measure* out, std::vector<AknRef>& akn,
                core::BumpArena* facts_arena = nullptr) const;

private:
    CacheEntry(const CorpusCache& cache, const char* data, std::size_t size,
               std::string_view payload, std::uint32_t count)
        : cache_(&cache), data_(data), size_(size), payload_(payload), count_(count) {}
    void unmap();

    const CorpusCache* cache_;
    const char* data_;  ///< The whole mapped file
    std::size_t size_;
    std::string_view payload_;
    std::uint32_t count_;
};

}  // namespace lexcheck::parser::detail
