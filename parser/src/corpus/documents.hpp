// Linking measures to the Akoma Ntoso documents they quote: each distinct document is read
// and parsed once, then every measure's eId is looked up.
#pragma once

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/measure.hpp"

#include <string>
#include <vector>

namespace lexcheck::parser::detail {

/// A measure waiting for its document: where it came from and the AKN path as written
struct PendingMeasure {
    core::Measure measure;
    std::string measure_path;  ///< The measure file, for resolving `akn` relative to it
    std::string akn;
    core::SourceSpan akn_span;
};

/// Loads every distinct document named by `pending` (in sorted path order, parsed on
/// `threads` threads), appends them to `corpus.documents` and their files to
/// `corpus.files`, and sets each measure's `document`. Missing files are errors at the
/// `akn:` value; unknown eIds are errors at the `eId:` value.
void link_documents(std::vector<PendingMeasure>& pending, core::SourceManager& sources,
                    core::Corpus& corpus, core::DiagnosticSink& sink, unsigned threads);

}  // namespace lexcheck::parser::detail
