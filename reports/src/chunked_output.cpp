#include "chunked_output.hpp"

#include "scratch_pool.hpp"

#include "lexcheck/core/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>

namespace lexcheck::reports::detail {

void JsonSink::flush_now() {
    if (!stream_ || buffer_.empty()) return;
    stream_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

void write_ordered(std::ostream& out, std::size_t count, std::size_t chunk, unsigned threads,
                   const std::function<void(std::size_t, std::size_t, JsonSink&)>& format) {
    chunk = std::max<std::size_t>(chunk, 1);
    std::size_t chunks = (count + chunk - 1) / chunk;
    if (std::min<std::size_t>(core::thread_count(threads), chunks) <= 1) {
        // One thread: straight to the stream, a buffer's worth at a time.
        std::string buffer;
        JsonSink sink(buffer, &out);
        for (std::size_t begin = 0; begin < count; begin += chunk) {
            format(begin, std::min(count, begin + chunk), sink);
            sink.flush();
        }
        sink.flush_now();
        return;
    }
    // Each chunk is formatted into its own buffer on some thread and written by that thread
    // when the chunk before it has been written (its turn comes even after a failure, so that
    // no thread waits for ever; nothing is written after one).
    // The buffers are handed from chunk to chunk: a fresh one per chunk grew by doubling,
    // copying as it went, and each of its pages was a fault the kernel zero-filled (92.8 MB of
    // them for the dense instance's report).
    core::InOrder in_order;
    std::atomic<bool> failed{false};
    ScratchPool<std::string> buffers;
    core::parallel_for(chunks, threads, [&](std::size_t c) {
        std::unique_ptr<std::string> text = buffers.take();
        text->clear();
        std::exception_ptr error;
        try {
            JsonSink sink(*text);
            format(c * chunk, std::min(count, (c + 1) * chunk), sink);
        } catch (...) {
            error = std::current_exception();
            failed = true;
        }
        in_order.run(c, [&] {
            if (!failed) out.write(text->data(), static_cast<std::streamsize>(text->size()));
        });
        buffers.give(std::move(text));
        if (error) std::rethrow_exception(error);
    });
}

}  // namespace lexcheck::reports::detail
