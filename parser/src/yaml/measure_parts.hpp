// What the three measure readers (yaml-cpp's and the YAML and JSON fast paths) share and
// that needs no YAML or JSON library: `document:` defaults, a measure as read, wordings.
#pragma once

#include "lexcheck/core/measure.hpp"
#include "lexcheck/parser/measures.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lexcheck::parser::detail {

/// `document:` values that every measure of the file inherits
struct MeasureDefaults {
    std::optional<std::string> jurisdiction;
    bool jurisdiction_written = false;  ///< Even when invalid (already reported)
    std::string title;
    std::string akn;
    core::SourceSpan akn_span;
};

/// A measure as read, with the AKN path it quotes (as written) and where that was written
struct ReadMeasure {
    core::Measure measure;
    std::string akn;
    core::SourceSpan akn_span;
};

/// Appends a measure and its AKN reference to `out`
inline void append_measure(ReadMeasure&& read, MeasureFile& out) {
    out.measures.push_back(std::move(read.measure));
    out.akn_paths.push_back(std::move(read.akn));
    out.akn_spans.push_back(read.akn_span);
}

/// The wording named `s` (`verbatim`, `translation`, `paraphrase`), or nullopt
inline std::optional<core::Wording> parse_wording(std::string_view s) {
    for (auto w :
         {core::Wording::verbatim, core::Wording::translation, core::Wording::paraphrase}) {
        if (core::wording_name(w) == s) return w;
    }
    return std::nullopt;
}

}  // namespace lexcheck::parser::detail
