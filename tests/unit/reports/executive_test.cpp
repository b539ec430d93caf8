// The executive summary's data: here, how its lists in words are joined.
#include "executive.hpp"

#include <gtest/gtest.h>

#include <string>

namespace lexcheck::reports::detail {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t k = 0; k < items.size(); ++k)
        out += std::string(list_separator(k, items.size())) + items[k];
    return out;
}

TEST(ListSeparator, JoinsWithCommasAndAnAndBeforeTheLast) {
    EXPECT_EQ(joined({"RU"}), "RU");
    EXPECT_EQ(joined({"RU", "KZ"}), "RU and KZ");
    EXPECT_EQ(joined({"AM", "BY", "KZ", "RU"}), "AM, BY, KZ and RU");
}

}  // namespace
}  // namespace lexcheck::reports::detail
