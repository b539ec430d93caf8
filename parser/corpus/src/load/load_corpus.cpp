// load_corpus: every measure file under the given paths, read, registered in sorted file
// order and, on several threads, either mapped from the corpus cache (its measures are then
// read in place: core::MeasureList) or parsed; then measures with a repeated id are dropped,
// the rest linked to the Akoma Ntoso documents they quote and put in id order, all by
// position, never moving a measure (LANGUAGE.md §4, §6, §7).
#include "cache/cached_parse.hpp"
#include "cache/entry.hpp"
#include "files/read_file.hpp"
#include "load/documents.hpp"

#include "lexcheck/core/diagnostic_builder.hpp"
#include "lexcheck/core/natural_order.hpp"
#include "lexcheck/core/parallel.hpp"
#include "lexcheck/parser/corpus.hpp"
#include "lexcheck/parser/measures.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <exception>
#include <numeric>
#include <span>
#include <unordered_map>

namespace lexcheck::parser {

namespace {

struct FileSlot {
    std::string path;
    std::optional<core::SourceId> source;
    std::optional<core::Diagnostic> unreadable;
    std::shared_ptr<const detail::MappedEntry> entry;  ///< Its sound cache entry, or
    MeasureFile parsed;                                ///< the file parsed from source
    std::vector<detail::AknRef> akn;                   ///< `measure` relative to the file's first
    core::DiagnosticSink sink;
    bool ids_increase = true;  ///< Its measures' ids strictly increase (natural order)
    std::size_t measures = 0;  ///< How many it placed in the corpus (place_measures)
};

/// A note where an entry was found and not trusted: the user sees why this run was slower
void note_rejected(FileSlot& slot, const CorpusCache& cache) {
    slot.sink.report(
        core::diagnose::note(
            "cache_entry_rebuilt", core::SourceSpan{*slot.source, 0, 0},
            "the cache entry of this file was damaged or not written by this lexcheck; "
            "the file was read again and its entry rebuilt")
            .help("nothing to do; to start afresh, delete `" + cache.dir() + "`"));
}

/// The slot's cache entry mapped, or its file parsed (and its entry stored)
void map_or_parse(FileSlot& slot, const core::Schema& schema, core::SourceManager& sources,
                  const CorpusCache* cache) {
    std::string key;
    if (cache) {
        key = cache->key_of_file(sources, *slot.source);
        detail::Lookup how{};
        slot.entry = detail::MappedEntry::open(*cache, key, *slot.source, slot.akn, how);
        if (slot.entry) return;
        if (how == detail::Lookup::rejected) note_rejected(slot, *cache);
    }
    slot.parsed = detail::parse_and_store(sources, *slot.source, schema, slot.sink, cache, key);
    for (std::size_t m = 0; m < slot.parsed.measures.size(); ++m) {
        if (slot.parsed.akn_paths[m].empty()) continue;
        slot.akn.push_back({static_cast<std::uint32_t>(m), *slot.source,
                            std::move(slot.parsed.akn_paths[m]), slot.parsed.akn_spans[m]});
    }
}

/// Whether the ids of the slot's measures strictly increase in file order: found on the
/// thread that read the file, so that load_slots compares only across files
bool ids_increase(const FileSlot& slot) {
    const std::size_t n = slot.entry ? slot.entry->size() : slot.parsed.measures.size();
    auto id = [&](std::size_t i) -> std::string_view {
        return slot.entry ? slot.entry->head(static_cast<std::uint32_t>(i)).id
                          : std::string_view(slot.parsed.measures[i].id);
    };
    std::string_view previous = n > 0 ? id(0) : std::string_view();
    for (std::size_t i = 1; i < n; ++i) {
        std::string_view next = id(i);
        if (!core::natural_less(previous, next)) return false;
        previous = next;
    }
    return true;
}

/// A file's text as read: its length in its room of the block, or a string of its own
struct ReadText {
    std::optional<std::size_t> in_room;
    std::optional<std::string> own;
};

ReadText read_text(const std::string& path, std::span<char> room, core::Diagnostic& problem) {
    ReadText t;
    t.in_room = detail::read_file_into(path, room);
    if (!t.in_room) t.own = detail::read_file(path, problem);
    return t;
}

/// Each file is read (into one block of memory: detail::TextRooms), registered in sorted
/// order (so SourceIds are the same for any thread count), then either its cache entry is
/// mapped or it is parsed; on up to `threads` threads
void read_files(std::deque<FileSlot>& slots, const core::Schema& schema,
                core::SourceManager& sources, const CorpusCache* cache, unsigned threads) {
    std::vector<const std::string*> unread;
    for (const FileSlot& slot : slots) unread.push_back(slot.source ? nullptr : &slot.path);
    const detail::TextRooms texts = detail::text_rooms(unread, threads);
    core::InOrder in_order;
    core::parallel_for(slots.size(), threads, [&](std::size_t i) {
        FileSlot& slot = slots[i];
        if (!slot.source) {  // else already in `sources` (load_corpus_sources: all or none)
            core::Diagnostic problem;
            ReadText text;
            std::exception_ptr failed;
            try {
                text = read_text(slot.path, texts.rooms[i], problem);
            } catch (...) {
                failed = std::current_exception();  // the turn must pass all the same
            }
            in_order.run(i, [&] {
                if (text.in_room) {
                    slot.source =
                        sources.add(slot.path, {texts.rooms[i].data(), *text.in_room}, texts.block);
                } else if (text.own) {
                    slot.source = sources.add(slot.path, std::move(*text.own));
                }
            });
            if (failed) std::rethrow_exception(failed);
            if (!slot.source) {
                slot.unreadable = std::move(problem);
                return;
            }
        }
        map_or_parse(slot, schema, sources, cache);
        slot.ids_increase = ids_increase(slot);
    });
}

/// Appends every file's measures to `corpus.measures` in file order: parsed ones moved there
/// once, mapped ones as references to their records. Returns every `akn:` path, in file
/// order, numbered by position in the corpus; each file's diagnostics go to `sink`.
std::vector<detail::AknRef> place_measures(std::deque<FileSlot>& slots, core::Corpus& corpus,
                                           core::DiagnosticSink& sink) {
    std::vector<core::Measure> objects;
    std::vector<std::shared_ptr<const core::MeasureImage>> images;
    std::vector<core::MeasureList::Ref> order;
    std::vector<detail::AknRef> refs;
    // Sized once: a corpus that quotes has a reference per measure (no doubling's peak)
    std::size_t records = 0, quoted = 0;
    for (const FileSlot& slot : slots) {
        records += slot.entry ? slot.entry->size() : slot.parsed.measures.size();
        quoted += slot.akn.size();
    }
    order.reserve(records);
    refs.reserve(quoted);
    for (FileSlot& slot : slots) {
        for (core::Diagnostic& d : slot.sink.take()) sink.report(std::move(d));
        const auto first = static_cast<std::uint32_t>(corpus.measures.size() + order.size());
        slot.measures = slot.entry ? slot.entry->size() : slot.parsed.measures.size();
        if (slot.entry) {
            const auto image = static_cast<std::uint32_t>(images.size());
            for (std::uint32_t r = 0; r < slot.entry->size(); ++r) order.push_back({image, r});
            images.push_back(std::move(slot.entry));
        } else {
            for (core::Measure& m : slot.parsed.measures) {
                order.push_back({core::kNone, static_cast<std::uint32_t>(objects.size())});
                objects.push_back(std::move(m));
            }
            slot.parsed = {};
        }
        for (detail::AknRef& ref : slot.akn) {
            ref.measure += first;
            refs.push_back(std::move(ref));
        }
        slot.akn = {};
    }
    corpus.measures.append(std::move(objects), std::move(images), order);
    return refs;
}

/// The positions from `first` on whose id was not used before (in file order), reporting
/// each repeated one; `refs` follow the positions kept. Measure ids are unique across the
/// whole corpus.
std::vector<std::uint32_t> drop_duplicate_ids(const core::MeasureList& measures, std::size_t first,
                                              std::vector<detail::AknRef>& refs,
                                              core::DiagnosticSink& sink) {
    // Views into the measures or their images, which outlive the scan: no string copies.
    std::unordered_map<std::string_view, std::size_t> seen;
    seen.reserve(measures.size() - first);
    std::vector<std::uint32_t> kept;
    std::vector<std::uint32_t> moved_to(measures.size(), core::kNone);
    for (std::size_t i = first; i < measures.size(); ++i) {
        const core::MeasureHead m = measures.head(i);
        auto [it, inserted] = seen.emplace(m.id, i);
        if (inserted) {
            moved_to[i] = static_cast<std::uint32_t>(first + kept.size());
            kept.push_back(static_cast<std::uint32_t>(i));
            continue;
        }
        sink.report(core::diagnose::error("yaml_duplicate_measure", m.span,
                                          "measure id `" + std::string(m.id) + "` is used twice")
                        .label(measures.head(it->second).span, "first used here")
                        .help("measure ids must be unique across the whole corpus"));
    }
    std::erase_if(refs,
                  [&](const detail::AknRef& r) { return moved_to[r.measure] == core::kNone; });
    for (detail::AknRef& r : refs) r.measure = moved_to[r.measure];
    return kept;
}

/// True when the ids of measures[first, end) strictly increase in file order, as in
/// machine-written corpora: then no id repeats and nothing needs sorting. Within a file the
/// slot says (ids_increase); across files, the last id of one is compared with the next's first.
bool ids_increase(const std::deque<FileSlot>& slots, const core::MeasureList& measures,
                  std::size_t first) {
    std::size_t end = first;  // of the measures placed so far
    for (const FileSlot& slot : slots) {
        if (!slot.ids_increase) return false;
        if (slot.measures == 0) continue;
        if (end > first && !core::natural_less(measures.head(end - 1).id, measures.head(end).id))
            return false;
        end += slot.measures;
    }
    return true;
}

/// load_corpus and load_corpus_sources after the list of files
void load_slots(std::deque<FileSlot>& slots, const core::Schema& schema,
                core::SourceManager& sources, core::Corpus& corpus, core::DiagnosticSink& sink,
                unsigned threads, const CorpusCache* cache) {
    read_files(slots, schema, sources, cache, threads);
    for (FileSlot& slot : slots) {
        if (slot.unreadable) sink.report(std::move(*slot.unreadable));
        if (slot.source) corpus.files.push_back(*slot.source);
    }
    const std::size_t first_new = corpus.measures.size();
    std::vector<detail::AknRef> refs = place_measures(slots, corpus, sink);

    // Corpora are usually written in id order: then there is nothing to drop or sort.
    core::MeasureList& measures = corpus.measures;
    const bool sorted_ids = ids_increase(slots, measures, first_new);
    if (!sorted_ids) {
        std::vector<std::uint32_t> kept = drop_duplicate_ids(measures, first_new, refs, sink);
        if (kept.size() != measures.size() - first_new) measures.reorder(first_new, kept);
    }
    detail::link_documents(refs, sources, corpus, sink, threads);

    // LANGUAGE.md §7 (v2): natural order, `kg.art7` before `kg.art12`; by position.
    if (!sorted_ids) {
        std::vector<std::uint32_t> order(measures.size() - first_new);
        std::iota(order.begin(), order.end(), static_cast<std::uint32_t>(first_new));
        auto by_id = [&](std::uint32_t a, std::uint32_t b) {
            return core::natural_less(measures.head(a).id, measures.head(b).id);
        };
        if (!std::is_sorted(order.begin(), order.end(), by_id)) {
            std::stable_sort(order.begin(), order.end(), by_id);
            measures.reorder(first_new, order);
        }
    }
    link_versions(corpus, sink);
}

}  // namespace

void load_corpus(const std::vector<std::string>& paths, const core::Schema& schema,
                 core::SourceManager& sources, core::Corpus& corpus, core::DiagnosticSink& sink,
                 unsigned threads, const CorpusCache* cache) {
    std::deque<FileSlot> slots;
    for (std::string& path : find_files(paths, {".yaml", ".yml", ".json", ".jsonl"}, sink)) {
        slots.emplace_back().path = std::move(path);
    }
    load_slots(slots, schema, sources, corpus, sink, threads, cache);
}

void load_corpus_sources(const std::vector<core::SourceId>& files, const core::Schema& schema,
                         core::SourceManager& sources, core::Corpus& corpus,
                         core::DiagnosticSink& sink, unsigned threads) {
    std::deque<FileSlot> slots;
    for (core::SourceId id : files) {
        FileSlot& slot = slots.emplace_back();
        slot.path = sources.path(id);
        slot.source = id;
    }
    load_slots(slots, schema, sources, corpus, sink, threads, nullptr);
}

}  // namespace lexcheck::parser
