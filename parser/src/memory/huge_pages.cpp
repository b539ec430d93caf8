#include "memory/huge_pages.hpp"

#include <cstdint>

#include <sys/mman.h>

namespace lexcheck::parser::detail {

void offer_huge_pages(const void* data, std::size_t bytes) {
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
    auto from = reinterpret_cast<std::uintptr_t>(data);
    auto to = from + bytes;
    from = (from + kHuge - 1) & ~(kHuge - 1);
    to &= ~(kHuge - 1);
    if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

}  // namespace lexcheck::parser::detail
