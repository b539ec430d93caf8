// Little building blocks of the findings encoding: unsigned LEB128 integers and
// length-prefixed strings, read back with bounds checks.
#pragma once

#include "lexcheck/audit/error.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

namespace lexcheck::audit::detail {

/// Writes into a buffer grown ahead in large steps and left uninitialised (every byte kept is
/// written; zero-filling the room ahead, as a std::string's resize does, cost a pass over it and
/// the page faults of room never used): an integer costs a few instructions, not a push_back
/// per byte (the findings of a large run are millions of integers)
class ByteWriter {
public:
    [[gnu::always_inline]] void uint(std::uint64_t v) {  // called millions of times
        char* p = room(10);
        while (v >= 0x80) {
            *p++ = static_cast<char>((v & 0x7f) | 0x80);
            v >>= 7;
        }
        *p++ = static_cast<char>(v);
        used_ = static_cast<std::size_t>(p - data_.get());
    }
    void sint(std::int64_t v) { uint((static_cast<std::uint64_t>(v) << 1) ^ (v < 0 ? ~0ull : 0)); }
    void str(std::string_view s) {
        uint(s.size());
        append(s);
    }
    /// Bytes as they are, without a length
    void append(std::string_view s) {
        if (s.empty()) return;  // nothing to copy, and no room: the buffer may not exist yet
        std::memcpy(room(s.size()), s.data(), s.size());
        used_ += s.size();
    }
    std::string_view view() const { return {data_.get(), used_}; }
    std::size_t size() const { return used_; }

private:
    /// Where the next `n` bytes go, with room for them
    char* room(std::size_t n) {
        if (capacity_ - used_ < n) [[unlikely]]
            grow(n);
        return data_.get() + used_;
    }
    [[gnu::noinline]] void grow(std::size_t n) {
        capacity_ = std::max(2 * capacity_, used_ + n + 4096);
        auto bigger = std::make_unique_for_overwrite<char[]>(capacity_);
        if (used_ != 0) std::memcpy(bigger.get(), data_.get(), used_);
        data_ = std::move(bigger);
    }

    std::unique_ptr<char[]> data_;  ///< Its first used_ bytes are written, the rest is room
    std::size_t capacity_ = 0;
    std::size_t used_ = 0;
};

/// The bytes of `parts` one after another, in a string of exactly their size (one copy, no
/// room zero-filled or left over)
inline std::string join(std::initializer_list<const ByteWriter*> parts) {
    std::size_t size = 0;
    for (const ByteWriter* part : parts) size += part->size();
    std::string out;
    out.reserve(size);
    for (const ByteWriter* part : parts) out.append(part->view());
    return out;
}

class ByteReader {
public:
    explicit ByteReader(std::string_view in) : in_(in) {}
    std::uint64_t uint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos_ >= in_.size()) damaged();
            auto byte = static_cast<unsigned char>(in_[pos_++]);
            v |= std::uint64_t{byte & 0x7fu} << shift;
            if (!(byte & 0x80)) return v;
        }
        damaged();
    }
    std::int64_t sint() {
        std::uint64_t u = uint();
        return static_cast<std::int64_t>((u >> 1) ^ (~(u & 1) + 1));
    }
    std::uint32_t u32() {
        std::uint64_t v = uint();
        if (v > 0xffffffffu) damaged();
        return static_cast<std::uint32_t>(v);
    }
    /// A count of items that each take at least one byte (bounds allocation on bad data)
    std::size_t count() {
        std::uint64_t n = uint();
        if (n > in_.size() - pos_) damaged();
        return static_cast<std::size_t>(n);
    }
    std::string_view str() {
        std::size_t n = count();
        std::string_view s = in_.substr(pos_, n);
        pos_ += n;
        return s;
    }
    bool at_end() const { return pos_ == in_.size(); }
    [[noreturn]] static void damaged() {
        throw Error("the stored findings of this run are damaged",
                    "restore the database from a backup");
    }

private:
    std::string_view in_;
    std::size_t pos_ = 0;
};

}  // namespace lexcheck::audit::detail
