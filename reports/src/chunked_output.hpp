// Writing a long list of items (the findings of a large report) in chunks that several
// threads format at once (core::parallel_for) and that are written in order: the output is
// the same for any thread count, and memory holds a chunk per thread.
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>

namespace lexcheck::reports::detail {

/// Where a piece of output goes: a buffer that the formatting code appends to. With a stream
/// behind it (one thread), flush() hands a full buffer to the stream, so memory stays bounded
/// even for a single huge piece; without one (a parallel chunk), everything is kept.
class JsonSink {
public:
    explicit JsonSink(std::string& buffer, std::ostream* stream = nullptr)
        : buffer_(buffer), stream_(stream) {}

    std::string& buffer() { return buffer_; }
    /// Whether flush() can hand the buffer on (else everything is kept until the end)
    bool streams() const { return stream_ != nullptr; }
    /// Writes the buffer to the stream when it holds at least kFlushBytes
    void flush() {
        if (stream_ && buffer_.size() >= kFlushBytes) flush_now();
    }
    /// Writes the buffer to the stream, whatever its size
    void flush_now();

    static constexpr std::size_t kFlushBytes = std::size_t{1} << 20;

private:
    std::string& buffer_;
    std::ostream* stream_;
};

/// Writes `count` items to `out` in index order: `format(begin, end, sink)` appends items
/// [begin, end) to the sink. Ranges of `chunk` items are formatted on up to `threads`
/// threads (0: hardware concurrency) and written in order; the range boundaries do not depend
/// on `threads`, so neither does the output. A thread holds one chunk at a time.
void write_ordered(std::ostream& out, std::size_t count, std::size_t chunk, unsigned threads,
                   const std::function<void(std::size_t, std::size_t, JsonSink&)>& format);

}  // namespace lexcheck::reports::detail
