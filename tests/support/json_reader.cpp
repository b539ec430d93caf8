#include "json_reader.hpp"

#include <cctype>
#include <cstdlib>

namespace lexcheck::testing {
namespace {

class JsonReader {
public:
    explicit JsonReader(const std::string& text) : s_(text) {}

    /// The document, or nullptr (with a test failure) when it is not valid JSON
    std::unique_ptr<Json> read() {
        auto out = std::make_unique<Json>();
        if (!value(*out)) return nullptr;
        space();
        if (i_ != s_.size() && !fail("trailing text")) return nullptr;
        return out;
    }

private:
    /// Records a failure; always false
    bool fail(const std::string& why) {
        ADD_FAILURE() << "invalid JSON at byte " << i_ << ": " << why;
        ok_ = false;
        return false;
    }
    void space() {
        while (i_ < s_.size() &&
               (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r'))
            ++i_;
    }
    bool literal(const std::string& word) {
        if (s_.compare(i_, word.size(), word) != 0) return false;
        i_ += word.size();
        return true;
    }
    bool string(std::string& out) {
        if (s_[i_] != '"') return fail("expected a string");
        ++i_;
        while (i_ < s_.size() && s_[i_] != '"') {
            char c = s_[i_++];
            if (static_cast<unsigned char>(c) < 0x20) return fail("control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= s_.size()) return fail("unfinished escape");
            char e = s_[i_++];
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'u': {
                    if (i_ + 4 > s_.size()) return fail("short \\u escape");
                    unsigned code = std::stoul(s_.substr(i_, 4), nullptr, 16);
                    i_ += 4;
                    if (code < 0x80) {
                        out += static_cast<char>(code);
                    } else if (code < 0x800) {
                        out += static_cast<char>(0xC0 | (code >> 6));
                        out += static_cast<char>(0x80 | (code & 0x3F));
                    } else {
                        out += static_cast<char>(0xE0 | (code >> 12));
                        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                        out += static_cast<char>(0x80 | (code & 0x3F));
                    }
                    break;
                }
                default:
                    return fail("unknown escape");
            }
        }
        if (i_ >= s_.size()) return fail("unterminated string");
        ++i_;
        return true;
    }
    bool value(Json& out) {
        space();
        if (i_ >= s_.size()) return fail("unexpected end");
        char c = s_[i_];
        if (c == '{') {
            out.type = Json::Type::object;
            ++i_;
            space();
            if (i_ < s_.size() && s_[i_] == '}') {
                ++i_;
                return true;
            }
            while (ok_) {
                space();
                std::string key;
                if (!string(key)) return false;
                space();
                if (i_ >= s_.size() || s_[i_] != ':') return fail("expected `:`");
                ++i_;
                Json v;
                if (!value(v)) return false;
                out.object.emplace_back(std::move(key), std::move(v));
                space();
                if (i_ < s_.size() && s_[i_] == ',') {
                    ++i_;
                    continue;
                }
                if (i_ < s_.size() && s_[i_] == '}') {
                    ++i_;
                    return true;
                }
                return fail("expected `,` or `}`");
            }
            return false;
        }
        if (c == '[') {
            out.type = Json::Type::array;
            ++i_;
            space();
            if (i_ < s_.size() && s_[i_] == ']') {
                ++i_;
                return true;
            }
            while (ok_) {
                Json v;
                if (!value(v)) return false;
                out.array.push_back(std::move(v));
                space();
                if (i_ < s_.size() && s_[i_] == ',') {
                    ++i_;
                    continue;
                }
                if (i_ < s_.size() && s_[i_] == ']') {
                    ++i_;
                    return true;
                }
                return fail("expected `,` or `]`");
            }
            return false;
        }
        if (c == '"') {
            out.type = Json::Type::string;
            return string(out.string);
        }
        if (literal("true")) {
            out.type = Json::Type::boolean;
            out.boolean = true;
            return true;
        }
        if (literal("false")) {
            out.type = Json::Type::boolean;
            return true;
        }
        if (literal("null")) return true;
        std::size_t start = i_;
        while (i_ < s_.size() &&
               (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-' ||
                s_[i_] == '+' || s_[i_] == '.' || s_[i_] == 'e' || s_[i_] == 'E')) {
            ++i_;
        }
        if (start == i_) return fail("unexpected character");
        out.type = Json::Type::number;
        out.number = std::strtod(s_.substr(start, i_ - start).c_str(), nullptr);
        return true;
    }

    const std::string& s_;
    std::size_t i_ = 0;
    bool ok_ = true;
};

}  // namespace

std::unique_ptr<Json> parse_json(const std::string& text) {
    return JsonReader(text).read();
}

}  // namespace lexcheck::testing
