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

std::size_t TraceStore::size() const {
    std::lock_guard lock(mutex_);
    return texts_.size() + reads_;
}

}  // namespace lexcheck::core
