#include "lexcheck/core/name_index.hpp"

#include <algorithm>
#include <bit>

namespace lexcheck::core {

void NameIndex::reserve(std::size_t names) {
    if (2 * names > slots_.size()) grow(names);
}

void NameIndex::grow(std::size_t names) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::bit_ceil(std::max<std::size_t>(2 * names, 16)), Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
        if (s.value == kEmpty) continue;
        std::size_t i = s.hash & mask;
        while (slots_[i].value != kEmpty) i = (i + 1) & mask;
        slots_[i] = s;
    }
}

}  // namespace lexcheck::core
