// The compiled corpus cache: each measure file parsed once into a compact binary entry keyed
// by the SHA-256 of its bytes, the lexcheck version and the vocabulary, and mapped on later
// runs, where the corpus reads its measures in place (core::MeasureList). An entry that is stale,
// truncated or corrupted is never trusted: it is detected (key, size and checksum) and rebuilt from
// the source.
#pragma once

#include "lexcheck/core/schema.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/parser/measures.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace lexcheck::parser {

namespace detail {
class MappedEntry;
struct CacheState;
}  // namespace detail

/// `$XDG_CACHE_HOME/lexcheck`, else `$HOME/.cache/lexcheck`; empty when neither is set
std::string default_cache_dir();

/// A folder of parsed measure files. Lookups and stores of different files may run on
/// several threads at once; a cache that cannot be read or written only costs time.
class CorpusCache {
public:
    /// Entries are valid only for this vocabulary (fact and enum indices are stored)
    CorpusCache(std::string dir, const core::Schema& schema);
    ~CorpusCache();
    CorpusCache(const CorpusCache&) = delete;
    CorpusCache& operator=(const CorpusCache&) = delete;

    /// The key of a file whose bytes are `text`: SHA-256 of the bytes, version, vocabulary
    std::string key(std::string_view text) const;
    /// The key of a file whose bytes have the SHA-256 `digest` (lowercase hex)
    std::string key_of_digest(std::string_view digest) const;

    /// The key of source `file`, whose SHA-256 is remembered for file_digest()
    std::string key_of_file(const core::SourceManager& sources, core::SourceId file) const;
    /// The SHA-256 (lowercase hex) of a file's bytes, when key_of_file computed it: the
    /// report's list of inputs reuses it instead of hashing every file a second time
    std::optional<std::string> file_digest(core::SourceId file) const;

    /// The parse stored under `key`, or nullopt when there is no sound entry; spans are
    /// given the SourceId `file`
    std::optional<MeasureFile> load(const std::string& key, core::SourceId file) const;

    /// Stores a parse of the file whose bytes are `text` under `key` (only for a file that had
    /// no diagnostics); atomic
    void store(const std::string& key, const MeasureFile& parsed, std::string_view text) const;

    const std::string& dir() const;
    std::size_t hits() const;
    std::size_t misses() const;
    /// Entries found but rejected: stale size, bad checksum, truncated, wrong key
    std::size_t rejected() const;

private:
    friend class detail::MappedEntry;  // maps entries for load_corpus, read in place
    std::unique_ptr<detail::CacheState> state_;
};

}  // namespace lexcheck::parser
