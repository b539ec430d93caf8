// Linking measures to the Akoma Ntoso documents they quote: each distinct document is read
// and parsed once, then every measure's eId is looked up.
#pragma once

#include "akn_ref.hpp"

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/measure.hpp"

#include <vector>

namespace lexcheck::parser::detail {

/// Loads every distinct document named by `refs` (whose `measure` indices point into
/// `corpus.measures`; in sorted path order, parsed on `threads` threads), appends them to
/// `corpus.documents` and their files to `corpus.files`, and sets each measure's
/// `document`. Missing files are errors at the `akn:` value; unknown eIds are errors at the
/// `eId:` value.
void link_documents(const std::vector<AknRef>& refs, core::SourceManager& sources,
                    core::Corpus& corpus, core::DiagnosticSink& sink, unsigned threads);

}  // namespace lexcheck::parser::detail
