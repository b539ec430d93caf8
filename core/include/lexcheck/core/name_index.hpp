// A table from names to numbers whose names the caller keeps: one open-addressing table of
// 8-byte slots, so binding 10^6 references (the resolver: names of facts and defines,
// LANGUAGE.md §2–§3) allocates nothing, builds no temporary string and misses the cache about
// once each (independent lookups overlap in the CPU; prefetching ahead measured no faster).
// The audit trail's string table uses it too.
#pragma once

#include "lexcheck/core/hash.hpp"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace lexcheck::core {

/// Maps a name to a number; the caller keeps the names, and `name_of(value)` gives back
/// the name stored under `value` (INVARIANT: the same answer for as long as the table lives)
class NameIndex {
public:
    /// Room for `names` names without rehashing
    void reserve(std::size_t names);

    /// Adds `name` -> `value` unless `name` is there already; then returns its value
    template <typename NameOf>
    std::optional<std::uint32_t> insert(std::string_view name, std::uint32_t value,
                                        const NameOf& name_of) {
        if (2 * (size_ + 1) > slots_.size()) grow(2 * size_ + 2);
        const std::uint32_t hash = hash_of(name);
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = hash & mask;
        for (; slots_[i].value != kEmpty; i = (i + 1) & mask) {
            if (slots_[i].hash == hash && name_of(slots_[i].value) == name) return slots_[i].value;
        }
        slots_[i] = {hash, value};
        ++size_;
        return std::nullopt;
    }

    template <typename NameOf>
    std::optional<std::uint32_t> find(std::string_view name, const NameOf& name_of) const {
        if (slots_.empty()) return std::nullopt;
        const std::uint32_t hash = hash_of(name);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash & mask; slots_[i].value != kEmpty; i = (i + 1) & mask) {
            if (slots_[i].hash == hash && name_of(slots_[i].value) == name) return slots_[i].value;
        }
        return std::nullopt;
    }

private:
    static constexpr std::uint32_t kEmpty = 0xFFFF'FFFFu;  ///< Never a value
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t value = kEmpty;
    };
    static std::uint32_t hash_of(std::string_view name) {
        return static_cast<std::uint32_t>(core::hash_bytes(name));
    }
    /// Rehashes into a power of two at least twice `names` long
    void grow(std::size_t names);

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

}  // namespace lexcheck::core
