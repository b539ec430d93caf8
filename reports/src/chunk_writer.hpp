// Writing JSON into a chunk's buffer through one pointer. The buffer is grown ahead of the
// writing (a resize that makes room, now and then) and each key, number or string is copied
// where the pointer is; a fixed key, a literal, is a few moves once inlined. Appending each
// piece with std::string::append was an out-of-line call, a length check and a memcpy call
// per key: about 150 M of the dense report's 785 M instructions (callgrind, issue 20).
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace lexcheck::reports::detail {

class ChunkWriter {
public:
    /// Writes at the end of `out`; when the writer is gone (or paused), `out` holds exactly
    /// what was written
    explicit ChunkWriter(std::string& out) : out_(out) { open(); }
    ~ChunkWriter() {
        if (p_) close();
    }
    ChunkWriter(const ChunkWriter&) = delete;
    ChunkWriter& operator=(const ChunkWriter&) = delete;

    /// Fixed text: keys, indentation, punctuation, text already escaped
    void put(std::string_view text) {
        room(text.size());
        std::memcpy(p_, text.data(), text.size());
        p_ += text.size();
    }
    void put(char c) {
        room(1);
        *p_++ = c;
    }
    /// `s` as a JSON string literal: append_json_string's bytes
    void string(std::string_view s);
    /// The decimal digits of `v`: append_json_uint's bytes (here, not out of line: a step
    /// writes three numbers)
    void uint(std::uint64_t v) {
        room(20);      // the digits of 2^64 - 1
        if (v < 10) {  // depths, and many columns
            *p_++ = static_cast<char>('0' + v);
            return;
        }
        p_ = std::to_chars(p_, end_, v).ptr;
    }

    /// The buffer, holding exactly what was written, for code that appends to a std::string
    /// (the reasons in words, the remedies) or hands it on (a flush); resume() after
    std::string& pause() {
        close();
        return out_;
    }
    void resume() { open(); }
    /// Bytes in the buffer, what was there before included (while not paused)
    std::size_t size() const { return static_cast<std::size_t>(p_ - out_.data()); }

private:
    /// Room made at a time: more than most pieces, little to zero-fill
    static constexpr std::size_t kSlack = 1024;

    void room(std::size_t n) {
        if (static_cast<std::size_t>(end_ - p_) < n) grow(n);
    }
    void grow(std::size_t n);
    void open();
    /// Cuts the buffer to what was written; the writer then holds no pointer into it, which
    /// may change until open()
    void close() {
        out_.resize(size());
        p_ = end_ = nullptr;
    }

    std::string& out_;
    char* p_ = nullptr;    ///< Where the next byte goes
    char* end_ = nullptr;  ///< The end of the room made
};

}  // namespace lexcheck::reports::detail
