// Memory by intent: what lexcheck's few large buffers ask of the system, each behind one name,
// so that the code that explains the design says `reserve_to_fill`, `reserve_ahead` or
// `Prefault` and the system calls (madvise, mmap, huge pages) are here alone. Everything is a
// hint: where the system cannot do it, nothing changes but the speed. For lexcheck's modules,
// not for users. docs/performance.md measures each.
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace lexcheck::core {

/// The size of a transparent huge page on Linux x86-64
inline constexpr std::size_t kHugePage = std::size_t{2} << 20;

/// Offers transparent huge pages for the whole huge pages inside [begin, begin + bytes):
/// memory written in full soon after costs a page fault per 2 MiB instead of per 4 KiB
void offer_huge_pages(void* begin, std::size_t bytes);

/// Room for `n` elements in `v`, which the caller writes in full right after (the corpus's
/// measures: 100,000 of them, 26 MB, take a dozen page faults instead of 6,500)
template <typename T>
void reserve_to_fill(std::vector<T>& v, std::size_t n) {
    v.reserve(n);
    offer_huge_pages(v.data() + v.size(), (v.capacity() - v.size()) * sizeof(T));
}

/// Room in `v` for the rest of a file, reserved once `v` is full: `added` elements came from
/// the first `done` of the file's `total` bytes, and the rest is taken to be alike. A define
/// chain is 10^6 similar lines, so its condition arena is sized in two or three steps instead
/// of doubling (and moving every condition) twenty times. The guess is capped at 32 bytes per
/// byte of source (or 64 times the current size), so a dense start costs at most address
/// space that is never touched (Prefault populates just ahead of the last element).
template <typename T>
void reserve_ahead(std::vector<T>& v, std::size_t added, std::size_t done, std::size_t total) {
    constexpr std::size_t kSample = 4096;
    if (v.size() < v.capacity() || added < kSample || done == 0 || done >= total) return;
    auto rest = static_cast<std::size_t>(
        static_cast<double>(added) * static_cast<double>(total - done) / static_cast<double>(done));
    std::size_t want = v.size() + rest + rest / 16 + 16;
    const std::size_t cap = std::max(64 * v.size(), 32 * total / sizeof(T));
    v.reserve(std::clamp(want, v.size() + v.size() / 2, cap));
}

/// Pre-faults, a few MiB at a time, the pages a growing vector is about to be written to:
/// one madvise(MADV_POPULATE_WRITE) per chunk instead of a page fault per 4 KiB. A define
/// chain's condition arena is hundreds of MB, and faulting it in page by page was a fifth
/// of parsing it. Never more than kChunk bytes past the last element, only in buffers of
/// at least kMinBuffer bytes, and nothing where the system cannot do it (Linux < 5.14).
class Prefault {
public:
    static constexpr std::size_t kChunk = std::size_t{4} << 20;
    static constexpr std::size_t kMinBuffer = std::size_t{16} << 20;

    /// Call before appending to `v` (after any reserve)
    template <typename T>
    void prepare(const std::vector<T>& v) {
        const auto* data = reinterpret_cast<const char*>(v.data());
        const std::size_t used = v.size() * sizeof(T);
        if (data == buffer_ && used + kChunk / 2 <= ready_) return;
        const std::size_t capacity = v.capacity() * sizeof(T);
        if (capacity < kMinBuffer) return;
        if (data != buffer_) {
            buffer_ = data;
            ready_ = used;
        }
        ready_ = populate(data, ready_, std::min(capacity, used + kChunk));
    }

private:
    /// Populates the whole pages of [data + from, data + to); returns how far it got
    std::size_t populate(const char* data, std::size_t from, std::size_t to);

    const char* buffer_ = nullptr;
    std::size_t ready_ = 0;  ///< Bytes of buffer_ written or populated
    bool enabled_ = true;
};

/// `bytes` of zeroed memory, writable, that lives as long as the owner returned (null when it
/// cannot be had), its whole huge pages offered as such: for texts read once and kept to the
/// end, written in full. A corpus's measure files (12 MB at 100,000 measures) read into 4 KiB
/// pages of the heap took 3,000 page faults, the larger part of a warm run's system time.
std::shared_ptr<char> text_block(std::size_t bytes);

/// Sets up glibc's heap for runs that allocate tens or hundreds of MB on several threads, and
/// offers huge pages for it past its first `small` bytes. Call once, first thing in main():
/// every thread allocates from the one heap (not from arenas of their own, faulted in 4 KiB
/// pages), blocks up to 32 MiB come from it (not from mappings of their own, faulted in
/// afresh each time), it grows in steps of `pad` and is given back to the system only when
/// twice that lies free at its top. A run that stays within `small` (a warm check that lists
/// nothing) is not rounded up to huge pages; a larger one (a JSON report of 30,000 findings)
/// takes a page fault per 2 MiB past it instead of per 4 KiB.
void prepare_heap(std::size_t small, std::size_t pad);

/// The first `size` bytes of the open file `fd`, mapped read-only and read in at once: for a
/// caller that reads every byte (the corpus cache's entries: checksum, then decode), one
/// read-ahead instead of a page fault per 4 KiB. The whole pages of [`unread_begin`,
/// `unread_end`) are left out of that: a part read seldom (where a cache entry's facts were
/// written, which only a run that lists findings reads: 6 MB of a warm 100,000-measure run's
/// 43 MB)
/// comes into memory only when touched. Empty when the file cannot be mapped; give it back
/// with unmap_file. `fd` may be closed right after.
std::string_view map_file(int fd, std::size_t size, std::size_t unread_begin = 0,
                          std::size_t unread_end = 0);
void unmap_file(std::string_view mapped);

}  // namespace lexcheck::core
