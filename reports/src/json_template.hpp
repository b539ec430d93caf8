// A finding's JSON written once per shape (core::Finding::shape, issue 20): findings of one
// shape differ only in their measure's id and jurisdiction and in the values and positions
// of the facts their trace read, so the rest is kept as text with holes for those, and the
// next finding of the shape is that text with its own holes filled.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lexcheck::reports::detail {

/// What a finding of the shape writes in a hole: its measure's id or jurisdiction, or a fact
/// read's value and `"at"` member
enum class Hole : std::uint8_t { measure, jurisdiction, fact };

struct FindingTemplate {
    /// The text before a hole ends at `end` of `text`; `read` numbers the fact reads of the
    /// trace in order
    struct Gap {
        std::size_t end;
        Hole hole;
        std::uint32_t read;
    };
    /// A finding of the shape was written (whole): the template is made for the second, so
    /// that a shape seen once costs no second writing
    bool seen = false;
    bool made = false;
    /// False when the findings of the shape differ elsewhere too (a reason phrased from the
    /// measure's values): each is then written whole
    bool usable = false;
    std::string text;  ///< The finding's JSON without the holes
    std::vector<Gap> gaps;
    std::size_t reads = 0;  ///< Fact reads in the finding's trace
};

/// Where the holes of one finding written whole are, to make its template from its text
class HoleMarks {
public:
    void mark(Hole hole, std::uint32_t read, std::size_t begin, std::size_t end) {
        marks_.push_back({begin, end, hole, read});
    }
    /// A sentence of the reasons read the measure
    bool measure_read = false;

    /// `t` from `text`, the finding written whole (where the marks count from), whose trace
    /// read `reads` facts
    void make(std::string_view text, std::size_t reads, FindingTemplate& t) const {
        t.made = true;
        t.usable = !measure_read;
        t.reads = reads;
        std::size_t from = 0;
        for (const Mark& m : marks_) {
            t.text.append(text.substr(from, m.begin - from));
            t.gaps.push_back({t.text.size(), m.hole, m.read});
            from = m.end;
        }
        t.text.append(text.substr(from));
    }

private:
    struct Mark {
        std::size_t begin, end;
        Hole hole;
        std::uint32_t read;
    };
    std::vector<Mark> marks_;
};

/// The templates one thread made, by store, shape, outcome and binding
class FindingTemplates {
public:
    /// The template of the key, empty (not made) when new; null when too many are kept
    FindingTemplate* get(const void* store, std::uint64_t shape, std::uint8_t outcome,
                         bool binding) {
        Key key{store, shape, static_cast<std::uint8_t>(outcome << 1 | binding)};
        auto it = templates_.find(key);
        if (it != templates_.end()) return &it->second;
        if (templates_.size() >= kMaxTemplates) return nullptr;
        return &templates_[key];
    }

private:
    /// Templates kept per thread at most (a few kB each)
    static constexpr std::size_t kMaxTemplates = 4096;

    struct Key {
        const void* store;
        std::uint64_t shape;
        std::uint8_t rest;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const {
            return std::hash<const void*>()(k.store) ^ (k.shape * 0x9E3779B97F4A7C15ull) ^ k.rest;
        }
    };
    std::unordered_map<Key, FindingTemplate, KeyHash> templates_;
};

}  // namespace lexcheck::reports::detail
