// The pieces JSON text is made of, appended to a buffer: the writer (json_writer.hpp) and the
// large reports, which format findings straight into chunks (chunked_output.hpp), use them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lexcheck::reports::detail {

/// Appends `s` as a JSON string literal: `"` and `\` escaped, control characters as `\n`,
/// `\r`, `\t` or `\u00XX`; every other byte (UTF-8 included) passed through
void append_json_string(std::string& out, std::string_view s);

/// JSON string literal for `s`, as append_json_string writes it
std::string json_quote(std::string_view s);

/// Appends the decimal digits of `v`
void append_json_uint(std::string& out, std::uint64_t v);
/// Appends the decimal digits of `v`, with a `-` when negative
void append_json_int(std::string& out, std::int64_t v);

}  // namespace lexcheck::reports::detail
