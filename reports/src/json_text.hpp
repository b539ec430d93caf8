// The pieces JSON text is made of, appended to a buffer: the writer (json_writer.hpp) and the
// large reports, which format findings straight into chunks (chunked_output.hpp), use them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::reports {
struct InputFile;
}

namespace lexcheck::reports::detail {

/// Appends `s` as a JSON string literal: `"` and `\` escaped, control characters as `\n`,
/// `\r`, `\t` or `\u00XX`; every other byte (UTF-8 included) passed through
void append_json_string(std::string& out, std::string_view s);

/// Appends `s` escaped as append_json_string does, without the quotes around it (for text
/// written into a string literal piece by piece: the reasons in words)
void append_json_escaped(std::string& out, std::string_view s);

/// Most bytes one byte of text takes once escaped (`\u00XX`)
constexpr std::size_t kMaxEscapedBytes = 6;

/// Writes `s` escaped (append_json_escaped's bytes) at `to`, which has room for
/// `kMaxEscapedBytes * s.size()` bytes; returns the end of what it wrote
char* write_json_escaped(char* to, std::string_view s);

/// JSON string literal for `s`, as append_json_string writes it
std::string json_quote(std::string_view s);

/// Appends the decimal digits of `v`
void append_json_uint(std::string& out, std::uint64_t v);
/// Appends the decimal digits of `v`, with a `-` when negative
void append_json_int(std::string& out, std::int64_t v);

/// `"inputs": [{"path", "sha256"}, …]` at the top level of a report (LANGUAGE.md §7), shared
/// by the JSON report and the JSON of a delta
void append_json_inputs(std::string& out, const std::vector<InputFile>& inputs);

}  // namespace lexcheck::reports::detail
