// A small streaming JSON writer for every JSON output (reports, `lexcheck test`):
// keys come in the caller's order, two-space indent.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::reports::detail {

/// JSON string literal for `s` (UTF-8 passed through, control characters escaped)
std::string json_quote(std::string_view s);

class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out) : out_(out) {}

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

private:
    void before_value();
    void newline();

    std::ostream& out_;
    struct Level {
        bool is_object;
        bool empty;
    };
    std::vector<Level> stack_;
    bool after_key_ = false;
};

}  // namespace lexcheck::reports::detail
