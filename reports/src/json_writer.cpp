#include "lexcheck/reports/json_writer.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace lexcheck::reports::detail {

namespace {

/// Bytes that cannot appear raw inside a JSON string
constexpr std::array<bool, 256> kEscaped = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = true;
    t['"'] = true;
    t['\\'] = true;
    return t;
}();

void append_escape(std::string& out, unsigned char c) {
    switch (c) {
        case '"':
            out += "\\\"";
            return;
        case '\\':
            out += "\\\\";
            return;
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
            out.append(u, sizeof u);
        }
    }
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    const char* p = s.data();
    const char* end = p + s.size();
    while (p != end) {
        // The common case: a run of bytes that need no escape, copied at once.
        const char* run = p;
        while (p != end && !kEscaped[static_cast<unsigned char>(*p)]) ++p;
        out.append(run, static_cast<std::size_t>(p - run));
        if (p == end) break;
        append_escape(out, static_cast<unsigned char>(*p++));
    }
    out += '"';
}

std::string json_quote(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    append_json_string(out, s);
    return out;
}

void append_json_uint(std::string& out, std::uint64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

void append_json_int(std::string& out, std::int64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

// ---------------------------------------------------------------------------------------------
// JsonSink and write_ordered

void JsonSink::flush_now() {
    if (!stream_ || buffer_.empty()) return;
    stream_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

namespace {

/// Chunks in flight per thread: enough that no thread waits for the writer, few enough that
/// memory stays a small multiple of one chunk.
constexpr std::size_t kChunksPerThread = 4;

void write_sequential(std::ostream& out, std::size_t count, std::size_t chunk,
                      const std::function<void(std::size_t, std::size_t, JsonSink&)>& format) {
    std::string buffer;
    JsonSink sink(buffer, &out);
    for (std::size_t begin = 0; begin < count; begin += chunk) {
        format(begin, std::min(count, begin + chunk), sink);
        sink.flush();
    }
    sink.flush_now();
}

}  // namespace

void write_ordered(std::ostream& out, std::size_t count, std::size_t chunk, unsigned threads,
                   const std::function<void(std::size_t, std::size_t, JsonSink&)>& format) {
    chunk = std::max<std::size_t>(chunk, 1);
    std::size_t chunks = (count + chunk - 1) / chunk;
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, chunks));
    if (threads <= 1) {
        write_sequential(out, count, chunk, format);
        return;
    }

    // A ring of slots: chunk c is formatted into slot c % window and written by the thread
    // that finds it next in order. The calling thread formats too, and alone writes.
    const std::size_t window = kChunksPerThread * threads;
    struct Slot {
        std::string text;
        bool ready = false;
    };
    std::vector<Slot> slots(window);
    std::mutex mutex;
    std::condition_variable changed;
    std::size_t next_claim = 0, next_write = 0;
    std::exception_ptr failure;

    // Claims and formats one chunk; false when none may be claimed now. Called with `lock` held.
    auto work_one = [&](std::unique_lock<std::mutex>& lock) {
        if (failure || next_claim >= chunks || next_claim >= next_write + window) return false;
        std::size_t c = next_claim++;
        std::string text = std::move(slots[c % window].text);
        lock.unlock();
        text.clear();
        JsonSink sink(text);
        try {
            format(c * chunk, std::min(count, (c + 1) * chunk), sink);
        } catch (...) {
            lock.lock();
            if (!failure) failure = std::current_exception();
            changed.notify_all();
            return true;
        }
        lock.lock();
        slots[c % window].text = std::move(text);
        slots[c % window].ready = true;
        changed.notify_all();
        return true;
    };

    std::vector<std::thread> helpers;
    for (unsigned t = 1; t < threads; ++t) {
        helpers.emplace_back([&] {
            std::unique_lock lock(mutex);
            while (next_write < chunks && !failure) {
                if (!work_one(lock)) changed.wait(lock);
            }
        });
    }
    {
        std::string spare;
        std::unique_lock lock(mutex);
        while (next_write < chunks && !failure) {
            Slot& head = slots[next_write % window];
            if (head.ready) {
                std::swap(spare, head.text);
                head.ready = false;
                ++next_write;
                changed.notify_all();
                lock.unlock();
                out.write(spare.data(), static_cast<std::streamsize>(spare.size()));
                lock.lock();
            } else if (!work_one(lock)) {
                changed.wait(lock);
            }
        }
        changed.notify_all();
    }
    for (std::thread& t : helpers) t.join();
    if (failure) std::rethrow_exception(failure);
}

// ---------------------------------------------------------------------------------------------
// JsonWriter

namespace {
constexpr std::size_t kWriterFlushBytes = std::size_t{1} << 16;
}  // namespace

JsonWriter::~JsonWriter() {
    flush();
}

void JsonWriter::flush() {
    if (buffer_.empty()) return;
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

void JsonWriter::maybe_flush() {
    if (buffer_.size() >= kWriterFlushBytes) flush();
}

void JsonWriter::newline() {
    buffer_ += '\n';
    buffer_.append(2 * stack_.size(), ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (stack_.empty()) return;
    if (!stack_.back().empty) buffer_ += ',';
    stack_.back().empty = false;
    newline();
}

void JsonWriter::begin_object() {
    before_value();
    buffer_ += '{';
    stack_.push_back({true, true});
}

void JsonWriter::end_object() {
    bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty) newline();
    buffer_ += '}';
    if (stack_.empty()) {
        buffer_ += '\n';
        flush();
    } else {
        maybe_flush();
    }
}

void JsonWriter::begin_array() {
    before_value();
    buffer_ += '[';
    stack_.push_back({false, true});
}

void JsonWriter::end_array() {
    bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty) newline();
    buffer_ += ']';
    if (stack_.empty()) {
        flush();
    } else {
        maybe_flush();
    }
}

void JsonWriter::key(std::string_view k) {
    before_value();
    append_json_string(buffer_, k);
    buffer_ += ": ";
    after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
    before_value();
    append_json_string(buffer_, s);
}

void JsonWriter::value(bool b) {
    before_value();
    buffer_ += b ? "true" : "false";
}

void JsonWriter::value(std::int64_t i) {
    before_value();
    append_json_int(buffer_, i);
}

void JsonWriter::value(std::uint64_t i) {
    before_value();
    append_json_uint(buffer_, i);
}

void JsonWriter::null() {
    before_value();
    buffer_ += "null";
}

}  // namespace lexcheck::reports::detail
