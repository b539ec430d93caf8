// Memory by intent (lexcheck/core/memory.hpp): the hints change nothing but speed, so these
// check that data survives them and that what they promise about sizes and alignment holds.
#include "lexcheck/core/memory.hpp"

#include "resident_memory.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace lexcheck::core {
namespace {

TEST(ReserveToFill, GivesRoomAndKeepsWhatIsThere) {
    std::vector<std::uint64_t> v{1, 2, 3};
    reserve_to_fill(v, std::size_t{1} << 20);  // 8 MiB: huge pages are offered inside
    EXPECT_GE(v.capacity(), std::size_t{1} << 20);
    EXPECT_EQ(v, (std::vector<std::uint64_t>{1, 2, 3}));
    const std::uint64_t* data = v.data();
    v.resize(std::size_t{1} << 20, 7);
    EXPECT_EQ(v.data(), data);  // filled without moving
    EXPECT_EQ(v.back(), 7u);
}

TEST(OfferHugePages, IgnoresRangesWithNoWholeHugePage) {
    std::vector<char> small(100, 'x');
    offer_huge_pages(small.data(), small.size());
    offer_huge_pages(nullptr, 0);
    EXPECT_EQ(small[99], 'x');
}

/// The VmFlags line of /proc/self/smaps for the mapping that holds `p`, or ""
std::string vm_flags_at(const void* p) {
    std::ifstream smaps("/proc/self/smaps");
    const auto at = reinterpret_cast<std::uintptr_t>(p);
    bool inside = false;
    for (std::string line; std::getline(smaps, line);) {
        unsigned long from = 0, to = 0;
        if (std::sscanf(line.c_str(), "%lx-%lx ", &from, &to) == 2 && line.find(' ') < 30) {
            inside = from <= at && at < to;
        } else if (inside && line.rfind("VmFlags:", 0) == 0) {
            return line;
        }
    }
    return "";
}

TEST(TextBlock, IsZeroedWritableAndBeginsOnAHugePageThatIsOffered) {
    const std::size_t bytes = 3 * kHugePage + 100;
    std::shared_ptr<char> block = text_block(bytes);
    ASSERT_TRUE(block);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(block.get()) % kHugePage, 0u);
    EXPECT_EQ(block.get()[0], 0);
    EXPECT_EQ(block.get()[bytes - 1], 0);
    std::memset(block.get(), 'x', bytes);
    EXPECT_EQ(block.get()[bytes - 1], 'x');
    std::ifstream thp("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string modes;
    std::getline(thp, modes);
    if (!modes.empty() && modes.find("[never]") == std::string::npos) {
        // ` hg`: MADV_HUGEPAGE was given for the block's whole huge pages
        EXPECT_NE(vm_flags_at(block.get()).find(" hg"), std::string::npos)
            << vm_flags_at(block.get());
    }
    EXPECT_FALSE(text_block(0));
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kGlibcMalloc = false;  // AddressSanitizer's allocator ignores glibc's mallopt
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kGlibcMalloc = false;
#else
constexpr bool kGlibcMalloc = true;
#endif
#else
constexpr bool kGlibcMalloc = true;
#endif

#if defined(__GLIBC__)
TEST(PrepareHeap, OffersHugePagesToTheHeapPastItsFirstBytes) {
    if (!kGlibcMalloc) GTEST_SKIP() << "malloc is the sanitizer's: prepare_heap has no effect";
    // What main() does, here with 4 MiB kept in small pages: a 20 MiB block (below the new
    // mmap threshold, so from the heap) lies where huge pages were offered, past those 4 MiB
    prepare_heap(std::size_t{4} << 20, std::size_t{64} << 20);
    const std::size_t bytes = std::size_t{20} << 20;
    char* block = static_cast<char*>(std::malloc(bytes));
    ASSERT_TRUE(block);
    std::memset(block, 'y', bytes);
    EXPECT_EQ(block[bytes - 1], 'y');
    std::ifstream thp("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string modes;
    std::getline(thp, modes);
    if (!modes.empty() && modes.find("[never]") == std::string::npos) {
        const char* past = block + (std::size_t{12} << 20);
        EXPECT_NE(vm_flags_at(past).find(" hg"), std::string::npos) << vm_flags_at(past);
    }
    std::free(block);
}
#endif

TEST(ReserveAhead, SizesTheRestOfTheFileFromWhatWasReadSoFar) {
    std::vector<int> v(8192);
    v.shrink_to_fit();
    ASSERT_EQ(v.size(), v.capacity());
    // 8,192 elements from a quarter of the file: about three times as many to come.
    reserve_ahead(v, 8192, 1000, 4000);
    EXPECT_GE(v.capacity(), 4 * 8192u);
    EXPECT_LE(v.capacity(), 5 * 8192u);
}

TEST(ReserveAhead, WaitsForASampleAndForAFullVector) {
    std::vector<int> v(100);
    v.shrink_to_fit();
    reserve_ahead(v, 100, 10, 1000);  // too few elements to judge by
    EXPECT_EQ(v.capacity(), 100u);
    std::vector<int> w;
    w.reserve(10000);
    w.resize(5000);
    reserve_ahead(w, 5000, 10, 1000);  // room left: nothing to do
    EXPECT_EQ(w.capacity(), 10000u);
}

TEST(Prefault, KeepsTheDataOfAGrowingBuffer) {
    Prefault prefault;
    std::vector<std::uint32_t> v;
    v.reserve((Prefault::kMinBuffer / sizeof(std::uint32_t)) * 2);
    for (std::uint32_t i = 0; i < 10'000'000; ++i) {
        if (i % 65536 == 0) prefault.prepare(v);
        v.push_back(i);
    }
    for (std::uint32_t i = 0; i < 10'000'000; i += 999'983) EXPECT_EQ(v[i], i);
}

TEST(MapFile, GivesTheFilesBytesAndNothingForAnEmptyOrBadFile) {
    std::string path = ::testing::TempDir() + "lexcheck_map_file_test";
    std::string bytes(10'000, 'a');
    bytes.back() = 'z';
    std::ofstream(path, std::ios::binary) << bytes;
    int fd = ::open(path.c_str(), O_RDONLY);
    ASSERT_GE(fd, 0);
    std::string_view mapped = map_file(fd, bytes.size());
    ::close(fd);  // the mapping outlives the descriptor
    EXPECT_EQ(mapped, bytes);
    unmap_file(mapped);
    EXPECT_TRUE(map_file(-1, 100).empty());
    fd = ::open(path.c_str(), O_RDONLY);
    EXPECT_TRUE(map_file(fd, 0).empty());
    ::close(fd);
    unmap_file({});
    std::remove(path.c_str());
}

// The whole pages of the unread part stay on disk until touched; the rest is read in at once.
// Either way every byte reads as in the file.
TEST(MapFile, LeavesTheUnreadPartOnDiskUntilTouched) {
    const long page = ::sysconf(_SC_PAGESIZE);
    ASSERT_GT(page, 0);
    const auto p = static_cast<std::size_t>(page);
    std::string path = ::testing::TempDir() + "lexcheck_map_file_unread_test";
    std::string bytes(64 * p + 123, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>('a' + i % 26);
    std::ofstream(path, std::ios::binary) << bytes;
    int fd = ::open(path.c_str(), O_RDONLY);
    ASSERT_GE(fd, 0);
    // Pages 8 to 55 are wholly unread; pages 7 and 56 only partly, so they are read in.
    std::string_view mapped = map_file(fd, bytes.size(), 8 * p - 100, 56 * p + 100);
    ::close(fd);
    const auto [resident, size] = test::resident_and_mapped_kb(path);
    EXPECT_EQ(size * 1024, 65 * p);
    EXPECT_LE(resident * 1024, 17 * p) << "the unread part is not in memory";
    EXPECT_EQ(mapped, bytes);
    EXPECT_EQ(test::resident_and_mapped_kb(path).first * 1024, 65 * p) << "read when touched";
    unmap_file(mapped);
    std::remove(path.c_str());
}

}  // namespace
}  // namespace lexcheck::core
