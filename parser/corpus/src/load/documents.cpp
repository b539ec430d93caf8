#include "load/documents.hpp"

#include "lexcheck/core/file_overlay.hpp"
#include "lexcheck/core/parallel.hpp"
#include "lexcheck/parser/akn.hpp"
#include "lexcheck/parser/corpus.hpp"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <map>
#include <optional>
#include <utility>

namespace lexcheck::parser::detail {

namespace {

namespace fs = std::filesystem;

/// One distinct document, shared by every measure that names it
struct DocumentSlot {
    std::string path;
    std::vector<std::size_t> users;  ///< Indices into the AknRefs
    std::optional<core::SourceId> source;
    std::optional<core::AknDocument> document;
    core::DiagnosticSink sink;  ///< Merged in path order, so output is deterministic
    std::uint32_t index = core::kNone;
    std::vector<std::string> eids;  ///< Sorted, filled only to suggest a close eId
};

std::string resolve_path(const std::string& measure_path, const std::string& akn) {
    return (fs::path(measure_path).parent_path() / akn).lexically_normal().generic_string();
}

void report_missing_file(const DocumentSlot& slot, const std::vector<AknRef>& refs,
                         core::DiagnosticSink& sink) {
    std::vector<core::SourceSpan> reported;  // one error per `akn:` line, not per measure
    for (std::size_t i : slot.users) {
        const AknRef& ref = refs[i];
        if (std::find(reported.begin(), reported.end(), ref.span) != reported.end()) continue;
        reported.push_back(ref.span);
        sink.error("akn_missing_file", ref.span, "akn document `" + ref.path + "` not found",
                   "the path is relative to the measure file; looked for `" + slot.path + "`");
    }
}

}  // namespace

void link_documents(const std::vector<AknRef>& refs, core::SourceManager& sources,
                    core::Corpus& corpus, core::DiagnosticSink& sink, unsigned threads) {
    std::map<std::string, std::vector<std::size_t>> users;
    // Each (measure file, `akn:` as written) is resolved once: a document-level `akn:` gives
    // every measure of the file the same one, and a path costs more than a measure.
    std::map<std::pair<core::SourceId, std::string_view>, std::vector<std::size_t>*> resolved;
    for (std::size_t i = 0; i < refs.size(); ++i) {
        if (refs[i].path.empty()) continue;
        std::vector<std::size_t>*& list = resolved[{refs[i].file, refs[i].path}];
        if (!list) list = &users[resolve_path(sources.path(refs[i].file), refs[i].path)];
        list->push_back(i);
    }
    // Read in sorted path order on this thread, so that SourceIds do not depend on timing.
    std::deque<DocumentSlot> slots;
    for (auto& [path, measures] : users) {
        DocumentSlot& slot = slots.emplace_back();
        slot.path = path;
        slot.users = std::move(measures);
        if (!core::is_regular_file(path)) {
            report_missing_file(slot, refs, sink);
            continue;
        }
        slot.source = read_source(path, sources, sink);
        if (slot.source) corpus.files.push_back(*slot.source);
    }
    core::parallel_for(slots.size(), threads, [&](std::size_t i) {
        DocumentSlot& slot = slots[i];
        if (slot.source) slot.document = parse_akn_document(sources, *slot.source, slot.sink);
    });
    for (DocumentSlot& slot : slots) {
        for (core::Diagnostic& d : slot.sink.take()) sink.report(std::move(d));
        if (!slot.document) continue;
        slot.index = static_cast<std::uint32_t>(corpus.documents.size());
        corpus.documents.push_back(std::move(*slot.document));
        slot.document.reset();
    }
    for (DocumentSlot& slot : slots) {
        if (slot.index == core::kNone) continue;
        const core::AknDocument& doc = corpus.documents[slot.index];
        for (std::size_t i : slot.users) {
            corpus.measures.set_document(refs[i].measure, slot.index);
            // Each eId is looked up in the document as it is now, read without building the
            // measure (a cache record holds its quote ahead of its other members).
            if (!corpus.measures.head(refs[i].measure).quotes) continue;
            const core::MeasureQuote q = corpus.measures.quote(refs[i].measure);
            if (doc.find(q.eid)) continue;
            const std::string eid(q.eid);
            sink.error("akn_missing_eid", q.eid_span,
                       "`" + eid + "` is not an eId of `" + doc.path + "`",
                       suggest_eid(doc, eid, slot.eids));
        }
    }
}

}  // namespace lexcheck::parser::detail
