// Offering large buffers transparent huge pages, where the system has them.
#pragma once

#include <cstddef>

namespace lexcheck::parser::detail {

/// Asks for huge pages on the 2 MiB-aligned inside of [data, data + bytes): one page fault
/// (and one zeroing) per 2 MiB instead of per 4 KiB, when THP is `madvise` or `always`.
/// A hint only: nothing happens where it is not supported.
void offer_huge_pages(const void* data, std::size_t bytes);

}  // namespace lexcheck::parser::detail
