#include "lexcheck/core/memory.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
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

void prepare_heap(std::size_t small, std::size_t pad) {
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    // Given back only when twice `pad` lies free at its top, keeping `pad` (a long-running
    // `lexcheck lsp` still returns what a large check freed)
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(std::min<std::size_t>(2 * pad, INT_MAX)));
    mallopt(M_TOP_PAD, static_cast<int>(pad));
    // A block larger than what is left makes the heap grow now, by `pad` more: the heap's top
    // is then known, and whatever lies past `small` is offered huge pages before it is touched.
    void* grow = std::malloc(std::size_t{1} << 20);
    const auto top = reinterpret_cast<std::uintptr_t>(::sbrk(0));
    const auto from = reinterpret_cast<std::uintptr_t>(grow) + small;
    if (grow && top > from) offer_huge_pages(reinterpret_cast<void*>(from), top - from);
    std::free(grow);
#else
    (void)small;
    (void)pad;
#endif
}

std::shared_ptr<char> text_block(std::size_t bytes) {
    if (bytes == 0) return nullptr;
#if defined(__linux__)
    // One huge page more than asked, so that the block can begin on a huge page
    const std::size_t mapped = bytes + kHugePage;
    void* p = ::mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return nullptr;
    auto begin = reinterpret_cast<std::uintptr_t>(p);
    char* block = reinterpret_cast<char*>((begin + kHugePage - 1) & ~(kHugePage - 1));
    offer_huge_pages(block, bytes);
    return {block, [p, mapped](char*) { ::munmap(p, mapped); }};
#else
    return {new char[bytes](), std::default_delete<char[]>()};
#endif
}

std::string_view map_file(int fd, std::size_t size, std::size_t unread_begin,
                          std::size_t unread_end) {
#if defined(__linux__)
    if (size == 0) return {};
    if (unread_end <= unread_begin) {
        void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        return p == MAP_FAILED ? std::string_view{} : std::string_view{static_cast<char*>(p), size};
    }
    void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) return {};
#ifdef MADV_POPULATE_READ
    static const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    const std::size_t skip_from = (unread_begin + page - 1) / page * page;
    const std::size_t skip_to = std::max(skip_from, unread_end / page * page);
    char* base = static_cast<char*>(p);
    // A mapping of its own (madvise splits it off): the kernel maps the pages of a file's
    // large folios together, but never past a mapping's end. Read at random, so no read-ahead.
    if (skip_to > skip_from) ::madvise(base + skip_from, skip_to - skip_from, MADV_RANDOM);
    // Before Linux 5.14 (EINVAL) the pages are read when touched instead.
    if (skip_from > 0) ::madvise(base, skip_from, MADV_POPULATE_READ);
    if (skip_to < size) ::madvise(base + skip_to, size - skip_to, MADV_POPULATE_READ);
#endif
    return {static_cast<const char*>(p), size};
#else
    (void)fd;
    (void)size;
    (void)unread_begin;
    (void)unread_end;
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

}  // namespace lexcheck::core
