// The JSON writer of every JSON output (reports, SARIF, `lexcheck test --format json`): keys in
// the caller's order, two-space indent, streamed to an ostream in large blocks.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::reports {

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

}  // namespace lexcheck::reports
