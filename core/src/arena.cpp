#include "lexcheck/core/arena.hpp"

#include <algorithm>
#include <cstdint>
#include <new>

// Regions are mapped directly on Linux; under AddressSanitizer they come from the heap, so
// that LeakSanitizer scans them for the heap blocks they point to (long fact texts, sets).
#if defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
#define LEXCHECK_ARENA_MMAP 1
#include <sys/mman.h>
#endif

namespace lexcheck::core {

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;
constexpr std::size_t kFirstRegion = std::size_t{4} << 20;
constexpr std::size_t kLargestRegion = std::size_t{64} << 20;
// Small enough that the unused end of each arena's last block wastes little.
constexpr std::size_t kArenaBlock = std::size_t{64} << 10;

std::size_t round_up(std::size_t n, std::size_t to) {
    return (n + to - 1) / to * to;
}

/// `size` bytes (a multiple of kHugePage) aligned to kHugePage, offered huge pages; `base`
/// and `mapped` are what to give back
char* map_region(std::size_t size, void*& base, std::size_t& mapped) {
#ifdef LEXCHECK_ARENA_MMAP
    // Over-map by one huge page so that the region can start on a 2 MiB boundary.
    mapped = size + kHugePage;
    base = ::mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) throw std::bad_alloc();
    auto at = (reinterpret_cast<std::uintptr_t>(base) + kHugePage - 1) & ~(kHugePage - 1);
#ifdef MADV_HUGEPAGE
    ::madvise(reinterpret_cast<void*>(at), size, MADV_HUGEPAGE);  // A hint: may be refused
#endif
    return reinterpret_cast<char*>(at);
#else
    mapped = size;
    base = ::operator new (size, std::align_val_t{kHugePage});
    return static_cast<char*>(base);
#endif
}

void unmap_region(void* base, std::size_t mapped) {
#ifdef LEXCHECK_ARENA_MMAP
    ::munmap(base, mapped);
#else
    (void)mapped;
    ::operator delete (base, std::align_val_t{kHugePage});
#endif
}

}  // namespace

BlockPool::~BlockPool() {
    for (const Region& r : regions_) unmap_region(r.base, r.size);
}

char* BlockPool::take(std::size_t bytes) {
    bytes = round_up(std::max<std::size_t>(bytes, 1), 64);
    std::lock_guard lock(mutex_);
    if (static_cast<std::size_t>(end_ - next_) < bytes) {
        // Regions double up to kLargestRegion: a small corpus touches a few pages, a large
        // one maps few regions. The tail of the previous region is left unused.
        std::size_t size = regions_.size() < 5 ? kFirstRegion << regions_.size() : kLargestRegion;
        size = round_up(std::max(std::min(size, kLargestRegion), bytes), kHugePage);
        Region r{};
        next_ = map_region(size, r.base, r.size);
        end_ = next_ + size;
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
