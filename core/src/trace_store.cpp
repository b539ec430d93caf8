#include "lexcheck/core/trace_store.hpp"

#include <algorithm>

namespace lexcheck::core {

std::string_view TraceStore::keep(std::string_view text) {
    std::lock_guard lock(mutex_);
    return texts_.emplace_back(text);
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
    std::copy(reads.begin(), reads.end(), out.begin());
    return out;
}

std::span<FactRead> TraceStore::room(std::size_t n) {
    const std::size_t size = std::max(n, kBlock);
    std::lock_guard lock(mutex_);
    return {blocks_.emplace_back(std::make_unique<FactRead[]>(size)).get(), size};
}

}  // namespace lexcheck::core
