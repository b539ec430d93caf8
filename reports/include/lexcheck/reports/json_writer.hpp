// JSON output for every JSON format (reports, SARIF, `lexcheck test`): a streaming writer
// (keys in the caller's order, two-space indent) and the append-to-buffer pieces it is made of,
// which the large reports use directly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::reports::detail {

/// Appends `s` as a JSON string literal: `"` and `\` escaped, control characters as `\n`,
/// `\r`, `\t` or `\u00XX`; every other byte (UTF-8 included) passed through
void append_json_string(std::string& out, std::string_view s);

/// JSON string literal for `s`, as append_json_string writes it
std::string json_quote(std::string_view s);

/// Appends the decimal digits of `v`
void append_json_uint(std::string& out, std::uint64_t v);
/// Appends the decimal digits of `v`, with a `-` when negative
void append_json_int(std::string& out, std::int64_t v);

/// Where a piece of output goes: a buffer that the formatting code appends to. With a stream
/// behind it (one thread), flush() hands a full buffer to the stream, so memory stays bounded
/// even for a single huge piece; without one (a parallel chunk), everything is kept.
class JsonSink {
public:
    explicit JsonSink(std::string& buffer, std::ostream* stream = nullptr)
        : buffer_(buffer), stream_(stream) {}

    std::string& buffer() { return buffer_; }
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
/// on `threads`, so neither does the output. At most a few chunks per thread are held at once.
void write_ordered(std::ostream& out, std::size_t count, std::size_t chunk, unsigned threads,
                   const std::function<void(std::size_t, std::size_t, JsonSink&)>& format);

/// A streaming writer: output is built in a buffer and written to the stream in large
/// blocks, when the top-level value is complete and on destruction.
class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out) : out_(out) {}
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// Starts a member; follow with a value or a begin_*
    void key(std::string_view k);

    void value(std::string_view s);
    void value(const char* s) { value(std::string_view(s)); }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(bool b);
    void value(std::int64_t i);
    void value(std::uint64_t i);
    void value(int i) { value(static_cast<std::int64_t>(i)); }
    void value(unsigned i) { value(static_cast<std::uint64_t>(i)); }
    void null();

    /// `"k": v` in one call
    template <typename T>
    void member(std::string_view k, const T& v) {
        key(k);
        value(v);
    }

    /// Writes what is buffered to the stream
    void flush();

private:
    void before_value();
    void newline();
    void maybe_flush();

    std::ostream& out_;
    std::string buffer_;
    struct Level {
        bool is_object;
        bool empty;
    };
    std::vector<Level> stack_;
    bool after_key_ = false;
};

}  // namespace lexcheck::reports::detail
