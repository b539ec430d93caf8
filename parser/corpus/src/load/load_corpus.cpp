// load_corpus: every measure file under the given paths, read, registered in sorted file
// order and decoded on several threads straight into corpus.measures (each measure is built
// in its final place, or moved there once from a fresh parse), then linked to the Akoma
// Ntoso documents they quote (LANGUAGE.md §4, §6).
#include "cache/cached_parse.hpp"
#include "cache/entry.hpp"
#include "files/read_file.hpp"
#include "load/documents.hpp"

#include "lexcheck/core/memory.hpp"
#include "lexcheck/core/natural_order.hpp"
#include "lexcheck/core/parallel.hpp"
#include "lexcheck/parser/corpus.hpp"
#include "lexcheck/parser/measures.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <exception>
#include <unordered_map>

namespace lexcheck::parser {

namespace {

struct FileSlot {
    std::string path;
    std::optional<core::SourceId> source;
    std::optional<core::Diagnostic> unreadable;
    std::string key;                          ///< Cache key (with a cache)
    std::optional<detail::CacheEntry> entry;  ///< A sound-looking cache entry, or
    MeasureFile parsed;                       ///< the file parsed from source
    bool misplaced = false;  ///< Parsed after its entry failed to decode, to a new count
    std::size_t first = 0;   ///< Its measures are corpus.measures[first, first + count)
    std::size_t count = 0;
    std::vector<detail::AknRef> akn;  ///< `measure` relative to `first`
    core::DiagnosticSink sink;
};

/// Moves a parsed file's measures to `out` (one move each) and keeps their `akn:` paths
void place_parsed(FileSlot& slot, core::Measure* out) {
    MeasureFile& file = slot.parsed;
    for (std::size_t i = 0; i < file.measures.size(); ++i) {
        out[i] = std::move(file.measures[i]);
        if (!file.akn_paths[i].empty()) {
            slot.akn.push_back({static_cast<std::uint32_t>(i), *slot.source,
                                std::move(file.akn_paths[i]), file.akn_spans[i]});
        }
    }
    slot.count = file.measures.size();
    file = {};
}

/// A cache entry that passed its checksum but did not decode (forged, or rewritten since
/// it was opened): its file is parsed from source, perhaps to another number of measures
void decode_or_parse(FileSlot& slot, core::Measure* out, const core::SourceManager& sources,
                     const core::Schema& schema, const CorpusCache* cache,
                     core::ArenaStore& arenas) {
    if (slot.entry) {
        // One arena per file: a file is decoded on one thread, and its facts need no heap
        // block each.
        bool decoded = slot.entry->decode(*slot.source, out, slot.akn, &arenas.new_arena());
        slot.entry.reset();
        if (decoded) return;
        slot.akn.clear();
        slot.parsed =
            detail::parse_and_store(sources, *slot.source, schema, slot.sink, cache, slot.key);
        if (slot.parsed.measures.size() != slot.count) {
            slot.misplaced = true;  // placed by rebuild_measures
            return;
        }
    }
    place_parsed(slot, out);
}

/// Reassembles corpus.measures in file order when some file's count changed in decoding
void rebuild_measures(std::deque<FileSlot>& slots, std::vector<core::Measure>& measures,
                      std::size_t first_new) {
    std::size_t total = first_new;
    for (const FileSlot& slot : slots)
        total += slot.misplaced ? slot.parsed.measures.size() : slot.count;
    std::vector<core::Measure> rebuilt(total);
    std::move(measures.begin(), measures.begin() + static_cast<std::ptrdiff_t>(first_new),
              rebuilt.begin());
    std::size_t at = first_new;
    for (FileSlot& slot : slots) {
        if (slot.misplaced) {
            place_parsed(slot, rebuilt.data() + at);
        } else {
            auto from = measures.begin() + static_cast<std::ptrdiff_t>(slot.first);
            std::move(from, from + static_cast<std::ptrdiff_t>(slot.count),
                      rebuilt.begin() + static_cast<std::ptrdiff_t>(at));
        }
        slot.first = at;
        at += slot.count;
    }
    measures = std::move(rebuilt);
}

/// True when the ids of measures[first, end) strictly increase in file order, as in
/// machine-written corpora: then no id repeats and nothing needs sorting
bool ids_increase(const std::vector<core::Measure>& measures, std::size_t first) {
    auto not_before = [](const core::Measure& a, const core::Measure& b) {
        return !core::natural_less(a.id, b.id);
    };
    return std::adjacent_find(measures.begin() + static_cast<std::ptrdiff_t>(first), measures.end(),
                              not_before) == measures.end();
}

// Measure ids are unique across the whole corpus; the first one (in file order) is kept.
// Only measures from `first` on (this load) are compared; `refs` follow the kept ones.
void drop_duplicate_ids(std::vector<core::Measure>& measures, std::size_t first,
                        std::vector<detail::AknRef>& refs, core::DiagnosticSink& sink) {
    // Views into `measures`, which do not change until the scan is over: no string copies.
    std::unordered_map<std::string_view, std::size_t> seen;
    seen.reserve(measures.size() - first);
    std::vector<bool> duplicate;
    for (std::size_t i = first; i < measures.size(); ++i) {
        const core::Measure& m = measures[i];
        auto [it, inserted] = seen.emplace(m.id, i);
        if (inserted) continue;
        core::Diagnostic d;
        d.code = "yaml_duplicate_measure";
        d.message = "measure id `" + m.id + "` is used twice";
        d.primary = m.span;
        d.labels.push_back({measures[it->second].span, "first used here"});
        d.help = "measure ids must be unique across the whole corpus";
        sink.report(std::move(d));
        duplicate.resize(measures.size());
        duplicate[i] = true;
    }
    if (duplicate.empty()) return;
    std::vector<std::uint32_t> moved_to(measures.size(), core::kNone);
    std::size_t kept = first;
    for (std::size_t i = first; i < measures.size(); ++i) {
        if (duplicate[i]) continue;
        moved_to[i] = static_cast<std::uint32_t>(kept);
        if (kept != i) measures[kept] = std::move(measures[i]);
        ++kept;
    }
    measures.erase(measures.begin() + static_cast<std::ptrdiff_t>(kept), measures.end());
    std::erase_if(refs, [&](const detail::AknRef& r) { return duplicate[r.measure]; });
    for (detail::AknRef& r : refs) r.measure = moved_to[r.measure];
}

/// Each file is read, registered in sorted order (so SourceIds are the same for any thread
/// count), then either its cache entry is opened or it is parsed; on up to `threads` threads
void read_files(std::deque<FileSlot>& slots, const core::Schema& schema,
                core::SourceManager& sources, const CorpusCache* cache, unsigned threads) {
    core::InOrder in_order;
    core::parallel_for(slots.size(), threads, [&](std::size_t i) {
        FileSlot& slot = slots[i];
        core::Diagnostic problem;
        std::optional<std::string> text;
        std::exception_ptr failed;
        try {
            text = detail::read_file(slot.path, problem);
        } catch (...) {
            failed = std::current_exception();  // the turn must pass all the same
        }
        in_order.run(i, [&] {
            if (text) slot.source = sources.add(slot.path, std::move(*text));
        });
        if (failed) std::rethrow_exception(failed);
        if (!slot.source) {
            slot.unreadable = std::move(problem);
            return;
        }
        if (cache) {
            slot.key = cache->key_of_file(sources, *slot.source);
            slot.entry = detail::CacheEntry::open(*cache, slot.key);
            if (slot.entry) {
                slot.count = slot.entry->size();
                return;
            }
        }
        slot.parsed =
            detail::parse_and_store(sources, *slot.source, schema, slot.sink, cache, slot.key);
        slot.count = slot.parsed.measures.size();
    });
}

/// Builds every file's measures in their final place in `corpus.measures`, after those there
/// already (`first_new`): cache entries decode into it, parses are moved there once
void place_measures(std::deque<FileSlot>& slots, core::Corpus& corpus, std::size_t first_new,
                    const core::Schema& schema, const core::SourceManager& sources,
                    const CorpusCache* cache, unsigned threads) {
    std::size_t total = first_new;
    for (FileSlot& slot : slots) {
        slot.first = total;
        total += slot.count;
    }
    core::reserve_to_fill(corpus.measures, total);
    corpus.measures.resize(total);
    if (!corpus.arenas) corpus.arenas = std::make_shared<core::ArenaStore>();
    core::parallel_for(slots.size(), threads, [&](std::size_t i) {
        FileSlot& slot = slots[i];
        if (slot.source) {
            decode_or_parse(slot, corpus.measures.data() + slot.first, sources, schema, cache,
                            *corpus.arenas);
        }
    });
    if (std::any_of(slots.begin(), slots.end(), [](const FileSlot& s) { return s.misplaced; })) {
        rebuild_measures(slots, corpus.measures, first_new);
    }
}

/// Every file's diagnostics into `sink` and `akn:` paths into one list, in file order
std::vector<detail::AknRef> collect(std::deque<FileSlot>& slots, core::DiagnosticSink& sink) {
    std::vector<detail::AknRef> refs;
    for (FileSlot& slot : slots) {
        for (core::Diagnostic& d : slot.sink.take()) sink.report(std::move(d));
        for (detail::AknRef& ref : slot.akn) {
            ref.measure += static_cast<std::uint32_t>(slot.first);
            refs.push_back(std::move(ref));
        }
    }
    return refs;
}

}  // namespace

void load_corpus(const std::vector<std::string>& paths, const core::Schema& schema,
                 core::SourceManager& sources, core::Corpus& corpus, core::DiagnosticSink& sink,
                 unsigned threads, const CorpusCache* cache) {
    std::deque<FileSlot> slots;
    for (std::string& path : find_files(paths, {".yaml", ".yml", ".json", ".jsonl"}, sink)) {
        slots.emplace_back().path = std::move(path);
    }
    read_files(slots, schema, sources, cache, threads);
    for (FileSlot& slot : slots) {
        if (slot.unreadable) sink.report(std::move(*slot.unreadable));
        if (slot.source) corpus.files.push_back(*slot.source);
    }
    const std::size_t first_new = corpus.measures.size();
    place_measures(slots, corpus, first_new, schema, sources, cache, threads);
    std::vector<detail::AknRef> refs = collect(slots, sink);

    // Corpora are usually written in id order; sorting them again would move every measure.
    const bool sorted_ids = ids_increase(corpus.measures, first_new);
    if (!sorted_ids) drop_duplicate_ids(corpus.measures, first_new, refs, sink);
    detail::link_documents(refs, sources, corpus, sink, threads);

    // LANGUAGE.md §7 (v2): natural order, `kg.art7` before `kg.art12`.
    auto by_id = [](const core::Measure& a, const core::Measure& b) {
        return core::natural_less(a.id, b.id);
    };
    auto first = corpus.measures.begin() + static_cast<std::ptrdiff_t>(first_new);
    if (!sorted_ids && !std::is_sorted(first, corpus.measures.end(), by_id)) {
        std::stable_sort(first, corpus.measures.end(), by_id);
    }
}

}  // namespace lexcheck::parser
