#include "lexcheck/core/trace_store.hpp"

#include <algorithm>

namespace lexcheck::core {

std::string_view TraceStore::keep(std::string_view text) {
    std::lock_guard lock(mutex_);
    auto it = index_.find(text);
    if (it != index_.end()) return *it;
    std::string_view kept = texts_.emplace_back(text);
    index_.insert(kept);
    return kept;
}

std::span<const FactRead> TraceStore::keep(std::span<const FactRead> reads) {
    if (reads.empty()) return {};
    std::lock_guard lock(mutex_);
    if (room_.size() < reads.size()) {
        const std::size_t size = std::max(reads.size(), kBlock);
        room_ = {blocks_.emplace_back(std::make_unique<FactRead[]>(size)).get(), size};
    }
    std::span<FactRead> out = room_.first(reads.size());
    room_ = room_.subspan(reads.size());
    reads_ += reads.size();
    std::copy(reads.begin(), reads.end(), out.begin());
    return out;
}

void* TraceStore::keep_bytes(std::size_t n, std::size_t align) {
    std::lock_guard lock(mutex_);
    const std::size_t skip =
        (align - reinterpret_cast<std::uintptr_t>(byte_room_.data()) % align) % align;
    if (byte_room_.size() < skip + n) {
        const std::size_t words =
            (std::max(n, kByteBlock) + sizeof(std::max_align_t) - 1) / sizeof(std::max_align_t);
        std::max_align_t* block =
            byte_blocks_.emplace_back(std::make_unique<std::max_align_t[]>(words)).get();
        byte_room_ = {reinterpret_cast<std::byte*>(block), words * sizeof(std::max_align_t)};
        void* at = byte_room_.data();
        byte_room_ = byte_room_.subspan(n);
        return at;
    }
    void* at = byte_room_.data() + skip;
    byte_room_ = byte_room_.subspan(skip + n);
    return at;
}

std::size_t TraceStore::size() const {
    std::lock_guard lock(mutex_);
    return texts_.size() + reads_;
}

}  // namespace lexcheck::core
