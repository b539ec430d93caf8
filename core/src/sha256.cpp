// SHA-256 (FIPS 180-4). Every input file is hashed on every run, so the block function has
// two forms: the CPU's SHA extensions where the processor has them (x86-64: SHA-NI, chosen at
// run time, ~8x faster), and a portable one everywhere else; both give the same digests.
#include "lexcheck/core/sha256.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define LEXCHECK_SHA256_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace lexcheck::core {

namespace {

using State = std::array<std::uint32_t, 8>;

alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr State kInitial = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                            0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

inline std::uint32_t rotr(std::uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}

inline std::uint32_t load_be32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

/// The portable block function: `blocks` consecutive 64-byte blocks
void compress_portable(State& h, const unsigned char* data, std::size_t blocks) {
    for (; blocks > 0; --blocks, data += 64) {
        std::uint32_t w[64];
        for (int i = 0; i < 16; ++i) w[i] = load_be32(data + 4 * i);
        for (int i = 16; i < 64; ++i) {
            std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6],
                      k = h[7];
        for (int i = 0; i < 64; ++i) {
            std::uint32_t t1 = k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                               kRound[i] + w[i];
            std::uint32_t t2 =
                (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            k = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += k;
    }
}

#ifdef LEXCHECK_SHA256_X86

/// Whether this processor has the SHA extensions and the SSSE3/SSE4.1 shuffles they need
bool cpu_has_sha() {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return false;
    bool ssse3 = c & (1u << 9), sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    bool sha = b & (1u << 29);
    return ssse3 && sse41 && sha;
}

/// The block function with SHA-NI: the state is kept as the (ABEF, CDGH) pair the
/// instructions expect, and each 128-bit message word holds four schedule words.
__attribute__((target("sha,ssse3,sse4.1"))) void compress_sha_ni(State& h,
                                                                 const unsigned char* data,
                                                                 std::size_t blocks) {
    const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&h[0]));     // DCBA
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&h[4]));  // HGFE
    tmp = _mm_shuffle_epi32(tmp, 0xB1);                                         // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);                                   // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);                           // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);                                // CDGH

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abef = state0, cdgh = state1;
        __m128i w[4];
        for (int i = 0; i < 4; ++i) {
            w[i] = _mm_shuffle_epi8(
                _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * i)), byte_swap);
        }
        // Group g holds schedule words 4g..4g+3; from g = 4 on it is computed from the four
        // before it: msg1 adds sigma0, the alignr supplies W[t-7], msg2 adds sigma1.
#pragma GCC unroll 16
        for (int g = 0; g < 16; ++g) {
            if (g >= 4) {
                __m128i t = _mm_sha256msg1_epu32(w[g & 3], w[(g + 1) & 3]);
                t = _mm_add_epi32(t, _mm_alignr_epi8(w[(g + 3) & 3], w[(g + 2) & 3], 4));
                w[g & 3] = _mm_sha256msg2_epu32(t, w[(g + 3) & 3]);
            }
            __m128i msg = _mm_add_epi32(
                w[g & 3], _mm_load_si128(reinterpret_cast<const __m128i*>(&kRound[4 * g])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
        }
        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);        // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);     // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);  // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);     // HGFE
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&h[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(&h[4]), state1);
}

#endif  // LEXCHECK_SHA256_X86

using Compress = void (*)(State&, const unsigned char*, std::size_t);

Compress best_compress() {
#ifdef LEXCHECK_SHA256_X86
    if (cpu_has_sha()) return compress_sha_ni;
#endif
    return compress_portable;
}

Compress compress_best() {
    static const Compress compress = best_compress();
    return compress;
}

}  // namespace

Sha256::Sha256() : Sha256(compress_best()) {}

Sha256::Sha256(Compress compress) : compress_(compress), state_(kInitial) {}

void Sha256::update(std::string_view data) {
    if (data.empty()) return;  // its data() may be null, which memcpy must not see
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    std::size_t n = data.size();
    length_ += n;
    if (pending_ > 0) {  // complete the block begun by an earlier piece
        std::size_t take = std::min(n, 64 - pending_);
        std::memcpy(block_ + pending_, bytes, take);
        pending_ += take;
        bytes += take;
        n -= take;
        if (pending_ < 64) return;
        compress_(state_, block_, 1);
        pending_ = 0;
    }
    // Whole blocks straight from the caller's bytes, without copying them
    if (n >= 64) compress_(state_, bytes, n / 64);
    std::size_t rest = n % 64;
    std::memcpy(block_, bytes + (n - rest), rest);
    pending_ = rest;
}

std::string Sha256::hex() {
    // Padding: 0x80, zeros, and the bit length big-endian, in one or two final blocks.
    unsigned char tail[128] = {};
    std::memcpy(tail, block_, pending_);
    tail[pending_] = 0x80;
    std::size_t tail_len = pending_ + 9 <= 64 ? 64 : 128;
    std::uint64_t bits = length_ * 8;
    for (int i = 0; i < 8; ++i)
        tail[tail_len - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    compress_(state_, tail, tail_len / 64);

    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(64, '\0');
    for (std::size_t i = 0; i < 8; ++i) {
        for (int nibble = 0; nibble < 8; ++nibble)
            out[8 * i + nibble] = kHex[(state_[i] >> (28 - 4 * nibble)) & 0xF];
    }
    return out;
}

std::string sha256_hex(std::string_view data) {
    Sha256 h;
    h.update(data);
    return h.hex();
}

namespace detail {

std::string sha256_hex_portable(std::string_view data) {
    Sha256 h(compress_portable);
    h.update(data);
    return h.hex();
}

bool sha256_uses_cpu_extensions() {
#ifdef LEXCHECK_SHA256_X86
    return cpu_has_sha();
#else
    return false;
#endif
}

}  // namespace detail

}  // namespace lexcheck::core
