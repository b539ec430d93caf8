// The string table of findings encoding 3 (docs/audit.md): every distinct text of the
// findings (condition, label, fact path, defeated_by, measure and provision id, file path, …)
// stored once, and referred to by its index. Trace steps repeat the same few conditions and
// labels across thousands of findings; encoding 2 wrote each of them out every time. The
// table, and the ids of the measures and provisions checked (sorted: they share most of each
// id with the one before), are stored front coded.
#pragma once

#include "byte_stream.hpp"

#include "lexcheck/core/hash.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::audit::detail {

/// Texts stored as their count, then each as the length of the prefix it shares with the text
/// before it and the rest (front coding)
inline void write_front_coded(ByteWriter& w, const std::vector<std::string_view>& texts) {
    w.uint(texts.size());
    std::string_view previous;
    for (std::string_view s : texts) {
        std::size_t shared = 0;
        std::size_t most = std::min(s.size(), previous.size());
        while (shared < most && s[shared] == previous[shared]) ++shared;
        w.uint(shared);
        w.str(s.substr(shared));
        previous = s;
    }
}

/// What write_front_coded() wrote
inline std::vector<std::string> read_front_coded(ByteReader& r) {
    std::vector<std::string> texts(r.count());  // each takes at least two bytes
    const std::string* previous = nullptr;
    for (std::string& s : texts) {
        std::uint64_t shared = r.uint();
        if (shared > (previous ? previous->size() : 0)) ByteReader::damaged();
        if (previous) s.assign(*previous, 0, shared);
        s += r.str();
        previous = &s;
    }
    return texts;
}

/// The writer's side. The texts are views: what they view (the check's result, rule set,
/// corpus and sources) outlives the encoding. An open-addressing table with core::hash_bytes:
/// a large run looks up a few hundred thousand texts, and std::unordered_map's node per text
/// and library hash cost more than the rest of the encoding.
class StringTableWriter {
public:
    /// The index of `s`, added when it is new
    std::uint32_t index(std::string_view s) {
        if (2 * (texts_.size() + 1) > slots_.size()) grow();
        std::uint64_t h = hash(s);
        for (std::size_t at = h >> shift_;; at = (at + 1) & (slots_.size() - 1)) {
            std::uint32_t slot = slots_[at];
            if (slot == 0) {
                slots_[at] = static_cast<std::uint32_t>(texts_.size() + 1);
                texts_.push_back(s);
                hashes_.push_back(h);
                return static_cast<std::uint32_t>(texts_.size() - 1);
            }
            if (hashes_[slot - 1] == h && texts_[slot - 1] == s) return slot - 1;
        }
    }
    void write(ByteWriter& w) const { write_front_coded(w, texts_); }

private:
    static std::uint64_t hash(std::string_view s) { return core::hash_bytes(s); }
    void grow() {
        std::size_t size = slots_.empty() ? 1024 : 2 * slots_.size();
        shift_ = 64 - std::countr_zero(size);
        slots_.assign(size, 0);
        for (std::uint32_t i = 0; i < texts_.size(); ++i) {
            std::size_t at = hashes_[i] >> shift_;
            while (slots_[at] != 0) at = (at + 1) & (size - 1);
            slots_[at] = i + 1;
        }
    }

    std::vector<std::uint32_t> slots_;  ///< Index + 1 of the text, 0 for none; a power of two
    int shift_ = 64;                    ///< A hash's top bits are its first slot
    std::vector<std::string_view> texts_;
    std::vector<std::uint64_t> hashes_;  ///< Of each text
};

/// The reader's side
class StringTableReader {
public:
    void read(ByteReader& r) { texts_ = read_front_coded(r); }
    /// The text whose index `r` reads
    std::string_view at(ByteReader& r) const {
        std::uint64_t i = r.uint();
        if (i >= texts_.size()) ByteReader::damaged();
        return texts_[i];
    }

private:
    std::vector<std::string> texts_;
};

}  // namespace lexcheck::audit::detail
