// CorpusCache: one entry file per measure file, named by its key. Layout of an entry:
//   magic (8) | key (64, hex) | payload size (8) | payload checksum (8) | payload
// An entry is trusted only when all four header fields match; otherwise it is rejected and
// the caller re-parses the source and stores a fresh entry over it.
#include "lexcheck/parser/cache.hpp"

#include "cache/codec.hpp"
#include "cache/entry.hpp"

#include "lexcheck/core/sha256.hpp"
#include "lexcheck/core/version.hpp"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <thread>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lexcheck::parser {

namespace {

// The last character is the entry format: entries of another format are rejected and rebuilt.
// '3': measures carry `affects` (LANGUAGE.md §9) and `contested` expectations.
constexpr char kMagic[8] = {'L', 'X', 'C', 'A', 'C', 'H', 'E', '3'};
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
    : dir_(std::move(dir)),
      schema_hash_(schema_fingerprint(schema)),
      fact_count_(schema.facts().size()) {
    std::error_code ec;
    if (!dir_.empty()) std::filesystem::create_directories(dir_, ec);
}

std::string CorpusCache::key(std::string_view text) const {
    return key_of_digest(core::sha256_hex(text));
}

std::string CorpusCache::key_of_digest(std::string_view digest) const {
    std::string material(digest);
    material += '|';
    material += core::version();
    material += '|';
    material += schema_hash_;
    return core::sha256_hex(material);
}

std::string CorpusCache::key_of_file(const core::SourceManager& sources,
                                     core::SourceId file) const {
    std::string digest = core::sha256_hex(sources.text(file));
    std::string key = key_of_digest(digest);
    std::lock_guard lock(digests_mutex_);
    digests_[file] = std::move(digest);
    return key;
}

std::optional<std::string> CorpusCache::file_digest(core::SourceId file) const {
    std::lock_guard lock(digests_mutex_);
    auto it = digests_.find(file);
    if (it == digests_.end()) return std::nullopt;
    return it->second;
}

std::string CorpusCache::entry_path(const std::string& key) const {
    return dir_ + "/" + key.substr(0, 2) + "/" + key.substr(2) + ".lxc";
}

std::optional<MeasureFile> CorpusCache::load(const std::string& key, core::SourceId file) const {
    std::optional<detail::CacheEntry> entry = detail::CacheEntry::open(*this, key);
    if (!entry) return std::nullopt;
    MeasureFile out;
    out.measures.resize(entry->size());
    std::vector<detail::AknRef> akn;
    if (!entry->decode(file, out.measures.data(), akn)) return std::nullopt;
    out.akn_paths.resize(entry->size());
    out.akn_spans.resize(entry->size());
    for (detail::AknRef& a : akn) {
        out.akn_paths[a.measure] = std::move(a.path);
        out.akn_spans[a.measure] = a.span;
    }
    return out;
}

namespace detail {

std::optional<CacheEntry> CacheEntry::open(const CorpusCache& cache, const std::string& key) {
    if (cache.dir_.empty()) return std::nullopt;
    int fd = ::open(cache.entry_path(key).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        ++cache.misses_;
        return std::nullopt;
    }
    struct stat st {};
    const char* data = nullptr;
    std::size_t size = 0;
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        size = static_cast<std::size_t>(st.st_size);
        // Every byte is read (checksum, then decode): map it all at once, not page by page.
        void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (p != MAP_FAILED) data = static_cast<const char*>(p);
    }
    ::close(fd);
    if (!data) {  // empty or unreadable: as good as missing, but it was there
        ++cache.misses_;
        return std::nullopt;
    }
    CacheEntry entry(cache, data, size, {}, 0);
    std::string_view bytes(data, size);
    auto reject = [&]() -> std::optional<CacheEntry> {
        ++cache.rejected_;
        return std::nullopt;
    };
    if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        return reject();
    if (bytes.substr(sizeof kMagic, kKeySize) != key) return reject();
    std::uint64_t payload_size = 0, sum = 0;
    std::memcpy(&payload_size, bytes.data() + sizeof kMagic + kKeySize, 8);
    std::memcpy(&sum, bytes.data() + sizeof kMagic + kKeySize + 8, 8);
    std::string_view payload = bytes.substr(kHeaderSize);
    if (payload.size() != payload_size || checksum(payload) != sum) return reject();
    std::optional<std::uint32_t> count = measure_count(payload);
    if (!count) return reject();
    entry.payload_ = payload;
    entry.count_ = *count;
    return entry;
}

bool CacheEntry::decode(core::SourceId file, core::Measure* out, std::vector<AknRef>& akn,
                        core::BumpArena* facts_arena) const {
    if (!decode_into(payload_, file, cache_->fact_count_, out, akn, facts_arena)) {
        ++cache_->rejected_;
        return false;
    }
    ++cache_->hits_;
    return true;
}

CacheEntry::CacheEntry(CacheEntry&& other) noexcept
    : cache_(other.cache_),
      data_(std::exchange(other.data_, nullptr)),
      size_(other.size_),
      payload_(other.payload_),
      count_(other.count_) {}

CacheEntry& CacheEntry::operator=(CacheEntry&& other) noexcept {
    if (this != &other) {
        unmap();
        cache_ = other.cache_;
        data_ = std::exchange(other.data_, nullptr);
        size_ = other.size_;
        payload_ = other.payload_;
        count_ = other.count_;
    }
    return *this;
}

CacheEntry::~CacheEntry() {
    unmap();
}

void CacheEntry::unmap() {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
    data_ = nullptr;
}

}  // namespace detail

void CorpusCache::store(const std::string& key, const MeasureFile& parsed) const {
    if (dir_.empty()) return;
    std::string entry(kHeaderSize, '\0');
    detail::encode(parsed, entry);
    std::string_view payload = std::string_view(entry).substr(kHeaderSize);
    std::uint64_t size = payload.size(), sum = detail::checksum(payload);
    std::memcpy(entry.data(), kMagic, sizeof kMagic);
    std::memcpy(entry.data() + sizeof kMagic, key.data(), kKeySize);
    std::memcpy(entry.data() + sizeof kMagic + kKeySize, &size, 8);
    std::memcpy(entry.data() + sizeof kMagic + kKeySize + 8, &sum, 8);

    // Written beside the entry and renamed into place: readers never see half an entry.
    std::string path = entry_path(key);
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
