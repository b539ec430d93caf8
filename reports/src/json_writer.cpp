#include "lexcheck/reports/json_writer.hpp"

#include <cstdio>

namespace lexcheck::reports::detail {

std::string json_quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

void JsonWriter::newline() {
    out_ << '\n';
    for (std::size_t i = 0; i < stack_.size(); ++i) out_ << "  ";
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (stack_.empty()) return;
    if (!stack_.back().empty) out_ << ',';
    stack_.back().empty = false;
    newline();
}

void JsonWriter::begin_object() {
    before_value();
    out_ << '{';
    stack_.push_back({true, true});
}

void JsonWriter::end_object() {
    bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty) newline();
    out_ << '}';
    if (stack_.empty()) out_ << '\n';
}

void JsonWriter::begin_array() {
    before_value();
    out_ << '[';
    stack_.push_back({false, true});
}

void JsonWriter::end_array() {
    bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty) newline();
    out_ << ']';
}

void JsonWriter::key(std::string_view k) {
    before_value();
    out_ << json_quote(k) << ": ";
    after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
    before_value();
    out_ << json_quote(s);
}

void JsonWriter::value(bool b) {
    before_value();
    out_ << (b ? "true" : "false");
}

void JsonWriter::value(std::int64_t i) {
    before_value();
    out_ << i;
}

void JsonWriter::value(std::uint64_t i) {
    before_value();
    out_ << i;
}

void JsonWriter::null() {
    before_value();
    out_ << "null";
}

}  // namespace lexcheck::reports::detail
