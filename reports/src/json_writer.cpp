#include "lexcheck/reports/json_writer.hpp"

#include "json_text.hpp"

namespace lexcheck::reports {

using detail::append_json_int;
using detail::append_json_string;
using detail::append_json_uint;

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

}  // namespace lexcheck::reports
