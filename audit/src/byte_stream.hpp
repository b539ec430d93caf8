// Little building blocks of the findings encoding: unsigned LEB128 integers and
// length-prefixed strings, read back with bounds checks.
#pragma once

#include "lexcheck/audit/error.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace lexcheck::audit::detail {

class ByteWriter {
public:
    void uint(std::uint64_t v) {
        while (v >= 0x80) {
            out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
            v >>= 7;
        }
        out_.push_back(static_cast<char>(v));
    }
    void sint(std::int64_t v) { uint((static_cast<std::uint64_t>(v) << 1) ^ (v < 0 ? ~0ull : 0)); }
    void str(std::string_view s) {
        uint(s.size());
        out_.append(s);
    }
    std::string& bytes() { return out_; }

private:
    std::string out_;
};

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
