#include "lexcheck/core/memory.hpp"

#include <cstdint>
#include <new>

// Regions are mapped directly on Linux; under AddressSanitizer they come from the heap, so
// that LeakSanitizer scans them for the heap blocks they point to (long fact texts, sets).
#if defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
#define LEXCHECK_MAP_REGIONS 1
#endif
#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace lexcheck::core {

void offer_huge_pages(void* begin, std::size_t bytes) {
#ifdef MADV_HUGEPAGE
    auto from = reinterpret_cast<std::uintptr_t>(begin);
    auto to = from + bytes;
    from = (from + kHugePage - 1) & ~(kHugePage - 1);
    to &= ~(kHugePage - 1);
    if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
#else
    (void)begin;
    (void)bytes;
#endif
}

std::size_t Prefault::populate(const char* data, std::size_t from, std::size_t to) {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    static const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto base = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t begin = (base + from + page - 1) & ~(page - 1);
    const std::uintptr_t end = (base + to) & ~(page - 1);
    if (!enabled_ || end <= begin) return from;
    // Anything but success (an old kernel: EINVAL) turns it off; page faults still work.
    if (madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE) != 0) {
        enabled_ = false;
        return from;
    }
    return end - base;
#else
    (void)data;
    (void)to;
    return from;
#endif
}

std::string_view map_file(int fd, std::size_t size) {
#if defined(__linux__)
    if (size == 0) return {};
    void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (p == MAP_FAILED) return {};
    return {static_cast<const char*>(p), size};
#else
    (void)fd;
    (void)size;
    return {};
#endif
}

void unmap_file(std::string_view mapped) {
#if defined(__linux__)
    if (!mapped.empty()) ::munmap(const_cast<char*>(mapped.data()), mapped.size());
#else
    (void)mapped;
#endif
}

Region map_region(std::size_t bytes) {
    Region r;
    r.size = (bytes + kHugePage - 1) / kHugePage * kHugePage;
#ifdef LEXCHECK_MAP_REGIONS
    // Over-map by one huge page so that the region can start on a 2 MiB boundary.
    r.mapped = r.size + kHugePage;
    r.base = ::mmap(nullptr, r.mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (r.base == MAP_FAILED) throw std::bad_alloc();
    auto at = (reinterpret_cast<std::uintptr_t>(r.base) + kHugePage - 1) & ~(kHugePage - 1);
    r.data = reinterpret_cast<char*>(at);
    offer_huge_pages(r.data, r.size);
#else
    r.mapped = r.size;
    r.base = ::operator new (r.size, std::align_val_t{kHugePage});
    r.data = static_cast<char*>(r.base);
#endif
    return r;
}

void unmap_region(const Region& region) {
#ifdef LEXCHECK_MAP_REGIONS
    ::munmap(region.base, region.mapped);
#else
    ::operator delete (region.base, std::align_val_t{kHugePage});
#endif
}

}  // namespace lexcheck::core
