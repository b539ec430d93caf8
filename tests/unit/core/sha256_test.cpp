#include "lexcheck/core/sha256.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace lexcheck::core {
namespace {

struct Vector {
    std::string input;
    const char* digest;
};

std::vector<Vector> fips_vectors() {
    return {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrl"
         "mnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
        {std::string(1000000, 'a'),
         "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
    };
}

TEST(Sha256, MatchesFipsVectors) {
    for (const Vector& v : fips_vectors()) {
        EXPECT_EQ(sha256_hex(v.input), v.digest) << v.input.size() << " bytes";
    }
}

TEST(Sha256, PortableFormMatchesFipsVectors) {
    for (const Vector& v : fips_vectors()) {
        EXPECT_EQ(detail::sha256_hex_portable(v.input), v.digest) << v.input.size() << " bytes";
    }
}

// Every length around the one- and two-block padding boundaries, and multi-block inputs, on
// bytes of every value: the accelerated form (when this processor has one) equals the
// portable one.
TEST(Sha256, AcceleratedAndPortableFormsAgree) {
    if (!detail::sha256_uses_cpu_extensions())
        GTEST_SKIP() << "no SHA instructions on this processor";
    std::string data;
    std::uint32_t x = 12345;
    for (int i = 0; i < 5000; ++i) {
        x = x * 1103515245u + 12345u;
        data += static_cast<char>(x >> 24);
    }
    for (std::size_t n = 0; n <= 300; ++n) {
        std::string_view s(data.data(), n);
        ASSERT_EQ(sha256_hex(s), detail::sha256_hex_portable(s)) << n << " bytes";
    }
    for (std::size_t n : {1000u, 4095u, 4096u, 4097u, 5000u}) {
        std::string_view s(data.data(), n);
        EXPECT_EQ(sha256_hex(s), detail::sha256_hex_portable(s)) << n << " bytes";
    }
    EXPECT_EQ(sha256_hex(std::string_view(data).substr(3, 777)),
              detail::sha256_hex_portable(std::string_view(data).substr(3, 777)))
        << "unaligned input";
}

// A report is hashed piece by piece as it is written: whatever the pieces (empty ones, a
// byte at a time, pieces across block boundaries, whole blocks), the digest is that of the
// bytes in one piece.
TEST(Sha256, PiecesGiveTheDigestOfTheWhole) {
    for (const Vector& v : fips_vectors()) {
        for (std::size_t piece : {1u, 3u, 63u, 64u, 65u, 1000u, 4096u}) {
            Sha256 h;
            h.update("");
            for (std::size_t at = 0; at < v.input.size(); at += piece)
                h.update(std::string_view(v.input).substr(at, piece));
            EXPECT_EQ(h.hex(), v.digest) << v.input.size() << " bytes in pieces of " << piece;
        }
    }
    std::string data(300, 'x');
    for (std::size_t cut = 0; cut <= data.size(); ++cut) {
        Sha256 h;
        h.update(std::string_view(data).substr(0, cut));
        h.update(std::string_view(data).substr(cut));
        ASSERT_EQ(h.hex(), sha256_hex(data)) << "cut at " << cut;
    }
}

}  // namespace
}  // namespace lexcheck::core
