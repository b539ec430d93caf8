// docs/language.md read once and split into its fenced blocks, for the tests that run the
// guide's examples (language_guide_test.cpp) and check what it covers
// (language_guide_coverage_test.cpp).
#pragma once

#include "golden_case.hpp"
#include "markdown_blocks.hpp"

#include <filesystem>
#include <string>

namespace lexcheck::testing {

inline std::filesystem::path guide_path() {
    return std::filesystem::path(LEXCHECK_SOURCE_DIR) / "docs" / "language.md";
}

struct Guide {
    std::string text;
    MarkdownDocument doc;
};

/// The guide, read on first use
inline const Guide& guide() {
    static const Guide g = [] {
        Guide x;
        x.text = read_text(guide_path());
        x.doc = read_markdown_blocks(x.text);
        return x;
    }();
    return g;
}

}  // namespace lexcheck::testing
