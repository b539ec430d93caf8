// The string table of findings encoding 3 (docs/audit.md): every distinct text of the
// findings (condition, label, fact path, defeated_by, measure and provision id, file path, …)
// stored once, and referred to by its index. Trace steps repeat the same few conditions and
// labels across thousands of findings; encoding 2 wrote each of them out every time. The
// table, and the ids of the measures and provisions checked (sorted: they share most of each
// id with the one before), are stored front coded.
#pragma once

#include "byte_stream.hpp"

#include "lexcheck/core/name_index.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::audit::detail {

/// `count` texts, the i-th `text_at(i)`, stored as their count, then each as the length of the
/// prefix it shares with the text before it and the rest (front coding). Taking them one by one,
/// not as a vector, spares the encoder a vector of the 100,000 ids checked (1.6 MB of fresh
/// memory, ~390 page faults).
template <class TextAt>
void write_front_coded(ByteWriter& w, std::size_t count, const TextAt& text_at) {
    w.uint(count);
    std::string_view previous;
    for (std::size_t i = 0; i < count; ++i) {
        std::string_view s = text_at(i);
        std::size_t shared = 0;
        std::size_t most = std::min(s.size(), previous.size());
        while (shared < most && s[shared] == previous[shared]) ++shared;
        w.uint(shared);
        w.str(s.substr(shared));
        previous = s;
    }
}

inline void write_front_coded(ByteWriter& w, const std::vector<std::string_view>& texts) {
    write_front_coded(w, texts.size(), [&](std::size_t i) { return texts[i]; });
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
/// corpus and sources) outlives the encoding. A large run looks up a few hundred thousand
/// texts: core::NameIndex finds them without a node or a copy per text.
class StringTableWriter {
public:
    /// The index of `s`, added when it is new
    std::uint32_t index(std::string_view s) {
        const auto next = static_cast<std::uint32_t>(texts_.size());
        auto text_of = [this](std::uint32_t i) { return texts_[i]; };
        if (std::optional<std::uint32_t> known = indices_.insert(s, next, text_of)) return *known;
        texts_.push_back(s);
        return next;
    }
    void write(ByteWriter& w) const { write_front_coded(w, texts_); }

private:
    core::NameIndex indices_;
    std::vector<std::string_view> texts_;
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
