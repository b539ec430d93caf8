// lexcheck's one hash function, for hash tables and checksums (not cryptographic: SHA-256 is
// sha256.hpp): multiply-xorshift over 8-byte words, in four independent lanes for long inputs
// (the CPU overlaps their multiplies), with no library call for short ones, and MurmurHash3's
// finalizer, so that the low bits a table indexes by depend on every byte. The resolver's
// name index, the corpus cache's checksum and the JSON reporter's position cache use it.
// For lexcheck's modules, not for users.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace lexcheck::core {

namespace detail {

inline constexpr std::uint64_t kHashMultiplier = 0x9E37'79B9'7F4A'7C15u;  // 2^64 / golden ratio

/// One step: `word` mixed into `h`
inline std::uint64_t hash_step(std::uint64_t h, std::uint64_t word) {
    h = (h ^ word) * kHashMultiplier;
    return h ^ (h >> 29);
}

/// The last step (MurmurHash3's fmix64): every bit of `h` reaches the low and the high bits
/// of the result, which tables index by
inline std::uint64_t hash_finish(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51'afd7'ed55'8ccdu;
    h ^= h >> 33;
    h *= 0xc4ce'b9fe'1a85'ec53u;
    return h ^ (h >> 33);
}

inline std::uint64_t load_word(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

}  // namespace detail

/// A 64-bit hash of `data`; every byte and its position change it
inline std::uint64_t hash_bytes(std::string_view data) {
    using detail::hash_step;
    using detail::load_word;
    const char* p = data.data();
    const std::size_t n = data.size();
    std::uint64_t h = detail::kHashMultiplier * (n + 1);
    std::size_t i = 0;
    if (n >= 32) {
        std::uint64_t lane[4] = {h, 0x1319'8A2E'0370'7344u, 0xA409'3822'299F'31D0u,
                                 0x082E'FA98'EC4E'6C89u};
        for (; i + 32 <= n; i += 32) {
            for (std::size_t k = 0; k < 4; ++k)
                lane[k] = hash_step(lane[k], load_word(p + i + 8 * k));
        }
        h = lane[0];
        for (std::size_t k = 1; k < 4; ++k) h = hash_step(h, lane[k]);
    }
    for (; i + 8 <= n; i += 8) h = hash_step(h, load_word(p + i));
    // The last 0–7 bytes in at most two fixed-size loads (overlapping when 4–7 bytes).
    const char* rest = p + i;
    const std::size_t left = n - i;
    std::uint64_t tail = 0;
    if (left >= 4) {
        std::uint32_t lo, hi;
        std::memcpy(&lo, rest, 4);
        std::memcpy(&hi, rest + left - 4, 4);
        tail = (std::uint64_t{hi} << 32) | lo;
    } else if (left > 0) {
        tail = (std::uint64_t{static_cast<unsigned char>(rest[0])} << 16) |
               (std::uint64_t{static_cast<unsigned char>(rest[left / 2])} << 8) |
               static_cast<unsigned char>(rest[left - 1]);
    }
    return detail::hash_finish(h ^ tail);
}

/// A 64-bit hash of one number (a key made of small integers)
inline std::uint64_t hash_word(std::uint64_t word) {
    return detail::hash_finish(word ^ detail::kHashMultiplier);
}

}  // namespace lexcheck::core
