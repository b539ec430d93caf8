// Bump arenas for data built in bulk and freed all at once: the facts of the measures
// decoded from the corpus cache (10^5–10^6 small vectors, one heap block each otherwise).
#pragma once

#include "lexcheck/core/memory.hpp"

#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <type_traits>
#include <vector>

namespace lexcheck::core {

/// Large blocks of fresh memory for bump arenas, carved from regions (memory.hpp) that are
/// offered transparent huge pages (touching 2 MiB costs one page fault instead of 512).
/// Thread-safe. Everything is given back when the pool is destroyed.
class BlockPool {
public:
    BlockPool() = default;
    BlockPool(const BlockPool&) = delete;
    BlockPool& operator=(const BlockPool&) = delete;
    ~BlockPool();

    /// At least `bytes` of memory aligned to 64 bytes; never handed out twice
    char* take(std::size_t bytes);

private:
    std::mutex mutex_;
    std::vector<Region> regions_;
    char* next_ = nullptr;
    char* end_ = nullptr;
};

/// Bump allocation for one thread at a time, in blocks taken from a BlockPool. Nothing is
/// freed before the pool: memory given back to the arena stays used.
class BumpArena {
public:
    explicit BumpArena(BlockPool& pool) : pool_(&pool) {}

    void* allocate(std::size_t bytes, std::size_t align);

private:
    BlockPool* pool_;
    char* next_ = nullptr;
    char* end_ = nullptr;
};

/// Arenas that live as long as what was built in them (a Corpus holds one store)
class ArenaStore {
public:
    /// A new arena for one thread's use; thread-safe
    BumpArena& new_arena();

private:
    BlockPool pool_;  // Declared first: outlives the arenas that point to it
    std::mutex mutex_;
    std::deque<BumpArena> arenas_;
};

/// A standard allocator that takes memory from a BumpArena, or from the heap when it has
/// none (the default). A container moved or swapped takes its arena along, so a vector
/// built in an arena can be moved into place; a copy always goes to the heap, so it never
/// depends on the arena's lifetime.
template <class T>
class ArenaAllocator {
public:
    using value_type = T;
    using propagate_on_container_move_assignment = std::true_type;
    using propagate_on_container_swap = std::true_type;
    using propagate_on_container_copy_assignment = std::false_type;

    ArenaAllocator() noexcept = default;
    explicit ArenaAllocator(BumpArena* arena) noexcept : arena_(arena) {}
    template <class U>
    ArenaAllocator(const ArenaAllocator<U>& other) noexcept : arena_(other.arena()) {}

    T* allocate(std::size_t n) {
        if (!arena_) return std::allocator<T>().allocate(n);
        return static_cast<T*>(arena_->allocate(n * sizeof(T), alignof(T)));
    }
    void deallocate(T* p, std::size_t n) noexcept {
        if (!arena_) std::allocator<T>().deallocate(p, n);
    }
    ArenaAllocator select_on_container_copy_construction() const { return {}; }

    BumpArena* arena() const noexcept { return arena_; }
    friend bool operator==(const ArenaAllocator& a, const ArenaAllocator& b) noexcept {
        return a.arena_ == b.arena_;
    }

private:
    BumpArena* arena_ = nullptr;
};

}  // namespace lexcheck::core
