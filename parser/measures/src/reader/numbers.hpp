// The int and number shapes of LANGUAGE.md §1 as measure files are read: one definition for
// the yaml-cpp reader and both fast paths, so they accept exactly the same scalars.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace lexcheck::parser::detail {

/// `-?[0-9]+` in range, else nullopt
std::optional<std::int64_t> parse_int(std::string_view s);

/// `-?[0-9]+(\.[0-9]+)?` (an int is also accepted where a number is due), else nullopt
std::optional<double> parse_number(std::string_view s);

}  // namespace lexcheck::parser::detail
