// Growing a vector by a known amount without giving up geometric growth.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace lexcheck::checker::detail {

/// Makes room for `more` elements: at least doubling when it reallocates, so that many
/// small reservations stay linear (an exact reserve each time would be quadratic)
template <typename T>
void reserve_more(std::vector<T>& v, std::size_t more) {
    if (v.capacity() - v.size() >= more) return;
    v.reserve(std::max(v.size() + more, 2 * v.capacity()));
}

}  // namespace lexcheck::checker::detail
