#include "hashing_stream.hpp"

#include <string_view>

namespace lexcheck::cli {

namespace {
// Large enough that the per-write overhead vanishes, small enough to stay in cache while it is
// hashed and copied on
constexpr std::size_t kBufferBytes = std::size_t{64} << 10;
}  // namespace

HashingStreambuf::HashingStreambuf(std::streambuf* target)
    : target_(target), buffer_(kBufferBytes) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
}

bool HashingStreambuf::pass(const char* s, std::streamsize n) {
    std::streamsize taken = n > 0 ? target_->sputn(s, n) : 0;
    if (taken > 0) sha_.update(std::string_view(s, static_cast<std::size_t>(taken)));
    return taken == n;
}

bool HashingStreambuf::drain() {
    bool ok = pass(pbase(), pptr() - pbase());
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return ok;
}

HashingStreambuf::int_type HashingStreambuf::overflow(int_type c) {
    if (!drain()) return traits_type::eof();
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
    return c;
}

std::streamsize HashingStreambuf::xsputn(const char* s, std::streamsize n) {
    if (n < static_cast<std::streamsize>(buffer_.size()))
        return std::streambuf::xsputn(s, n);  // gathered in the buffer
    // A large block (the JSON reporter writes a megabyte at a time): on without a copy
    if (!drain()) return 0;
    return pass(s, n) ? n : 0;
}

int HashingStreambuf::sync() {
    if (!drain()) return -1;
    return target_->pubsync();
}

}  // namespace lexcheck::cli
