// SHA-256 of input files, so a report names exactly what it checked.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lexcheck::core {

/// Lowercase hex SHA-256 of `data` (FIPS 180-4)
std::string sha256_hex(std::string_view data);

namespace detail {

/// sha256_hex with the portable block function, whatever the processor offers (for tests)
std::string sha256_hex_portable(std::string_view data);

/// Whether sha256_hex uses the processor's SHA instructions on this machine
bool sha256_uses_cpu_extensions();

}  // namespace detail

/// SHA-256 of data given piece by piece (a report hashed while it is written, in one pass):
/// update() any number of times, then hex() once; the digest is sha256_hex() of the pieces
/// concatenated
class Sha256 {
public:
    Sha256();
    void update(std::string_view data);
    /// The lowercase hex digest; the object is spent afterwards
    std::string hex();

private:
    using State = std::array<std::uint32_t, 8>;
    using Compress = void (*)(State&, const unsigned char*, std::size_t);
    explicit Sha256(Compress compress);
    friend std::string detail::sha256_hex_portable(std::string_view data);

    Compress compress_;
    State state_;
    unsigned char block_[64] = {};
    std::size_t pending_ = 0;  ///< Bytes waiting in block_ for a whole block
    std::uint64_t length_ = 0;
};

}  // namespace lexcheck::core
