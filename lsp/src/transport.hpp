// JSON-RPC framing over a byte stream (LSP "base protocol"): `Content-Length: N` headers, an
// empty line, then N bytes of JSON.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace lexcheck::lsp::detail {

/// Bodies larger than this are refused (and skipped without being held in memory)
inline constexpr std::size_t kMaxBody = std::size_t{64} << 20;

/// One framed message, or why it could not be framed, or the end of the input
struct Frame {
    enum class Kind { message, bad, end } kind = Kind::end;
    std::string body;   ///< The JSON text, for `message`
    std::string error;  ///< What was wrong, for `bad`
    /// Bytes of a refused body still to skip, after the error is sent (so a client waiting
    /// for the reply is not kept waiting while they arrive)
    std::size_t skip = 0;
};

/// Reads the next frame. A bad header is reported and skipped up to the next empty line, so
/// one broken message does not end the session.
Frame read_frame(std::istream& in);

/// Discards `n` bytes of `in` without keeping them
void skip_bytes(std::istream& in, std::size_t n);

/// Writes one body with its header and flushes
void write_frame(std::ostream& out, std::string_view body);

}  // namespace lexcheck::lsp::detail
