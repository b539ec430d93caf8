// A report hashed while it is written (issue 16: a recorded run keeps the SHA-256 of the
// report it wrote): the bytes handed to the file are hashed on a thread of their own
// (background_sha256.hpp) while the report goes on being rendered.
#pragma once

#include "background_sha256.hpp"

#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

namespace lexcheck::cli {

/// A stream buffer that hands every byte on to `target` and hashes exactly the bytes `target`
/// took, so the digest is that of the bytes written (the file's `sha256sum`). Small writes are
/// gathered in a buffer; large ones go through to `target` without a copy.
class HashingStreambuf : public std::streambuf {
public:
    explicit HashingStreambuf(std::streambuf* target);
    /// The SHA-256 of the bytes handed on; call after the stream is flushed, once
    std::string hex() { return sha_.hex(); }

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    /// Hands the buffered bytes on (hashing them); false when `target` took fewer
    bool drain();
    /// Hands `n` bytes on and hashes those `target` took; false when it took fewer
    bool pass(const char* s, std::streamsize n);

    std::streambuf* target_;
    BackgroundSha256 sha_;
    std::vector<char> buffer_;
};

/// Writes through `write` to `out`, hashing what reaches it; returns the SHA-256 of those bytes
/// and sets `out`'s badbit when they could not all be written
template <typename Write>
std::string write_hashed(std::ostream& out, const Write& write) {
    HashingStreambuf buf(out.rdbuf());
    std::ostream hashed(&buf);
    write(hashed);
    hashed.flush();
    if (!hashed) out.setstate(std::ios::badbit);
    return buf.hex();
}

}  // namespace lexcheck::cli
