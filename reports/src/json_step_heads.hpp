// The part of a trace step that the JSON report writes the same for every finding that passes
// the same rule node, made once and copied whole (issue 20).
#pragma once

#include "lexcheck/core/finding.hpp"
#include "lexcheck/core/hash.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::reports::detail {

/// A step's `{` to its label: condition, value, at, depth and label, as the JSON report writes
/// them, kept by what the step shows. Those come from the rule node alone: the dense instance's
/// 29,413 findings have 194,910 steps, whose heads were made between 3,200 and 6,500 times
/// (6,434 texts escaped for them, clashes included); copying the bytes made once replaced
/// escaping the condition and finding its line and column per step.
///
/// The condition and the label are told apart by where their text lies, not by their bytes:
/// the findings being written view each text in a core::TraceStore that outlives the writing
/// and does not change meanwhile, so one address is one text (the same text at two addresses is
/// merely kept twice). A StepHeads must therefore not outlive the findings it was filled from:
/// the JSON report keeps one per writing thread for one report.
class StepHeads {
public:
    /// The bytes of `s`'s head: kept ones, or those `render(std::string&)` appends to an empty
    /// string (then kept)
    template <class Render>
    std::string_view get(const core::TraceStep& s, Render&& render) {
        if (slots_.empty()) slots_.resize(kSlots);
        const Key key = key_of(s);
        Slot& slot = slots_[hash(key) & (kSlots - 1)];
        if (!slot.used || !(slot.key == key)) {
            slot.used = false;  // until it holds the whole text (render may throw)
            slot.text.clear();
            render(slot.text);
            slot.key = key;
            slot.used = true;
        }
        return slot.text;
    }

private:
    struct Key {
        const char* condition = nullptr;
        const char* label = nullptr;
        std::uint32_t condition_size = 0;
        std::uint32_t label_size = 0;
        core::SourceId file = 0;  ///< Of `at`: its begin is all a location shows
        std::uint32_t begin = 0;
        std::uint16_t depth = 0;
        core::Truth value = core::Truth::unknown;
        bool operator==(const Key&) const = default;
    };
    struct Slot {
        bool used = false;
        Key key;
        std::string text;
    };
    /// Direct-mapped slots, a power of two; a clash only makes a head again
    static constexpr std::size_t kSlots = 4096;

    static Key key_of(const core::TraceStep& s) {
        return {s.condition.data(),
                s.label.data(),
                static_cast<std::uint32_t>(s.condition.size()),
                static_cast<std::uint32_t>(s.label.size()),
                s.at.file,
                s.at.begin,
                s.depth,
                s.value};
    }
    static std::uint64_t hash(const Key& k) {
        auto word = [](const char* p) {
            return static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(p));
        };
        std::uint64_t h =
            core::hash_word(word(k.condition) ^ (std::uint64_t{k.begin} << 40) ^
                            (std::uint64_t{k.depth} << 20) ^ static_cast<std::uint64_t>(k.value));
        return core::hash_word(h ^ word(k.label) ^ k.condition_size ^
                               (std::uint64_t{k.file} << 32));
    }

    std::vector<Slot> slots_;  ///< Made at the first step, so a report without traces pays none
};

}  // namespace lexcheck::reports::detail
