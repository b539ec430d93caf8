// The findings encoding's writer (audit/src/byte_stream.hpp): it grows without zero-filling
// the room ahead, so every byte it gives back must be one it was given.
#include "byte_stream.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lexcheck::audit::detail {
namespace {

TEST(ByteWriter, KeepsEveryByteAcrossItsGrowths) {
    ByteWriter w;
    std::string text(5000, 'x');  // larger than the first room: grows within one append
    for (std::uint64_t i = 0; i < 300000; ++i) {
        w.uint(i * 977);
        if (i % 1000 == 0) w.str(text);
    }
    ByteReader r(w.view());
    for (std::uint64_t i = 0; i < 300000; ++i) {
        ASSERT_EQ(r.uint(), i * 977);
        if (i % 1000 == 0) ASSERT_EQ(r.str(), text);
    }
    EXPECT_TRUE(r.at_end());
}

TEST(ByteWriter, AnEmptyWriterViewsNothing) {
    ByteWriter w;
    w.append("");
    EXPECT_EQ(w.size(), 0u);
    EXPECT_EQ(w.view(), "");
}

// The encoded findings are kept (moved into the record): they take exactly their size, not a
// writer's room grown by doubling
TEST(ByteWriter, JoinGivesThePartsInOrderInAStringOfTheirSize) {
    ByteWriter a, b, c;
    a.append(std::string(100000, 'a'));
    c.append(std::string(70000, 'c'));
    std::string joined = join({&a, &b, &c});
    EXPECT_EQ(joined, std::string(100000, 'a') + std::string(70000, 'c'));
    EXPECT_EQ(joined.capacity(), joined.size());
}

}  // namespace
}  // namespace lexcheck::audit::detail
