// A measure's `akn:` path as written, waiting for its document to be loaded.
#pragma once

#include "lexcheck/core/source.hpp"

#include <cstdint>
#include <string>

namespace lexcheck::parser::detail {

/// The Akoma Ntoso document one measure quotes; measures without `akn:` have none
struct AknRef {
    std::uint32_t measure = 0;  ///< Index of the measure (in its file, then in the corpus)
    core::SourceId file = 0;    ///< The measure file, which `path` is relative to
    std::string path;           ///< As written
    core::SourceSpan span;      ///< The `akn:` value
};

}  // namespace lexcheck::parser::detail
