#include "lexcheck/core/arena.hpp"

#include <algorithm>
#include <cstdint>
#include <new>

namespace lexcheck::core {

namespace {

constexpr std::size_t kFirstRegion = std::size_t{4} << 20;
constexpr std::size_t kLargestRegion = std::size_t{64} << 20;
// Small enough that the unused end of each arena's last block wastes little.
constexpr std::size_t kArenaBlock = std::size_t{64} << 10;

std::size_t round_up(std::size_t n, std::size_t to) {
    return (n + to - 1) / to * to;
}

}  // namespace

BlockPool::~BlockPool() {
    for (const Region& r : regions_) unmap_region(r);
}

char* BlockPool::take(std::size_t bytes) {
    bytes = round_up(std::max<std::size_t>(bytes, 1), 64);
    std::lock_guard lock(mutex_);
    if (static_cast<std::size_t>(end_ - next_) < bytes) {
        // Regions double up to kLargestRegion: a small corpus touches a few pages, a large
        // one maps few regions. The tail of the previous region is left unused.
        std::size_t size = regions_.size() < 5 ? kFirstRegion << regions_.size() : kLargestRegion;
        Region r = map_region(std::max(std::min(size, kLargestRegion), bytes));
        next_ = r.data;
        end_ = r.data + r.size;
        regions_.push_back(r);
    }
    char* block = next_;
    next_ += bytes;
    return block;
}

void* BumpArena::allocate(std::size_t bytes, std::size_t align) {
    auto at = (reinterpret_cast<std::uintptr_t>(next_) + align - 1) & ~(align - 1);
    if (next_ == nullptr || at + bytes > reinterpret_cast<std::uintptr_t>(end_)) {
        std::size_t block = std::max(kArenaBlock, bytes + align);
        next_ = pool_->take(block);
        end_ = next_ + block;
        at = (reinterpret_cast<std::uintptr_t>(next_) + align - 1) & ~(align - 1);
    }
    next_ = reinterpret_cast<char*>(at + bytes);
    return reinterpret_cast<void*>(at);
}

BumpArena& ArenaStore::new_arena() {
    std::lock_guard lock(mutex_);
    return arenas_.emplace_back(pool_);
}

}  // namespace lexcheck::core
