// SHA-256 of input files, so a report names exactly what it checked.
#pragma once

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

}  // namespace lexcheck::core
