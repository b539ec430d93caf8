#include "chunk_writer.hpp"

#include "json_text.hpp"

namespace lexcheck::reports::detail {

void ChunkWriter::open() {
    const std::size_t used = out_.size();
    out_.resize(used + kSlack);  // std::string doubles its capacity when it must grow
    p_ = out_.data() + used;
    end_ = out_.data() + out_.size();
}

void ChunkWriter::grow(std::size_t n) {
    const std::size_t used = size();
    out_.resize(used + n + kSlack);
    p_ = out_.data() + used;
    end_ = out_.data() + out_.size();
}

void ChunkWriter::string(std::string_view s) {
    if (s.size() > kSlack) {
        // A long text (a condition of thousands of terms): the buffer grows by what it takes,
        // not by the most it could take escaped (six times its length).
        append_json_string(pause(), s);
        resume();
        return;
    }
    room(2 + kMaxEscapedBytes * s.size());
    *p_++ = '"';
    p_ = write_json_escaped(p_, s);
    *p_++ = '"';
}

}  // namespace lexcheck::reports::detail
