// Where the texts and fact reads of trace steps, and findings' reasons and exceptions tried,
// live: a finding views them instead of owning copies, so tracing a finding allocates
// (almost) nothing per step, and findings of one shape share them (issue 20). The findings
// that refer to a store share it, so it lives as long as the last of them.
#pragma once

#include "lexcheck/core/source.hpp"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>

namespace lexcheck::core {

/// A fact read while evaluating a condition
struct FactRead {
    std::uint32_t fact = 0;
    bool present = false;
    SourceSpan at;  ///< The measure's YAML position of the value, when present
};

/// Texts and arrays kept where they are until the store is destroyed; safe to call from
/// several threads
class TraceStore {
public:
    /// `text`, kept once however often it is asked for (so a store grows with the distinct
    /// texts, not with the findings); valid as long as this store
    std::string_view keep(std::string_view text);
    /// A copy of `reads`, valid as long as this store (keep_array, counted by size())
    std::span<const FactRead> keep(std::span<const FactRead> reads) {
        reads_ += reads.size();
        return keep_array(reads);
    }
    /// A copy of `items` (fact reads, reasons, exceptions tried), valid as long as this store
    template <typename T>
    std::span<const T> keep_array(std::span<const T> items) {
        static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= alignof(std::max_align_t));
        if (items.empty()) return {};
        void* at = keep_bytes(items.size_bytes(), alignof(T));
        std::memcpy(at, items.data(), items.size_bytes());
        return {static_cast<const T*>(at), items.size()};
    }
    /// How many texts and fact reads are kept
    std::size_t size() const;
    /// A number no other call on this store gives (from 1): names a shape of finding
    /// (Finding::shape)
    std::uint64_t new_shape() { return ++shapes_; }

private:
    /// keep_array() copies into blocks of this many bytes (or one of its own, when longer)
    static constexpr std::size_t kBlockBytes = 24576;

    /// `n` bytes aligned to `align`, kept like the rest
    void* keep_bytes(std::size_t n, std::size_t align);

    mutable std::mutex mutex_;
    std::deque<std::string> texts_;               // a deque: growing it moves no string
    std::unordered_set<std::string_view> index_;  ///< Views of texts_
    std::deque<std::unique_ptr<std::max_align_t[]>> blocks_;
    std::span<std::byte> room_;          ///< What is left of the last block
    std::atomic<std::size_t> reads_{0};  ///< Fact reads kept
    std::atomic<std::uint64_t> shapes_{0};
};

}  // namespace lexcheck::core
