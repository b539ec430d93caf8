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

void* TraceStore::keep_bytes(std::size_t n, std::size_t align) {
    std::lock_guard lock(mutex_);
    const std::size_t skip =
        (align - reinterpret_cast<std::uintptr_t>(room_.data()) % align) % align;
    if (room_.size() < skip + n) {
        const std::size_t words =
            (std::max(n, kBlockBytes) + sizeof(std::max_align_t) - 1) / sizeof(std::max_align_t);
        std::max_align_t* block =
            blocks_.emplace_back(std::make_unique_for_overwrite<std::max_align_t[]>(words)).get();
        room_ = {reinterpret_cast<std::byte*>(block), words * sizeof(std::max_align_t)};
        void* at = room_.data();
        room_ = room_.subspan(n);
        return at;
    }
    void* at = room_.data() + skip;
    room_ = room_.subspan(skip + n);
    return at;
}

std::size_t TraceStore::size() const {
    std::lock_guard lock(mutex_);
    return texts_.size() + reads_;
}

}  // namespace lexcheck::core
