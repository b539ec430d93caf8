// CorpusCache: one entry file per measure file, named by its key. Layout of an entry:
//   magic (8) | key (64, hex) | payload size (8) | payload checksum (8) | payload
// An entry is trusted only when all four header fields match; otherwise it is rejected and
// the caller re-parses the source and stores a fresh entry over it.
#include "lexcheck/parser/cache.hpp"

#include "cache/codec.hpp"
#include "cache/entry.hpp"

#include "lexcheck/core/memory.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/core/version.hpp"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lexcheck::parser {

namespace detail {

/// What a CorpusCache knows: its folder, the vocabulary its entries are for, and counters
/// and file digests that threads share
struct CacheState {
    std::string dir;
    std::string schema_hash;
    std::vector<FactShape> facts;  ///< What each fact's values may be
    std::atomic<std::size_t> hits{0}, misses{0}, rejected{0};
    std::mutex digests_mutex;
    std::unordered_map<core::SourceId, std::string> digests;

    std::string entry_path(const std::string& key) const {
        return dir + "/" + key.substr(0, 2) + "/" + key.substr(2) + ".lxc";
    }
};

}  // namespace detail

namespace {

// The last character is the entry format, part of every key: an entry of another format is
// never looked up (the file is read and a new entry stored) and, found under this key, rejected.
// 'B': an image read in place (image.hpp), its records' other members by the
// measure schema (left out when all are defaults), the record's flags saying also whether they
// hold an `eId`, `expect`s, a `cite` and an `akn:`, a record that quotes holding its eId and the
// eId's span ahead of them, each distinct `akn:` path stored once, in a table that records
// refer to by index, and each fact's span, line and column apart from its value (what a run
// that lists nothing never reads: not mapped in, checksummed from the file); 'A' (the spans in
// the facts, the lines and columns apart), '9' (without the lines and columns), '8' (the path in
// every record's members), '7' (the eId among them), '6' (without those three flags), '5' (every
// member by the schema, decoded into Measures, with `replaces` and `repeals`), '4' (without them)
// and '3' came before.
constexpr char kMagic[8] = {'L', 'X', 'C', 'A', 'C', 'H', 'E', 'B'};
constexpr std::size_t kKeySize = 64;
constexpr std::size_t kHeaderSize = sizeof kMagic + kKeySize + 8 + 8;

/// Everything the stored indices depend on: fact paths and types, enums and their values
std::string schema_fingerprint(const core::Schema& schema) {
    std::string s;
    for (const core::EnumInfo& e : schema.enums()) {
        s += "enum " + e.name + ":";
        for (const std::string& v : e.values) s += v + ",";
        s += "\n";
    }
    for (const core::FactInfo& f : schema.facts()) {
        s += "fact " + f.path + ":" + std::to_string(static_cast<int>(f.type.kind)) + ":" +
             std::to_string(f.type.enum_id) + (f.builtin ? ":builtin" : "") + "\n";
    }
    return core::sha256_hex(s);
}

}  // namespace

std::string default_cache_dir() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') {
        return std::string(xdg) + "/lexcheck";
    }
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.cache/lexcheck";
    return {};
}

CorpusCache::CorpusCache(std::string dir, const core::Schema& schema)
    : state_(std::make_unique<detail::CacheState>()) {
    state_->dir = std::move(dir);
    state_->schema_hash = schema_fingerprint(schema);
    state_->facts = detail::fact_shapes(schema);
    std::error_code ec;
    if (!state_->dir.empty()) std::filesystem::create_directories(state_->dir, ec);
}

CorpusCache::~CorpusCache() = default;

const std::string& CorpusCache::dir() const {
    return state_->dir;
}
std::size_t CorpusCache::hits() const {
    return state_->hits;
}
std::size_t CorpusCache::misses() const {
    return state_->misses;
}
std::size_t CorpusCache::rejected() const {
    return state_->rejected;
}

std::string CorpusCache::key(std::string_view text) const {
    return key_of_digest(core::sha256_hex(text));
}

std::string CorpusCache::key_of_digest(std::string_view digest) const {
    std::string material(digest);
    material += '|';
    material += core::version();
    material += '|';
    material += std::string_view(kMagic, sizeof kMagic);  // each format has its own entries
    material += '|';
    material += state_->schema_hash;
    return core::sha256_hex(material);
}

std::string CorpusCache::key_of_file(const core::SourceManager& sources,
                                     core::SourceId file) const {
    std::string digest = core::sha256_hex(sources.text(file));
    std::string key = key_of_digest(digest);
    std::lock_guard lock(state_->digests_mutex);
    state_->digests[file] = std::move(digest);
    return key;
}

std::optional<std::string> CorpusCache::file_digest(core::SourceId file) const {
    std::lock_guard lock(state_->digests_mutex);
    auto it = state_->digests.find(file);
    if (it == state_->digests.end()) return std::nullopt;
    return it->second;
}

std::optional<MeasureFile> CorpusCache::load(const std::string& key, core::SourceId file) const {
    std::vector<detail::AknRef> akn;
    detail::Lookup how{};
    std::shared_ptr<const detail::MappedEntry> entry =
        detail::MappedEntry::open(*this, key, file, akn, how);
    if (!entry) return std::nullopt;
    MeasureFile out;
    out.measures.resize(entry->size());
    for (std::uint32_t r = 0; r < entry->size(); ++r) entry->build(r, out.measures[r]);
    out.akn_paths.resize(entry->size());
    out.akn_spans.resize(entry->size());
    for (detail::AknRef& a : akn) {
        out.akn_paths[a.measure] = std::move(a.path);
        out.akn_spans[a.measure] = a.span;
    }
    return out;
}

namespace detail {

std::shared_ptr<const MappedEntry> MappedEntry::open(const CorpusCache& cache,
                                                     const std::string& key, core::SourceId file,
                                                     std::vector<AknRef>& akn, Lookup& how) {
    CacheState& state = *cache.state_;
    how = Lookup::miss;
    if (state.dir.empty()) return nullptr;
    int fd = ::open(state.entry_path(key).c_str(), O_RDONLY | O_CLOEXEC);
    std::string_view mapped;
    // No entry, an empty one, or one that cannot be mapped: counted as a miss
    auto miss = [&]() -> std::shared_ptr<const MappedEntry> {
        if (fd >= 0) ::close(fd);
        ++state.misses;
        return nullptr;
    };
    auto reject = [&]() -> std::shared_ptr<const MappedEntry> {
        if (fd >= 0) ::close(fd);
        core::unmap_file(mapped);
        ++state.rejected;
        how = Lookup::rejected;
        return nullptr;
    };
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0 || st.st_size <= 0) return miss();
    const auto size = static_cast<std::size_t>(st.st_size);
    // The header and the image's counts are read first: they say which part not to map in.
    char head[kHeaderSize + 16];
    if (::pread(fd, head, sizeof head, 0) != static_cast<ssize_t>(sizeof head) ||
        std::memcmp(head, kMagic, sizeof kMagic) != 0 ||
        std::string_view(head + sizeof kMagic, kKeySize) != key)
        return reject();
    std::uint64_t payload_size = 0, sum = 0;
    std::memcpy(&payload_size, head + sizeof kMagic + kKeySize, 8);
    std::memcpy(&sum, head + sizeof kMagic + kKeySize + 8, 8);
    const std::optional<PayloadPart> apart =
        Image::apart({head + kHeaderSize, 16}, size - kHeaderSize);
    if (payload_size != size - kHeaderSize || !apart) return reject();
    mapped = core::map_file(fd, size, kHeaderSize + apart->offset,
                            kHeaderSize + apart->offset + apart->size);
    if (!mapped.data()) return miss();
    std::string_view payload = mapped.substr(kHeaderSize);
    if (checksum(payload, *apart, fd, kHeaderSize) != sum) return reject();
    ::close(fd);
    fd = -1;
    std::optional<Image> image = Image::open(payload, state.facts, file, akn);
    if (!image) return reject();
    ++state.hits;
    how = Lookup::hit;
    return std::make_shared<const MappedEntry>(mapped, *image);
}

MappedEntry::~MappedEntry() {
    core::unmap_file(mapping_);
}

}  // namespace detail

void CorpusCache::store(const std::string& key, const MeasureFile& parsed,
                        std::string_view text) const {
    if (state_->dir.empty()) return;
    std::string entry(kHeaderSize, '\0');
    detail::encode(parsed, text, entry);
    // Images address their pool with 32-bit offsets: a file that large is parsed every time.
    if (entry.size() > std::numeric_limits<std::uint32_t>::max()) return;
    std::string_view payload = std::string_view(entry).substr(kHeaderSize);
    const std::optional<detail::PayloadPart> apart =
        detail::Image::apart(payload, payload.size());  // sound: just encoded
    std::uint64_t size = payload.size(), sum = *detail::checksum(payload, *apart);
    std::memcpy(entry.data(), kMagic, sizeof kMagic);
    std::memcpy(entry.data() + sizeof kMagic, key.data(), kKeySize);
    std::memcpy(entry.data() + sizeof kMagic + kKeySize, &size, 8);
    std::memcpy(entry.data() + sizeof kMagic + kKeySize + 8, &sum, 8);

    // Written beside the entry and renamed into place: readers never see half an entry.
    std::string path = state_->entry_path(key);
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    std::string tmp = path + ".tmp" + std::to_string(::getpid()) + "_" +
                      std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id()));
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return;
        out.write(entry.data(), static_cast<std::streamsize>(entry.size()));
        if (!out) {
            out.close();
            std::filesystem::remove(tmp, ec);
            return;
        }
    }
    std::filesystem::rename(tmp, path, ec);
    if (ec) std::filesystem::remove(tmp, ec);
}

}  // namespace lexcheck::parser
