// SHA-256 of input files, so a report names exactly what it checked.
#pragma once

#include <string>
#include <string_view>

namespace lexcheck::core {

/// Lowercase hex SHA-256 of `data` (FIPS 180-4)
std::string sha256_hex(std::string_view data);

}  // namespace lexcheck::core
