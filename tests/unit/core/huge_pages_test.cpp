#include "lexcheck/core/huge_pages.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace lexcheck::core {
namespace {

TEST(HugePages, OfferingThemKeepsWhatIsWritten) {
    // Only a hint: data written before or after stays (an advice that discards pages,
    // such as MADV_DONTNEED, would turn it to zeros).
    std::vector<std::uint32_t> v(std::size_t{12} << 20);  // 48 MB, several 2 MiB pages
    for (std::size_t i = 0; i < v.size() / 2; ++i) v[i] = static_cast<std::uint32_t>(i * 7);
    offer_huge_pages(v.data(), v.size() * sizeof(v[0]));
    for (std::size_t i = v.size() / 2; i < v.size(); ++i) v[i] = static_cast<std::uint32_t>(i * 7);
    for (std::size_t i = 0; i < v.size(); ++i) ASSERT_EQ(v[i], static_cast<std::uint32_t>(i * 7));
}

TEST(HugePages, SmallAndUnalignedRangesAreLeftAlone) {
    // Nothing 2 MiB-aligned inside: no call is made, and the bytes are untouched.
    std::vector<char> small(4096, 'x');
    offer_huge_pages(small.data() + 1, small.size() - 1);
    offer_huge_pages(small.data(), 0);
    EXPECT_EQ(std::vector<char>(4096, 'x'), small);
}

}  // namespace
}  // namespace lexcheck::core
