// load_corpus: every measure file under the given paths, read in parallel, merged in sorted
// file order, then linked to the Akoma Ntoso documents they quote (LANGUAGE.md §4, §6).
#include "cache/cached_parse.hpp"
#include "corpus/documents.hpp"
#include "corpus/parallel.hpp"

#include "lexcheck/parser/load.hpp"
#include "lexcheck/parser/measures.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace lexcheck::parser {

namespace {

struct FileSlot {
    std::string path;
    std::optional<core::SourceId> source;
    MeasureFile measures;
    core::DiagnosticSink sink;
};

// Measure ids are unique across the whole corpus; the first one (in file order) is kept.
void drop_duplicate_ids(std::vector<detail::PendingMeasure>& pending, core::DiagnosticSink& sink) {
    // Ids in strictly increasing file order cannot repeat (machine-written corpora).
    auto not_before = [](const detail::PendingMeasure& a, const detail::PendingMeasure& b) {
        return !(a.measure.id < b.measure.id);
    };
    if (std::adjacent_find(pending.begin(), pending.end(), not_before) == pending.end()) return;
    // Views into `pending`, which does not change until the scan is over: no string copies.
    std::unordered_map<std::string_view, std::size_t> first;
    first.reserve(pending.size());
    std::vector<bool> duplicate;
    for (std::size_t i = 0; i < pending.size(); ++i) {
        const core::Measure& m = pending[i].measure;
        auto [it, inserted] = first.emplace(m.id, i);
        if (inserted) continue;
        core::Diagnostic d;
        d.code = "yaml_duplicate_measure";
        d.message = "measure id `" + m.id + "` is used twice";
        d.primary = m.span;
        d.labels.push_back({pending[it->second].measure.span, "first used here"});
        d.help = "measure ids must be unique across the whole corpus";
        sink.report(std::move(d));
        duplicate.resize(pending.size());
        duplicate[i] = true;
    }
    if (duplicate.empty()) return;
    std::vector<detail::PendingMeasure> kept;
    kept.reserve(pending.size());
    for (std::size_t i = 0; i < pending.size(); ++i) {
        if (!duplicate[i]) kept.push_back(std::move(pending[i]));
    }
    pending = std::move(kept);
}

}  // namespace

void load_corpus(const std::vector<std::string>& paths, const core::Schema& schema,
                 core::SourceManager& sources, core::Corpus& corpus, core::DiagnosticSink& sink,
                 unsigned threads, const CorpusCache* cache) {
    std::deque<FileSlot> slots;
    for (std::string& path : find_files(paths, {".yaml", ".yml", ".json", ".jsonl"}, sink)) {
        slots.emplace_back().path = std::move(path);
    }
    // Files are read here, in sorted order, so SourceIds are the same for any thread count.
    for (FileSlot& slot : slots) {
        slot.source = read_source(slot.path, sources, sink);
        if (slot.source) corpus.files.push_back(*slot.source);
    }
    detail::parallel_for(slots.size(), threads, [&](std::size_t i) {
        FileSlot& slot = slots[i];
        if (slot.source) {
            slot.measures =
                detail::parse_measure_file_cached(sources, *slot.source, schema, slot.sink, cache);
        }
    });

    std::vector<detail::PendingMeasure> pending;
    std::size_t total = 0;
    for (const FileSlot& slot : slots) total += slot.measures.measures.size();
    pending.reserve(total);
    for (FileSlot& slot : slots) {
        for (core::Diagnostic& d : slot.sink.take()) sink.report(std::move(d));
        MeasureFile& file = slot.measures;
        for (std::size_t i = 0; i < file.measures.size(); ++i) {
            pending.push_back({std::move(file.measures[i]), slot.path, std::move(file.akn_paths[i]),
                               file.akn_spans[i]});
        }
        file = {};
    }
    drop_duplicate_ids(pending, sink);
    detail::link_documents(pending, sources, corpus, sink, threads);

    std::size_t first_new = corpus.measures.size();
    corpus.measures.reserve(first_new + pending.size());
    for (detail::PendingMeasure& p : pending) corpus.measures.push_back(std::move(p.measure));
    auto by_id = [](const core::Measure& a, const core::Measure& b) { return a.id < b.id; };
    auto first = corpus.measures.begin() + static_cast<std::ptrdiff_t>(first_new);
    // Corpora are usually written in id order; sorting them again would move every measure.
    if (!std::is_sorted(first, corpus.measures.end(), by_id)) {
        std::stable_sort(first, corpus.measures.end(), by_id);
    }
}

}  // namespace lexcheck::parser
